// A fixed number of worker threads that parse one file each at a time. A file that takes longer than the
// timeout has its worker terminated and replaced, so one hanging or crashing file fails alone. Each worker is
// sent its next file while it reads the current one, so that it starts the next file the moment it is done rather
// than after a round trip through this thread (which took a fifth of a worker's time on text reports).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readerDetail } from '../diagnostics/diagnostic.js';
import type { ExtractOptions } from '../options.js';
import type { OutputFormat, RenderedRecord } from './record-outputs.js';
import type { WorkerReply, WorkerTask } from './worker-messages.js';

/** Why a file that met a bug of ours has no record (the bug's own message is its diagnostic's detail). */
export const internalErrorReason = 'an internal error of breach-extract stopped this file (a bug: please report it)';

/** The outcome of one file in the pool: a rendered record, or why no record came back. */
export type PoolResult =
  | { rendered: RenderedRecord; text: string | null }
  | { failure: 'timeout' | 'crashed' | 'threw' | 'memory'; reason: string; detail?: string };

export interface PoolRunOptions {
  /** Overrides the pool's timeout for this file. */
  timeoutMs?: number;
  /** Send back the normalised text too (default: no). */
  withText?: boolean;
  /** The bytes' sha256, when the caller has hashed them already (spares the worker hashing them again). */
  sha256?: string | null;
  /** The output formats to render the record for (default: none; the JSON line is always there). */
  formats?: readonly OutputFormat[];
  /**
   * Called when this file, after its record came back, turns out to have crashed its reader (a promise of its
   * own rejecting late, under the next file, which read cleanly when tried again): its record stands, but the
   * fault is its own and is said of it.
   */
  onLateFault?: (reason: string) => void;
}

/** Charges a file with a crash of its reader (the file's onLateFault), given the crash's reason. */
type LateFaultCharge = (reason: string) => void;

interface Job {
  task: WorkerTask;
  timeoutMs: number;
  resolve: (result: PoolResult) => void;
  /** Whether the file is being tried again after its worker crashed under it. */
  retry: boolean;
  /** See PoolRunOptions.onLateFault. */
  onLateFault?: LateFaultCharge;
  /** For a file tried again: the file its worker finished before it, charged if this one now reads cleanly. */
  suspect?: { charge: LateFaultCharge; reason: string } | null;
}

export interface PoolOptions {
  /** The module a worker runs instead of worker.ts (the tests' faulty worker wraps it). */
  entry?: URL;
  /**
   * The resident memory a worker may use, in MB; see watchMemory. Off unless given: it is read from the whole
   * process, which only a process of the pool's own (the CLI's) can spare for it.
   */
  maxMemoryMb?: number;
}

// How often the process's resident memory is looked at: a reader inflating a hostile stream grows by about a
// gigabyte a second, so a tenth of a second lets it pass its bound by a hundred megabytes at most.
const memoryCheckMs = 100;
const megabyte = 1048576;

interface Slot {
  worker: Worker;
  /** The worker has loaded the pipeline and can take a file. */
  ready: boolean;
  /** The file the worker is reading; its clock runs. */
  running: Job | null;
  /** The file sent after it, which the worker starts once `running` is done (its clock starts then). */
  next: Job | null;
  /**
   * How to charge the file this worker finished last, should the file it holds when it crashes read cleanly when
   * tried again. (Its charge, not the file's job: that holds the file's bytes.)
   */
  lastDone: LateFaultCharge | null;
  timer: NodeJS.Timeout | null;
}

// Built code runs dist/batch/worker.js directly. From the TypeScript sources (tsx, vitest) the worker is
// worker.ts, and the thread first registers tsx's loader (passing `--import tsx` in execArgv does not reach a
// worker thread's module loader on Node 20).
function workerEntry(module?: URL): { entry: URL | string; eval: boolean } {
  const built = new URL('./worker.js', import.meta.url);
  if (!module && existsSync(fileURLToPath(built))) return { entry: built, eval: false };
  // The ESM build of tsx's API (the path its package exports give to `import 'tsx/esm/api'`); its CommonJS
  // build cannot be imported from an eval worker.
  const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
  const tsxApi = pathToFileURL(join(dirname(tsxPackage), 'dist', 'esm', 'api', 'index.mjs')).href;
  const source = (module ?? new URL('./worker.ts', import.meta.url)).href;
  // Then package-modules-hook.mjs, which spares installed packages tsx's rewriting (it says why).
  const hook = new URL('./package-modules-hook.mjs', import.meta.url).href;
  const register = `tsx.register(); (await import('node:module')).register(${JSON.stringify(hook)});`;
  return { entry: `import(${JSON.stringify(tsxApi)}).then(async (tsx) => { ${register} return import(${JSON.stringify(source)}); });`, eval: true };
}

