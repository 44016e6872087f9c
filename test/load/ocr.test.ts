// OCR of scanned PDFs (--ocr): bounded rendering, offline reading, and field parity with the text version.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/api.js';
import { scoreRecord, type Gold } from '../../src/evaluate/score.js';
import { maxOcrPixels, maxOcrSide, ocrDpi, ocrScale } from '../../src/load/pdf-ocr.js';
import type { BreachRecord } from '../../src/record/schema.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

describe('ocrScale bounds the rendered page', () => {
  it.each([
    ['A4', 595, 842],
    ['A3', 842, 1191],
    ['a MediaBox of 14,400 pt square', 14_400, 14_400],
    ['a strip 1 pt by 14,400 pt', 1, 14_400],
    ['a zero-sized page', 0, 0],
  ])('%s', (_name, width, height) => {
    const scale = ocrScale(width, height);
    expect(scale).toBeGreaterThan(0);
    expect(scale).toBeLessThanOrEqual(ocrDpi / 72);
    expect(Math.max(1, width) * scale * Math.max(1, height) * scale).toBeLessThanOrEqual(maxOcrPixels * 1.0001);
    expect(Math.max(width, height, 1) * scale).toBeLessThanOrEqual(maxOcrSide * 1.0001);
  });

  it('renders an A4 page at the full OCR resolution', () => {
    expect(ocrScale(595, 842)).toBeCloseTo(ocrDpi / 72);
  });
});

describe('scanned PDF', () => {
  it('without ocr, fails with a reason that names --ocr', async () => {
    const record = await extractFile(fixture('ocr/report-2018-scan.pdf'));
    expect(record.status).toBe('failed');
    expect(JSON.stringify(record.diagnostics)).toContain('--ocr');
  });

  it('with ocr, offline and through the worker pool, reads at least 95% of the text version\'s fields', async () => {
    const child = spawnSync(process.execPath, [
      '--require', fileURLToPath(new URL('./ocr/no-network.cjs', import.meta.url)),
      '--import', 'tsx',
      fileURLToPath(new URL('./ocr/extract-scan.ts', import.meta.url)),
      fixture('ocr/report-2018-scan.pdf'),
    ], { encoding: 'utf8', timeout: 280_000, maxBuffer: 32 * 1024 * 1024 });
    expect(child.stderr).not.toContain('network use refused');
    expect(child.status, child.stderr).toBe(0);
    const scanned = JSON.parse(child.stdout) as BreachRecord;
    const text = await extractFile(fixture('ocr/report-2018-scan.txt'));
    expect(scanned.status).not.toBe('failed');
    expect(scanned.diagnostics.some((diagnostic) => diagnostic.code === 'ocr')).toBe(true);
    // Values read from OCR text are graded a step lower than the same values read from the text version.
    expect(Object.values(text.confidence)).toContain('high');
    expect(Object.values(scanned.confidence)).not.toContain('high');
    const scores = scoreRecord(scanned, JSON.parse(JSON.stringify(text)) as Gold);
    const total = scores.reduce((sum, field) => sum + field.score, 0);
    const missed = scores.filter((field) => field.score < 1).map((field) => `${field.field}: ${JSON.stringify(field.actual)}`);
    expect(total / scores.length, missed.join('\n')).toBeGreaterThanOrEqual(0.95);
  }, 300_000);
});
