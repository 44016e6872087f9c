// The command line: `breach-extract [paths...] [options]` and its commands `summary`, `eval` and `doctor`. Every
// failure ends with a one-line message and the exit code of exit-codes.ts; only a bug gets a stack trace.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError, exitCodes, UsageError } from './exit-codes.js';
import { helpText, versionText } from './help.js';
import type { CliIo } from './io.js';
import { forTerminal } from './terminal-text.js';

export { exitCodes } from './exit-codes.js';
export { helpText } from './help.js';
export type { CliIo } from './io.js';

const defaultIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  writeOut: (text) => writeDrained(process.stdout, text),
  stdin: process.stdin,
  errIsTerminal: process.stderr.isTTY === true,
  // Read at each redraw, so that the bar follows a terminal that is resized.
  get columns() {
    return process.stderr.columns;
  },
};

/** Writes to a stream and resolves when it has room again; rejects when the stream fails (a closed pipe). */
function writeDrained(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const onError = (error: Error) => reject(error);
    stream.once('error', onError);
    const done = () => {
      stream.removeListener('error', onError);
      resolvePromise();
    };
    if (stream.write(text)) done();
    else stream.once('drain', done);
  });
}

async function runCommand(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === 'eval') return (await import('./eval-command.js')).runEval(rest, io);
  if (first === 'summary') return (await import('./summary.js')).runSummary(rest, io);
  if (first === 'doctor') return (await import('./doctor.js')).runDoctor(rest, io);
  if (first === 'help' && rest.length === 0) {
    io.out(helpText);
    return exitCodes.ok;
  }
  if (first === 'version' && rest.length === 0) {
    io.out(versionText);
    return exitCodes.ok;
  }
  return (await import('./extract-command.js')).runExtract(argv, io);
}

/**
 * The streams with what goes through `out` and `err` made safe to print (see forTerminal). Records streamed with
 * `--out -` go through `writeOut`, untouched: they are data, and JSON already escapes what a terminal would obey.
 */
function printing(io: CliIo): CliIo {
  return {
    ...io,
    out: (text) => io.out(forTerminal(text)),
    err: (text) => io.err(forTerminal(text)),
    // A getter of its own: the terminal's width is read at each redraw.
    get columns() {
      return io.columns;
    },
  };
}

export async function runCli(argv: string[], given: CliIo = defaultIo): Promise<number> {
  const io = printing(given);
  try {
    return await runCommand(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      const hint = error instanceof UsageError ? `\nTry 'breach-extract --help'.` : '';
      io.err(`breach-extract: ${error.message}${hint}\n`);
      return error.exitCode;
    }
    io.err(`breach-extract: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return exitCodes.internal;
  }
}

// Run when executed directly (tsx src/cli/main.ts ...); the bin launcher imports runCli instead.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await runCli(process.argv.slice(2));
}
