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

// The bar's width in characters: at most this wide, and left out when the terminal leaves less.
const maxBar = 30;
const minBar = 5;

export class Progress {
  private readonly started = performance.now();
  private readonly counts: Record<RecordStatus, number> = { ok: 0, partial: 0, failed: 0, skipped: 0 };
  private done = 0;
  private total: number | null = null;
  private lastDraw = 0;
  private finished = false;

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

  /** Clears the bar so the summary starts on a clean line (once, however often it is called). */
  finish(): void {
    if (this.mode === 'bar' && !this.finished) this.stream.write('\r\x1b[K');
    this.finished = true;
  }

  private rate(): number {
    const seconds = (performance.now() - this.started) / 1000;
    return seconds > 0 ? this.done / seconds : 0;
  }

  /** The counts, rate and ETA; `brief` leaves out the counts per status, for a narrow terminal. */
  private line(brief = false): string {
    const rate = this.rate();
    const total = this.total === null ? '?' : String(this.total);
    const eta = this.total !== null && rate > 0 ? clock((this.total - this.done) / rate) : '--:--';
    const { ok, partial, failed, skipped } = this.counts;
    const head = `${this.done}/${total} files  ${rate.toFixed(1)}/s  ETA ${eta}`;
    return brief ? head : `${head}  (${ok} ok, ${partial} partial, ${failed} failed, ${skipped} skipped)`;
  }

  // Redrawn at most ten times a second: a terminal is slow, and thousands of small text files finish fast.
  private draw(force: boolean): void {
    if (this.mode !== 'bar' || this.finished) return;
    const now = performance.now();
    if (!force && now - this.lastDraw < 100 && this.done !== this.total) return;
    this.lastDraw = now;
    this.stream.write(`\r\x1b[K${this.fitted(this.stream.columns ?? 80)}`);
  }

  /**
   * The bar and its text in fewer columns than the terminal has: a line that reaches the last column wraps, and
   * the next redraw (a carriage return) then starts on the new line instead of over the old one. The counts go
   * first, then the bar, then the text is cut.
   */
  fitted(columns: number): string {
    const room = Math.max(1, columns - 1);
    const full = this.line();
    const text = full.length + 3 + minBar <= room ? full : this.line(true);
    const width = Math.min(maxBar, room - text.length - 3);
    if (width < minBar) return text.slice(0, room);
    const share = this.total ? Math.min(1, this.done / this.total) : 0;
    const filled = Math.round(share * width);
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${text}`;
  }
}
