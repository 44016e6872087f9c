// Progress on stderr: one line every N files without a terminal, a bar redrawn in place with one, and nothing
// when quiet.
import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress.js';

function collect() {
  const written: string[] = [];
  return { written, stream: { write: (text: string) => written.push(text), columns: 120 } };
}

describe('Progress', () => {
  it('prints a line with counts, rate and ETA every N files when stderr is not a terminal', () => {
    const { written, stream } = collect();
    const progress = new Progress(stream, 'lines', 2);
    progress.setTotal(5);
    for (const status of ['ok', 'failed', 'partial', 'skipped', 'ok'] as const) progress.tick(status);
    expect(written).toHaveLength(2);
    expect(written[1]).toMatch(/^4\/5 files {2}[\d.]+\/s {2}ETA \d+:\d\d {2}\(1 ok, 1 partial, 1 failed, 1 skipped\)\n$/);
  });

  it('redraws a bar in place on a terminal and clears it at the end', () => {
    const { written, stream } = collect();
    const progress = new Progress(stream, 'bar');
    progress.setTotal(2);
    progress.tick('ok');
    progress.tick('ok');
    progress.finish();
    expect(written.at(-2)).toMatch(/^\r\x1b\[K\[#+\] 2\/2 files/);
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('prints nothing when quiet', () => {
    const { written, stream } = collect();
    const progress = new Progress(stream, 'none');
    progress.setTotal(1);
    progress.tick('ok');
    progress.finish();
    expect(written).toEqual([]);
  });
});

describe('the progress bar on a narrow terminal', () => {
  // What a terminal shows of a write: the text after the last carriage return, without escape sequences.
  const shown = (text: string) => (text.split('\r').at(-1) ?? '').replace(/\x1b\[K/g, '');

  it.each([120, 80, 60, 40, 20])('fits %i columns, so that each redraw overwrites the last', (columns) => {
    const written: string[] = [];
    const progress = new Progress({ write: (text: string) => written.push(text), columns }, 'bar');
    progress.setTotal(123456);
    for (let done = 0; done < 2000; done += 1) progress.tick(done % 7 === 0 ? 'failed' : 'ok');
    expect(written.length).toBeGreaterThan(0);
    for (const text of written) {
      expect(text.startsWith('\r\x1b[K')).toBe(true);
      expect(shown(text).length).toBeLessThan(columns);
    }
  });

  it('keeps the counts on a wide terminal and drops them before the bar on a narrow one', () => {
    const progress = new Progress({ write: () => undefined, columns: 80 }, 'bar');
    progress.setTotal(100);
    expect(progress.fitted(120)).toMatch(/^\[\.+\] 0\/100 files .*\(0 ok, 0 partial, 0 failed, 0 skipped\)$/);
    expect(progress.fitted(60)).toMatch(/^\[\.+\] 0\/100 files .*ETA --:--$/);
    expect(progress.fitted(30)).toMatch(/^0\/100 files/);
  });

  it('follows the terminal when it is resized', () => {
    const written: string[] = [];
    const stream = { write: (text: string) => written.push(text), columns: 120 };
    const progress = new Progress(stream, 'bar');
    progress.setTotal(1);
    stream.columns = 40;
    progress.tick('ok');
    expect(shown(written.at(-1) ?? '').length).toBeLessThan(40);
  });
});
