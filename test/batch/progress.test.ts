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
