// Progress of a batch on stderr: a bar redrawn in place when stderr is a terminal, one line every N files when
// it is not (a log file, CI), nothing with --quiet. The total is known once the inputs have been counted.
import type { RecordStatus } from '../record/schema.js';

export type ProgressMode = 'bar' | 'lines' | 'none';

export interface ProgressStream {
  write(text: string): unknown;
  columns?: number;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  const hours = Math.floor(minutes / 60);
  const two = (value: number) => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes % 60)}:${two(whole % 60)}` : `${minutes}:${two(whole % 60)}`;
}

export class Progress {
  private readonly started = performance.now();
  private readonly counts: Record<RecordStatus, number> = { ok: 0, partial: 0, failed: 0, skipped: 0 };
  private done = 0;
  private total: number | null = null;
  private lastDraw = 0;

  constructor(
    private readonly stream: ProgressStream,
    private readonly mode: ProgressMode,
    /** In 'lines' mode, a line every this many files. */
    private readonly every = 100,
  ) {}

  setTotal(total: number): void {
    this.total = total;
    this.draw(false);
  }

  tick(status: RecordStatus): void {
    this.done += 1;
    this.counts[status] += 1;
    if (this.mode === 'lines' && this.done % this.every === 0) this.stream.write(`${this.line()}\n`);
    if (this.mode === 'bar') this.draw(false);
  }

  /** Clears the bar so the summary starts on a clean line. */
  finish(): void {
    if (this.mode === 'bar') this.stream.write('\r\x1b[K');
  }

  private rate(): number {
    const seconds = (performance.now() - this.started) / 1000;
    return seconds > 0 ? this.done / seconds : 0;
  }

  private line(): string {
    const rate = this.rate();
    const total = this.total === null ? '?' : String(this.total);
    const eta = this.total !== null && rate > 0 ? clock((this.total - this.done) / rate) : '--:--';
    const { ok, partial, failed, skipped } = this.counts;
    return `${this.done}/${total} files  ${rate.toFixed(1)}/s  ETA ${eta}  (${ok} ok, ${partial} partial, ${failed} failed, ${skipped} skipped)`;
  }

  // Redrawn at most ten times a second: a terminal is slow, and thousands of small text files finish fast.
  private draw(force: boolean): void {
    if (this.mode !== 'bar') return;
    const now = performance.now();
    if (!force && now - this.lastDraw < 100 && this.done !== this.total) return;
    this.lastDraw = now;
    const text = this.line();
    const width = Math.max(10, Math.min(30, (this.stream.columns ?? 80) - text.length - 4));
    const share = this.total ? Math.min(1, this.done / this.total) : 0;
    const filled = Math.round(share * width);
    this.stream.write(`\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${text}`);
  }
}
