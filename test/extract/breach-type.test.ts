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
