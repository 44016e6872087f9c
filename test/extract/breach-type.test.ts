import { describe, expect, it } from 'vitest';
import { breachTypeExtractor } from '../../src/extract/breach-type.js';
import type { BreachType } from '../../src/record/schema.js';
import { quoteOf, run } from '../helpers.js';

const report = (account: string) => `1. Core Information\nName of producer organisation\tNorthshire Data Agency\n\n2. Circumstances of breach\n${account}\n\n3. Impact of the breach\nLimited.`;

const rows: { name: string; account: string; type: BreachType | null; quote?: string; practices?: string[] }[] = [
  {
    name: 'reads a stated delay as a late release',
    account: 'A server outage meant there was a delay of 135 minutes before the bulletin was available.',
    type: 'late_release',
    quote: 'a delay of',
  },
  {
    name: 'reads "not available until" as a late release',
    account: 'The tables were not available until 11:45 because the upload failed.',
    type: 'late_release',
    quote: 'not available until',
  },
  {
    name: 'reads an accidental publication as an early release',
    account: 'The quarterly widget bulletin was accidentally published on the website the day before.',
    type: 'early_release',
    quote: 'accidentally published',
  },
  {
    name: 'reads "18 hours before the scheduled release" as an early release',
    account: 'The file went up 18 hours before the scheduled release time.',
    type: 'early_release',
  },
  {
    name: 'reads sharing with someone not on the list as pre-release access',
    account: 'An analyst sent the draft bulletin to a colleague who was not on the pre-release access list.',
    type: 'pre_release_access',
  },
  {
    name: 'reads weak access controls as unauthorised access',
    account: 'A review found that access controls on the data warehouse let unauthorised users view the unpublished tables.',
    type: 'unauthorised_access',
  },
  {
    name: 'reads a minister quoting figures before publication as premature comment',
    account: 'The minister quoted the unemployment figure in a speech before the official release of the statistics.',
    type: 'premature_comment',
  },
  {
    name: 'reads a minister who "used" the figures before publication as premature comment (compromise reads "used" as a verb)',
    account: 'The Minister used the unemployment figures in a radio interview on Tuesday morning.',
    type: 'premature_comment',
    quote: 'Minister used',
  },
  {
    name: 'does not read "used" as an adjective as a comment by the minister',
    account: 'The Minister for the used car trade asked for the tables on Tuesday morning.',
    type: null,
  },
  {
    name: 'reads a release date that was not pre-announced as a release arrangements breach',
    account: 'The release date for the annual digest had not been pre-announced on the release calendar.',
    type: 'release_arrangements',
  },
  // A post, tweet or press notice put out by mistake makes what it shows public.
  {
    name: 'reads a social media post issued by mistake as an early release',
    account: 'The officer covering the mailbox mistakenly issued the post on the department page a day early.',
    type: 'early_release',
    quote: 'mistakenly issued the post',
    practices: ['T3.3'],
  },
  {
    name: 'reads a tweet put out inadvertently as an early release',
    account: 'A press officer inadvertently put out a tweet with the headline figures before the bulletin.',
    type: 'early_release',
    practices: ['T3.4'],
  },
  {
    name: 'reads "the press notice was published in error" as an early release',
    account: 'The press notice was published in error on the news pages of the website.',
    type: 'early_release',
  },
  // The slip named after the verb, and "earlier than scheduled".
  {
    name: 'reads "approved by mistake for immediate publication" as an early release',
    account: 'Two bulletins still under review were approved by mistake for immediate publication.',
    type: 'early_release',
  },
  {
    name: 'reads "went out 2 days earlier than scheduled" as an early release',
    account: 'The digest went out 2 days earlier than scheduled and was viewed eight times.',
    type: 'early_release',
  },
  {
    name: 'reads "the post was put up on Facebook by mistake" (a post put up) as an early release',
    account: 'The officer mistakenly put the post up on Facebook with the infographic.',
    type: 'early_release',
    practices: ['T3.3'],
  },
  {
    name: 'does not read "at 09:30, 24 hours ahead of the planned release" (the start of pre-release access) as an early release',
    account: 'The e-mail to policy colleagues was meant to go at 09:30, 24 hours ahead of the planned release, but it was sent to a colleague not on the list.',
    type: 'pre_release_access',
  },
  // Media breaking an embargo make the statistics public early.
  {
    name: 'reads a newspaper that broke the embargo as an early release',
    account: 'A national newspaper broke the embargo and ran the headline figure on its website at 7am.',
    type: 'early_release',
    practices: ['PRA-ORDER'],
  },
  {
    name: 'reads a broadcaster that reported the figures ahead of publication as an early release',
    account: 'The BBC reported the unemployment rate on its morning bulletin ahead of publication.',
    type: 'early_release',
  },
  {
    name: 'reads "in breach of the embargo, a journalist tweeted the figures" as an early release',
    account: 'In breach of the embargo, a journalist who had received the release tweeted the main figures.',
    type: 'early_release',
  },
  // A minister's comment is premature comment even when the Order is named.
  {
    name: 'reads a minister who told the House the figure before release as premature comment, though the Order is named',
    account: 'This was a breach of the Pre-release Access to Official Statistics Order 2008: the Minister told the House the new figure before the statistics were published.',
    type: 'premature_comment',
    practices: ['PRA-ORDER'],
  },
  {
    name: 'reads a spokesperson who revealed the figures prior to release as premature comment',
    account: 'A department spokesperson revealed the headline rise to a reporter prior to the official release.',
    type: 'premature_comment',
  },
  {
    name: 'reads a minister who cited the figures on the radio ahead of publication as premature comment',
    account: 'During a radio interview the Secretary of State cited the new waiting list figures ahead of publication.',
    type: 'premature_comment',
  },
  // Wrong figures put right.
  {
    name: 'reads published incorrect figures as other',
    account: 'The bulletin as published contained incorrect figures for two regions, which were found by a user.',
    type: 'other',
  },
  {
    name: 'reads an error in the published statistics put right by a correction notice as other',
    account: 'An error in the published statistics was found after release; a correction notice was issued the next day.',
    type: 'other',
  },
  {
    name: 'reads tables that showed wrong totals as other',
    account: 'Two of the tables showed wrong totals because a formula had not been updated.',
    type: 'other',
  },
  {
    name: 'reads "made available under embargo to the press" as pre-release access, not an early release',
    account: 'The release was inadvertently made available under embargo to the press ahead of its pre-announced time.',
    type: 'pre_release_access',
  },
  {
    name: 'reads a post "issued on Facebook in error" as an early release',
    account: 'The official covering the mailbox issued the post on Facebook in error that same day.',
    type: 'early_release',
    practices: ['T3.3'],
  },
  {
    name: 'reads a post that "had gone up ... the day before" its release as an early release',
    account: 'The post had gone up on the page on 24 August, the day before the bulletin was released.',
    type: 'early_release',
  },
  {
    name: 'reads tables "published one week ahead of" their scheduled date as an early release',
    account: 'The tables were published one week ahead of the scheduled publication date.',
    type: 'early_release',
  },
  {
    name: 'does not read "at half past nine, 24 hours before the planned release" (a time in words) as an early release',
    account: 'It was meant to reach press colleagues at half past nine, 24 hours before the planned release, but reached a colleague not on the list.',
    type: 'pre_release_access',
  },
  // A minister or adviser who puts the figures out before release, on any channel, comments on them.
  {
    name: 'reads a Secretary of State who posted the figure on social media ahead of the official release as premature comment',
    account: 'The Secretary of State posted the headline figure on social media ahead of the official release at 9:30.',
    type: 'premature_comment',
    practices: ['T3.6'],
  },
  {
    name: 'reads a special adviser who shared the chart on Twitter before publication as premature comment',
    account: "The minister's special adviser shared the chart on Twitter before publication of the bulletin.",
    type: 'premature_comment',
  },
  {
    name: 'reads a First Minister who quoted the figures in a tweet prior to release as premature comment',
    account: 'The First Minister quoted the new figures in a tweet prior to their release.',
    type: 'premature_comment',
  },
  // Out in public for a span, or already there when someone looked.
  {
    name: 'reads a file "accessible to the public for around 45 minutes" as an early release, though T3.4 is cited',
    account: 'The file was accessible to the public for around 45 minutes before it was noticed and taken down.',
    type: 'early_release',
    practices: ['T3.4'],
  },
  {
    name: 'reads a page "visible on the website ... on the day before it was due" as an early release',
    account: 'The report was visible on the website from 16:02 until 16:17 on the day before it was due.',
    type: 'early_release',
    practices: ['T3.4'],
  },
  {
    name: 'reads figures "already on the website" when a journalist called as an early release',
    account: 'A journalist rang the press office at 8.45am to say that the figures were already on the website.',
    type: 'early_release',
    practices: ['T3.4'],
  },
  // The announcement itself was wrong.
  {
    name: 'reads "the release calendar gave the wrong date" as release arrangements',
    account: 'The release calendar gave the wrong date, so users expected the statistics on 10 May.',
    type: 'release_arrangements',
    practices: ['T3.4'],
  },
  {
    name: 'reads "an incorrect release date was pre-announced" as release arrangements',
    account: 'An incorrect release date was pre-announced on the department website.',
    type: 'release_arrangements',
  },
  {
    name: 'reads "the wrong time on the release calendar" as release arrangements',
    account: 'The bulletin came out at 9.30am but users had been shown the wrong time on the release calendar.',
    type: 'release_arrangements',
  },
  // Questions, conditions and rules are not what happened.
  {
    name: 'does not read "asked whether the statistics had been published early" as an early release',
    account: 'A spokesman told the journalist the figures had fallen. Two charities asked whether the statistics had been published early.',
    type: 'premature_comment',
  },
  {
    name: 'does not read the rule "no earlier than 24 hours before release" as an early release',
    account: 'Under the rules the figures may be given to officials no earlier than 24 hours before release. They were sent to a colleague not on the list.',
    type: 'pre_release_access',
  },
  // Pre-release access opened longer before release than allowed.
  {
    name: 'reads access "three days before publication rather than 24 hours" as pre-release access',
    account: 'The officials on the list could open the release three days before publication rather than 24 hours.',
    type: 'pre_release_access',
  },
  {
    name: 'reads "17 hours earlier than the rules allow" as pre-release access',
    account: 'The private office had the final statistics 41 hours before release, 17 hours earlier than the rules allow.',
    type: 'pre_release_access',
  },
  {
    name: 'reads access granted "more than 24 hours before" release as pre-release access',
    account: 'Access to the dashboard was granted to policy colleagues more than 24 hours before the release.',
    type: 'pre_release_access',
  },
  // Words put to the media.
  {
    name: 'reads a press officer who told the journalist the figures had fallen as premature comment',
    account: 'A press officer who had seen the release told the journalist that numbers had fallen to a record low.',
    type: 'premature_comment',
  },
  {
    name: 'reads a story quoting a department spokesman before release as premature comment',
    account: 'The newspaper ran a story quoting a department spokesman on the new figures the evening before.',
    type: 'premature_comment',
  },
  {
    name: 'reads a briefing of reporters on the figures as premature comment',
    account: 'An official briefed reporters on the headline figures at a conference.',
    type: 'premature_comment',
  },
  // A change of date nobody was told of.
  {
    name: 'reads a postponement for which "the calendar was not updated" as release arrangements',
    account: 'The team postponed the release by a week, but the calendar was not updated.',
    type: 'release_arrangements',
  },
  {
    name: 'reads "no announcement of the change was made" as release arrangements',
    account: 'The release was moved to 19 May and no announcement of the change was made.',
    type: 'release_arrangements',
  },
  {
    name: 'reads "the release calendar had not been amended" as release arrangements',
    account: 'Users looked for the bulletin at 9.30am; the release calendar had not been amended after the decision to delay it.',
    type: 'release_arrangements',
  },
  {
    name: 'gives null when the narrative names no kind of breach',
    account: 'The team reviewed the spreadsheet and found a typing error in a footnote.',
    type: null,
  },
];

