// The output formats a batch can write. A module of its own so that the command line can check --format without
// loading the writers (and the record schema behind them), which would delay starting the workers.
export const outputFormats = ['jsonl', 'csv', 'json', 'xlsx'] as const;
export type OutputFormat = (typeof outputFormats)[number];
