// The 2018 Code of Practice for Statistics' principles by title, for a report that cites a principle by its name
// alone ("Orderly release"). Titles as the Code gives them under its three pillars.
export const principleTitles: readonly { code: string; title: string }[] = [
  { code: 'T1', title: 'honesty and integrity' },
  { code: 'T2', title: 'independent decision making and leadership' },
  { code: 'T3', title: 'orderly release' },
  { code: 'T4', title: 'transparent processes and management' },
  { code: 'T5', title: 'professional capability' },
  { code: 'T6', title: 'data governance' },
  { code: 'Q1', title: 'suitable data sources' },
  { code: 'Q2', title: 'sound methods' },
  { code: 'Q3', title: 'assured quality' },
  { code: 'V1', title: 'relevance to users' },
  { code: 'V2', title: 'accessibility' },
  { code: 'V3', title: 'clarity and insight' },
  { code: 'V4', title: 'innovation and improvement' },
  { code: 'V5', title: 'efficiency and proportionality' },
];

/** The Code's three pillars, which may stand before a principle's title ("Trustworthiness: Orderly release"). */
export const pillarNames: readonly string[] = ['trustworthiness', 'quality', 'value'];
