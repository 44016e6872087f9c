// What the CLI reads and writes, so that tests can run it in-process with their own streams.
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Writes to stdout and resolves once it can take more (for records streamed with --out -); else `out`. */
  writeOut?: (text: string) => Promise<void>;
  /** Where `-` reads from (default: the process's standard input). */
  stdin?: NodeJS.ReadableStream;
  /** Whether stderr is a terminal, for the progress bar (default: no). */
  errIsTerminal?: boolean;
  columns?: number;
}