describe('breachTypeExtractor', () => {
  it.each(rows)('$name', (row) => {
    const result = run(breachTypeExtractor, report(row.account), row.practices ? { practices: row.practices.map((code) => ({ code, text: code })) } : {});
    expect(result.result.value).toBe(row.type);
    if (row.type === null) expect(result.result.evidence['breachType']).toBeUndefined();
    else {
      const quote = quoteOf(result, 'breachType');
      expect(quote).toBeDefined();
      if (row.quote) expect(quote).toBe(row.quote);
    }
  });
});

async function recordOf(account: string, occurrence: string, practice: string) {
  const { extractDocument } = await import('../../src/pipeline.js');
  const text = [
    '1. Core Information',
    `Date of occurrence of breach\t${occurrence}`,
    `Relevant principle(s) and practice(s)\t${practice}`,
    '',
    '2. Circumstances of breach',
    account,
  ].join('\n');
  return extractDocument(new TextEncoder().encode(text), { fileName: 'breach.txt' });
}

describe('breach type from the timeline', () => {
  // What happened decides; the practice cited (here the release-time practice) only breaks ties.
  it.each([
    ['a tweet at 9.20am of figures due at 9.30am', 'The press office issued a tweet at 9.20am with five headline figures from the bulletin, which was due to be released at 9.30am.', '09:20', 10],
    ['a page visible from 9.05 before its 9.30am release', 'The report was scheduled for 9.30am. It could be seen on the website from 9.05.', '09:05', 25],
    ['an upload at 08:00 ahead of publication at 09:30', 'The data file was uploaded at 08:00, ahead of publication at 09:30 on the same day.', '08:00', 90],
    ['a page out at 9.30am the day before the one it was meant for', 'The bulletin was meant to be published on 18 November 2021 but appeared on gov.uk on 17 November 2021 at 9.30am.', '09:30', 1440],
  ])('reads %s as an early release, though the practice cited is about late releases', async (_name, account, actual, early) => {
    const record = await recordOf(account, '17 November 2021', 'T3.6 Statistics should be released at 9.30am on a weekday.');
    expect(record.breachType).toBe('early_release');
    expect(record.timing.actual).toBe(`2021-11-17T${actual}`);
    expect(record.timing.earlyMinutes).toBe(early);
  });
});

