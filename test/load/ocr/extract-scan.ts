// Run by ocr.test.ts in a child process with no-network.cjs preloaded: extracts one file with ocr on through
// the library's batch API (so through the worker pool) and prints the record as JSON.
import { extractBatch } from '../../../src/api.js';

const path = process.argv[2];
if (!path) throw new Error('usage: extract-scan.ts FILE');
const [record] = await extractBatch([path], { ocr: true, ocrTimeoutMs: 120_000, jobs: 1, timeoutMs: 300_000 });
process.stdout.write(JSON.stringify(record));
