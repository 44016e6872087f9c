#!/usr/bin/env -S node --v8-pool-size=1 --single-threaded-gc --no-regexp-tier-up
// Thin launcher: the compiled CLI lives in dist/ (built by `npm install` through the prepare script).
// The flags, for the whole process and so for its worker threads: on two cores V8's background threads (its
// compiler's pool and the garbage collector's helpers) took a quarter of the CPU from the threads reading files;
// with them a PDF batch ran 11% faster at 300 files and 6% at 3,000 (npm run bench -- --pdf-batch). And each
// regular expression is compiled to machine code when first run, instead of being run by V8's regexp interpreter
// the first time and compiled on the second: the extractors' patterns are long and run thousands of times, so the
// interpreted first runs only added to every worker's warm-up; a process's first report took 60-80 ms to extract
// instead of 120, the next 5-7 ms instead of 12, and a 300-PDF batch ran 3-5% faster (no change at 3,000). The
// flags can only be given on the command line (NODE_OPTIONS refuses --single-threaded-gc), so `node
// bin/breach-extract.js` runs without them.
import { runCli } from '../dist/cli/main.js';

process.exitCode = await runCli(process.argv.slice(2));