describe('breach type from stated minutes', () => {
  // With no practice that quotes a time, a stated number of minutes late still says what happened.
  it.each([
    ['The statistics were published at 10.45am, 75 minutes late, because the web server was down.', 75],
    ['Because of a fault the bulletin came out 20 minutes after the scheduled release.', 20],
    ['The tables appeared an hour and a half late.', 90],
  ])('reads %j as a late release', async (account, minutes) => {
    const { extractDocument } = await import('../../src/pipeline.js');
    const text = ['2. Circumstances of breach', 'Date of occurrence of breach\t4 April 2012', '', account].join('\n');
    const record = await extractDocument(new TextEncoder().encode(text), { fileName: 'late.txt' });
    expect(record.breachType).toBe('late_release');
    expect(record.timing.delayMinutes).toBe(minutes);
  });

  it('does not read pre-release access opened "40 minutes earlier than it should have been" as an early release', async () => {
    const { extractDocument } = await import('../../src/pipeline.js');
    const account = 'The pre-release e-mail to press colleagues was sent at 8.50am, 40 minutes earlier than it should have been.';
    const text = ['2. Circumstances of breach', 'Date of occurrence of breach\t4 April 2012', '', account].join('\n');
    const record = await extractDocument(new TextEncoder().encode(text), { fileName: 'pra.txt' });
    expect(record.breachType).toBe('pre_release_access');
  });
});

describe('breach type from stated times', () => {
  it('reads a release published after its stated scheduled time as late, with no "delay" wording', async () => {
    const { extractDocument } = await import('../../src/pipeline.js');
    const text = `${report('The digest was due to be published at 09:30 on 14 May 2020. It was finally published at 11:45 on 14 May 2020.')}`.replace(
      '2. Circumstances of breach\n',
      '2. Circumstances of breach\nDate of occurrence of breach\t14 May 2020\n\n',
    );
    const record = await extractDocument(new TextEncoder().encode(text), { fileName: 'late.txt' });
    expect(record.breachType).toBe('late_release');
    expect(record.timing.delayMinutes).toBe(135);
    expect(record.derived).toContain('timing.delayMinutes');
  });
});
