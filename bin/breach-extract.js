#!/usr/bin/env -S node --v8-pool-size=1 --single-threaded-gc --no-regexp-tier-up
// Thin launcher: the compiled CLI lives in dist/ (built by `npm install` through the prepare script).
// The V8 flags are for the whole process and so for its worker threads, each an isolate of its own that compiles
// the same code again, on the same two cores as the files being read (measured with npm run bench -- --pdf-batch
// and alternated runs of this launcher):
// - --v8-pool-size=1 --single-threaded-gc: V8's background threads (its compiler's pool and the garbage collector's
//   helpers) took a quarter of the CPU from the threads reading files; a PDF batch ran 11% faster at 300 files and
//   6% at 3,000.
// - --no-regexp-tier-up: a regular expression is compiled to machine code on its first run, not interpreted once
//   first: the extractors' patterns are long and run thousands of times. A process's first report took 60-80 ms
//   to extract instead of 120, its second 5-7 ms instead of 12; 300 PDFs 3-5% faster, 3,000 unchanged.
// With two or more jobs the CLI also raises V8's interrupt budget before the workers start (src/cli/v8-tuning.ts).
// The flags can only be given on the command line (NODE_OPTIONS refuses --single-threaded-gc), so `node
// bin/breach-extract.js` runs without them.
import { runCli } from '../dist/cli/main.js';

process.exitCode = await runCli(process.argv.slice(2));
