import { describe, expect, it } from 'vitest';
import { impactExtractor } from '../../src/extract/impact.js';
import { previousBreachesExtractor } from '../../src/extract/previous-breaches.js';
import { quoteOf, run } from '../helpers.js';

describe('impactExtractor', () => {
  it.each([
    {
      name: 'reads the impact section without its heading',
      text: '2. Circumstances of breach\nLate.\n\n3. Impact of the breach\nUsers could not see the tables for two hours.\n\n4. Corrective actions\n- Fix.',
      impact: 'Users could not see the tables for two hours.',
    },
    {
      name: 'drops the template guidance line',
      text: '3. Impact of the breach\nProvide details of the impact of the breach\nA few users noticed.\n4. Corrective actions\n- Fix.',
      impact: 'A few users noticed.',
    },
    {
      name: 'reads the 2009 "Reactions and impact" section',
      text: '3. Reactions and impact\n\nOne journalist asked about it.\n\n4. Corrective actions taken\n\nNone.',
      impact: 'One journalist asked about it.',
    },
    {
      name: 'keeps a minus sign that starts the section ("-5 visits")',
      text: '3. Impact of the breach\n-5 visits were recorded, against 40 on a normal day.\n4. Corrective actions\n- Fix.',
      impact: '-5 visits were recorded, against 40 on a normal day.',
    },
    {
      name: 'drops a bullet dash before the first line',
      text: '3. Impact of the breach\n- 5 visits were recorded.\n4. Corrective actions\n- Fix.',
      impact: '5 visits were recorded.',
    },
    { name: 'gives null when the report has no impact section', text: '2. Circumstances of breach\nLate.', impact: null },
    { name: 'gives null when the impact section holds only table remnants', text: '3. Impact of the breach\n| |\n---|---|\n4. Corrective actions\n- Fix.', impact: null },
  ])('$name', ({ text, impact }) => {
    const result = run(impactExtractor, text);
    expect(result.result.value).toBe(impact);
    expect(quoteOf(result, 'impact')).toBe(impact ?? undefined);
  });
});

describe('previousBreachesExtractor', () => {
  it.each([
    {
      name: 'reads a sentence that mentions a previous breach',
      text: '2. Circumstances of breach\nThe upload failed. A similar breach occurred in March 2019 with the same tool.\n\n3. Impact of the breach\nLow.',
      mentions: ['A similar breach occurred in March 2019 with the same tool.'],
    },
    {
      name: 'ignores a sentence saying there was no previous breach',
      text: '2. Circumstances of breach\nNo previous breaches of this kind have occurred.\n\n3. Impact of the breach\nLow.',
      mentions: [],
    },
    // Denials in other words.
    ...[
      'This output has not been the subject of any earlier breach.',
      'There have been no similar breaches for this release.',
      'We are not aware of any previous breach of this kind.',
    ].map((sentence) => ({
      name: `ignores a denial: "${sentence}"`,
      text: `2. Circumstances of breach\nThe upload failed. ${sentence}\n\n3. Impact of the breach\nLow.`,
      mentions: [] as string[],
    })),
    // An earlier incident of the same kind, dated, though not called a breach.
    ...[
      'A similar failure delayed the canal bulletin in September 2010.',
      'An earlier problem with the same scheduler happened in 2019.',
      'The same kind of error last year meant a late release.',
    ].map((sentence) => ({
      name: `reads a dated earlier incident: "${sentence}"`,
      text: `2. Circumstances of breach\nThe upload failed. ${sentence}\n\n3. Impact of the breach\nLow.`,
      mentions: [sentence],
    })),
    {
      name: 'ignores a similar problem that is not dated in the past',
      text: '2. Circumstances of breach\nThe upload failed. A similar problem could happen with other releases.\n\n3. Impact of the breach\nLow.',
      mentions: [],
    },
    {
      name: 'gives nothing when no earlier breach is mentioned',
      text: '2. Circumstances of breach\nThe upload failed.\n\n3. Impact of the breach\nLow.',
      mentions: [],
    },
  ])('$name', ({ text, mentions }) => {
    const result = run(previousBreachesExtractor, text);
    expect(result.result.value).toEqual(mentions);
    mentions.forEach((mention, index) => expect(quoteOf(result, `previousBreaches[${index}]`)).toBe(mention));
  });
});
