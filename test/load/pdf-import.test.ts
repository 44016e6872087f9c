import { expect, it } from 'vitest';
import { loadPdfJs } from '../../src/load/pdf-import.js';
import { loadFixture } from './fixture-helpers.js';

// Taken before anything in this test file loads pdf.js.
const push = Array.prototype.push;
const parse = JSON.parse;

it('loading pdf.js and reading a PDF leaves the built-ins its polyfills would slow down as they were', async () => {
  await loadPdfJs();
  await loadFixture('pdf/report-2018.pdf');
  expect(Array.prototype.push).toBe(push);
  expect(JSON.parse).toBe(parse);
  // What the polyfills add and pdf.js needs stays.
  expect(typeof (Promise as { withResolvers?: unknown }).withResolvers).toBe('function');
  expect(typeof (globalThis as { pdfjsWorker?: { WorkerMessageHandler?: unknown } }).pdfjsWorker?.WorkerMessageHandler).toBe('function');
});