// Enough for a 1,000-page PDF or a large DOCX; beyond it the file fails alone with "ran out of memory".
const workerHeapMb = 512;
// A worker's garbage is short-lived (one file's text and objects); V8 would let the young generation grow to
// 48 MB per thread over a long run, which is most of what a batch's memory grows by after its first thousand files.
const workerYoungMb = 16;

/**
 * The process's resident memory less what this thread's own isolate holds (its heap and the buffers it owns): the
 * main thread's records and output text in flight are not a worker's, and counting them blamed innocent workers.
 */
function workersShare(): number {
  const usage = process.memoryUsage();
  return usage.rss - usage.heapTotal - usage.external;
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;
  private broken: string | null = null;
  private readonly entry: { entry: URL | string; eval: boolean };
  private readonly maxMemoryMb: number | null;
  /** The process's resident memory before any worker started, less this thread's; the workers' is measured from it. */
  private readonly baseRss = workersShare();
  private memoryTimer: NodeJS.Timeout | null = null;
  /** Workers terminated and not yet gone: until they are, their memory still counts, so none is judged. */
  private terminating = 0;

  constructor(
    private readonly size: number,
    private readonly timeoutMs: number,
    options: PoolOptions = {},
  ) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`a worker pool needs at least one thread, got ${size}`);
    this.entry = workerEntry(options.entry);
    this.maxMemoryMb = options.maxMemoryMb ?? null;
  }

  /**
   * Starts up to `count` workers now rather than with the first files, so that they load the pipeline while the
   * caller gets ready (reading its options, loading its writers, opening its outputs).
   */
  start(count = this.size): void {
    if (this.closed || this.broken) return;
    while (this.slots.length < Math.min(this.size, count)) this.spawn();
  }

  /** Parses one file in a worker. Never rejects for a bad file: a hang or crash comes back as a failure. */
  run(bytes: Uint8Array, options: ExtractOptions, { timeoutMs = this.timeoutMs, withText = false, sha256 = null, formats = [], onLateFault }: PoolRunOptions = {}): Promise<PoolResult> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    if (this.broken) return Promise.resolve({ failure: 'crashed', reason: `the reader could not start (${this.broken})` });
    // The bytes are copied to a worker, not moved: the pool keeps them until the file is done, so that a file whose
    // worker crashes under it can be sent to another.
    const task: WorkerTask = { id: this.nextId++, bytes, options, withText, sha256, formats: [...formats] };
    return new Promise((resolve) => {
      this.queue.push({ task, timeoutMs, resolve, retry: false, onLateFault });
      this.dispatch();
    });
  }

  /** Stops every worker; files still queued or running get a failure. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.memoryTimer) clearInterval(this.memoryTimer);
    this.memoryTimer = null;
    const notRead: PoolResult = { failure: 'crashed', reason: 'the run was stopped before this file was read' };
    for (const job of this.queue.splice(0)) job.resolve(notRead);
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        slot.next?.resolve(notRead);
        slot.next = null;
        this.finish(slot, { failure: 'crashed', reason: 'the run was stopped while this file was being read' });
        return slot.worker.terminate();
      }),
    );
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      if (this.slots.length < Math.min(this.size, this.queue.length + this.busy())) this.spawn();
      // An idle worker first; else one whose next file is not sent yet. Nothing is sent behind a file tried again:
      // should it crash its reader a second time, no other file is there to share the blame.
      const slot = this.slots.find((candidate) => candidate.ready && candidate.running === null) ?? this.slots.find((candidate) => candidate.ready && candidate.next === null && candidate.running?.retry !== true);
      if (!slot) return;
      const job = this.takeJob(slot);
      if (!job) return;
      if (slot.running === null) this.beginRunning(slot, job);
      else slot.next = job;
      slot.worker.postMessage(job.task);
    }
  }

  /**
   * The next file for `slot`: the first in the queue, except that a file tried again goes only to an idle worker
   * and only while no other such file runs, so that the memory watch can tell whose memory it is.
   */
  private takeJob(slot: Slot): Job | undefined {
    const retryRunning = this.slots.some((candidate) => candidate.running?.retry === true);
    const index = this.queue.findIndex((job) => !job.retry || (!retryRunning && slot.running === null));
    return index < 0 ? undefined : this.queue.splice(index, 1)[0];
  }

  /**
   * Watches the resident memory of the workers, which their heap limit does not bound: pdf.js's buffers live
   * outside the heap, and one hostile stream took a worker to 2.5 GB. Threads have no memory of their own to read,
   * so what the process holds beyond its start is compared with every worker's bound together. Past it, the files
   * being read are tried again one at a time (tryAgain); past it while a file tried again is read, that file
   * fails with "uses more than N MB".
   */
  private watchMemory(): void {
    if (this.memoryTimer || this.closed || this.maxMemoryMb === null) return;
    const maxMemoryMb = this.maxMemoryMb;
    this.memoryTimer = setInterval(() => this.checkMemory(maxMemoryMb), memoryCheckMs);
    this.memoryTimer.unref();
  }

  private checkMemory(maxMemoryMb: number): void {
    if (this.terminating > 0) return;
    const grown = workersShare() - this.baseRss;
    if (grown <= this.size * maxMemoryMb * megabyte) return;
    const busy = this.slots.filter((slot) => slot.running !== null);
    const suspects = busy.filter((slot) => slot.running?.retry === true);
    const reason = `the reader uses more than ${maxMemoryMb} MB`;
    // With no file being read, an idle worker holds what a file left behind: it is replaced, no file charged.
    const idle = this.slots.filter((slot) => slot.running === null && slot.ready);
    for (const slot of suspects.length > 0 ? suspects : busy.length > 0 ? busy : idle) this.crashed(slot, { failure: 'memory', reason });
  }

  private beginRunning(slot: Slot, job: Job): void {
    slot.running = job;
    slot.timer = setTimeout(() => this.replace(slot, { failure: 'timeout', reason: `timed out after ${seconds(job.timeoutMs)}` }), job.timeoutMs);
  }

  private busy(): number {
    return this.slots.filter((slot) => slot.running !== null).length;
  }

  private spawn(): Slot {
    // A file that makes the reader's heap balloon ends its own worker, not the whole run.
    const worker = new Worker(this.entry.entry, { eval: this.entry.eval, resourceLimits: { maxOldGenerationSizeMb: workerHeapMb, maxYoungGenerationSizeMb: workerYoungMb } });
    const slot: Slot = { worker, ready: false, running: null, next: null, lastDone: null, timer: null };
    this.watchMemory();
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      if (slot.running?.task.id !== reply.id) return;
      this.finish(slot, 'rendered' in reply ? { rendered: reply.rendered, text: reply.text } : { failure: 'threw', reason: internalErrorReason, detail: readerDetail(reply.error.split('\n')[0] ?? reply.error) });
      // The worker has moved on to the file sent ahead.
      if (slot.next) {
        this.beginRunning(slot, slot.next);
        slot.next = null;
      }
      this.dispatch();
    });
    worker.on('error', (error) => {
      const outOfMemory = 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.crashed(slot, outOfMemory ? { failure: 'crashed', reason: `the reader ran out of memory (more than ${workerHeapMb} MB)` } : { failure: 'crashed', reason: 'the reader crashed while reading this file', detail: readerDetail(error) });
    });
    worker.on('exit', () => {
      if (this.slots.includes(slot)) this.crashed(slot, { failure: 'crashed', reason: 'the reader stopped unexpectedly' });
    });
    this.slots.push(slot);
    return slot;
  }

  /** Ends the running file with `result`. */
  private finish(slot: Slot, result: PoolResult): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.running;
    slot.running = null;
    if (!job) return;
    slot.lastDone = job.onLateFault ?? null;
    // Read cleanly alone on a fresh worker: the crash it was caught in was the file before it.
    if ('rendered' in result && job.suspect) job.suspect.charge(job.suspect.reason);
    job.resolve(result);
  }

  /**
   * A worker died holding a file. The file may not be the cause: a promise of the file before it (pdf.js's) can
   * reject after that file is done, and kill the worker under the next. So the file is tried once more, first in
   * the queue and alone on its worker; only if it crashes its reader there too is it charged with the crash.
   */
  private crashed(slot: Slot, result: PoolResult): void {
    const job = slot.running;
    const reason = 'reason' in result ? result.reason : 'the reader crashed';
    if (!job || job.retry || this.closed) {
      this.replace(slot, result);
      return;
    }
    slot.running = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (slot.next) this.queue.unshift(slot.next);
    slot.next = null;
    this.queue.unshift({ ...job, retry: true, suspect: slot.lastDone ? { charge: slot.lastDone, reason } : null });
    this.replace(slot, result);
  }

  /** Ends a worker that hung or died, fails its file, and lets a fresh worker take the queue. */
  private replace(slot: Slot, result: PoolResult): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    this.finish(slot, result);
    // The file sent ahead was never started: it goes first to the next worker.
    if (slot.next) this.queue.unshift(slot.next);
    slot.next = null;
    this.terminating += 1;
    void slot.worker.terminate().finally(() => {
      this.terminating -= 1;
    });
    // A worker that dies before it is ready would die again: every queued file fails instead of looping.
    if (!slot.ready) {
      this.broken = 'reason' in result ? result.reason : 'unknown reason';
      for (const job of this.queue.splice(0)) job.resolve({ failure: 'crashed', reason: `the reader could not start (${this.broken})` });
      return;
    }
    if (!this.closed) this.dispatch();
  }
}
