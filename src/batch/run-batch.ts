// The batch engine: reads each input, carries over what an earlier run already made, sends the bytes to the
// worker pool, and hands the records on in path order. Text files go to the workers too: their extraction
// (dates, language cues) costs more than the loading, so they gain from the cores as much as PDFs do. p-limit bounds the
// files being read and parsed at once; a window bounds the finished records waiting for a slower file before
// them, so memory does not grow with the number of files.
import { createHash } from 'node:crypto';
import { closeSync, constants, createReadStream, fstatSync, openSync, readFileSync } from 'node:fs';
import { Socket } from 'node:net';
import pLimit from 'p-limit';
import { normaliseExtractOptions, type ExtractOptions, type LoadLimits } from '../options.js';
import type { PipelineOptions } from '../pipeline.js';
import { failedRecord, type SourceInfo } from '../record/assemble.js';
import { applyCorrections, type Correction } from '../record/corrections.js';
import { recordIdFor, type BreachRecord } from '../record/schema.js';
import { recordToJsonLine } from '../write/json.js';
import type { InputFile, InputProblem } from './inputs.js';
import { capRecordTexts } from './cap-sections.js';
import { journalKey, journalLine, type Journal } from './journal.js';
import { renderRecord, type OutputFormat, type RenderedRecord } from './record-outputs.js';
import { extractorVersion } from './version.js';
import { internalErrorReason, type WorkerPool } from './worker-pool.js';
import { readerDetail } from '../diagnostics/diagnostic.js';

export interface BatchEngineOptions {
  limits: LoadLimits;
  /** Files read and parsed at once. */
  inFlight: number;
  timeoutMs: number;
  /** Reads the files off the main thread; null reads everything in-process (custom extractors need that). */
  pool: WorkerPool | null;
  /** Extractors and refiners of a library caller (functions cannot go to a worker). */
  pipeline?: Pick<PipelineOptions, 'extractors' | 'refiners'>;
  journal: Journal | null;
  /** The output formats each record is rendered for (none when the caller only wants the records). */
  formats: readonly OutputFormat[];
  /** Keep each record's normalised text on its entry (the review page shows it). */
  withText?: boolean;
  signal?: AbortSignal;
  /** Called as each file finishes, in completion order (for progress). */
  onFinished?: (entry: BatchEntry) => void;
  /** Called with each record in path order; awaited before the next. */
  onRecord: (entry: BatchEntry) => Promise<void> | void;
  /** Called with what went wrong about an input beyond its record (its reader crashed after its record came). */
  onProblem?: (problem: InputProblem) => void;
  /** A person's corrections (corrections.csv), applied over each record they name. */
  corrections?: CorrectionSet | null;
}

export interface CorrectionSet {
  /** As given on the command line, for messages. */
  fileName: string;
  byRecord: ReadonlyMap<string, readonly Correction[]>;
}

export interface BatchEntry {
  input: InputFile;
  /** Position in path order. */
  index: number;
  /** The record's output text and brief, rendered once for every writer. */
  rendered: RenderedRecord;
  /** The record itself; one rendered in a worker is parsed from its JSON on the first call (writers need only `rendered`). */
  record: () => BreachRecord;
  /** Taken from an earlier run's journal rather than read again. */
  carried: boolean;
  /** The source path of the first file in path order with the same content, or null. */
  duplicateOf: string | null;
  /** The journal key (null for a file that could not be read, which is always tried again). */
  key: string | null;
  /** The normalised text the evidence points into, when asked for (null otherwise, or when unreadable). */
  text: string | null;
  /** What --corrections did to the record: corrections applied and those refused (with the reason). */
  corrected: { applied: number; refused: string[] } | null;
}

function describeReadError(error: unknown): string {
  if (error instanceof Error && 'code' in error) {
    if (error.code === 'EACCES' || error.code === 'EPERM') return 'the file cannot be read (permission denied)';
    if (error.code === 'ENOENT') return 'the file cannot be found (a broken link, or removed during the run)';
    if (error.code === 'EISDIR') return 'a folder, not a file';
  }
  return `the file cannot be read (${error instanceof Error ? error.message : String(error)})`;
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

type InputRead = { bytes: Buffer } | { tooLarge: true; regular: boolean } | { failure: string };

interface ReadDeadline {
  timeoutMs: number;
  signal?: AbortSignal;
}

// A regular file is read synchronously: a report is tens of kilobytes, read from the disk's cache in tens of
// microseconds, while the promise API's four thread-pool round trips per file (open, stat, read, close) cost the
// main thread, which every file passes through, more than that. It is opened without blocking, so that a named
// pipe nobody writes to cannot stall the main thread: a pipe is then read from that descriptor through the event
// loop (readPipe), a device as a stream through the thread pool, and neither further than the size limit (their
// size is not known beforehand, and /dev/zero has none).
async function readInput(path: string, maxBytes: number, deadline: ReadDeadline): Promise<InputRead> {
  const descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  let handedOn = false;
  try {
    const info = fstatSync(descriptor);
    if (info.isFile()) return info.size > maxBytes ? { tooLarge: true, regular: true } : { bytes: readFileSync(descriptor) };
    if (info.isFIFO()) {
      handedOn = true;
      return await readPipe(descriptor, maxBytes, deadline);
    }
  } finally {
    if (!handedOn) closeSync(descriptor);
  }
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of createReadStream(path)) {
    length += (chunk as Buffer).length;
    if (length > maxBytes) return { tooLarge: true, regular: false };
    chunks.push(chunk as Buffer);
  }
  return { bytes: Buffer.concat(chunks) };
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Reads a named pipe from its non-blocking descriptor, as a socket of the event loop: opening it again for a
 * stream would block a thread-pool thread in open() until a writer came, for ever if none does, where neither the
 * timeout nor a stop (SIGTERM) could reach it. Here the timeout covers waiting for the writer and reading, and a
 * stop ends the read at once. The socket owns the descriptor and closes it.
 */
function readPipe(descriptor: number, maxBytes: number, { timeoutMs, signal }: ReadDeadline): Promise<InputRead> {
  const pipe = new Socket({ fd: descriptor, readable: true, writable: false });
  const chunks: Buffer[] = [];
  let length = 0;
  return new Promise<InputRead>((resolve) => {
    const settle = (result: InputRead) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onStop);
      pipe.destroy();
      resolve(result);
    };
    const onStop = () => settle({ failure: 'the run was stopped while this file was being read' });
    const timer = setTimeout(() => {
      const what = length === 0 ? 'nothing came through the named pipe' : 'the named pipe did not end';
      settle({ failure: `${what} within the timeout of ${seconds(timeoutMs)}` });
    }, timeoutMs);
    if (signal?.aborted) return onStop();
    signal?.addEventListener('abort', onStop, { once: true });
    pipe.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > maxBytes) settle({ tooLarge: true, regular: false });
      else chunks.push(chunk);
    });
    pipe.on('end', () => settle({ bytes: Buffer.concat(chunks) }));
    pipe.on('error', (error) => settle({ failure: describeReadError(error) }));
  });
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1048576)} MB`;
}

interface Extracted {
  rendered: RenderedRecord;
  record: () => BreachRecord;
  text: string | null;
  /** Whether the record may be carried over by a later run (not a timeout or a crash, which may not recur). */
  lasting: boolean;
}

/** The record parsed from its JSON line on the first call, and kept. */
function parsedOnDemand(jsonLine: string): () => BreachRecord {
  let record: BreachRecord | null = null;
  return () => (record ??= JSON.parse(jsonLine) as BreachRecord);
}

/** A record made or found on this thread, rendered here (a worker's record comes rendered). */
function renderHere(record: BreachRecord, options: BatchEngineOptions): Pick<Extracted, 'rendered' | 'record'> {
  return { rendered: renderRecord(record, recordToJsonLine(record), options.formats), record: () => record };
}

async function extractBytes(bytes: Uint8Array, settings: ExtractOptions, options: BatchEngineOptions, source: SourceInfo): Promise<Extracted> {
  if (options.pool && !options.pipeline) {
    const onLateFault = () => {
      const reason = 'its reader crashed after its record was made, under the next file; the record was kept and the next file read again';
      options.onProblem?.({ path: source.path, reason });
    };
    const result = await options.pool.run(bytes, settings, { timeoutMs: options.timeoutMs, withText: options.withText ?? false, sha256: source.sha256, formats: options.formats, onLateFault });
    if ('rendered' in result) return { rendered: result.rendered, record: parsedOnDemand(result.rendered.jsonLine), text: result.text, lasting: true };
    return { ...renderHere(failedRecord(source, result.reason, 'failed', result.detail ?? null), options), text: null, lasting: result.failure === 'threw' };
  }
  try {
    // Loaded only when needed: with a pool, the main thread never loads the pipeline (faster start, less memory).
    const { extractDocumentWithText } = await import('../pipeline.js');
    const { record, document } = await extractDocumentWithText(bytes, { ...settings, ...options.pipeline, sha256: source.sha256 });
    return { ...renderHere(capRecordTexts(record), options), text: options.withText ? (document?.text ?? null) : null, lasting: true };
  } catch (error) {
    // A bug met by one file must not end a batch of thousands: the file fails with the message, and the
    // fuzz test is there to find such bugs.
    const record = failedRecord(source, internalErrorReason, 'failed', readerDetail(error));
    return { ...renderHere(record, options), text: null, lasting: true };
  }
}

type ProcessedInput = Omit<BatchEntry, 'index' | 'duplicateOf'>;

/**
 * The entry with the person's corrections applied, rendered again on this thread; the journal keeps the record as
 * extracted, so a changed corrections.csv applies afresh on the next run.
 */
function withCorrections(entry: Omit<ProcessedInput, 'corrected'>, options: BatchEngineOptions): ProcessedInput {
  const { brief } = entry.rendered;
  const corrections = options.corrections?.byRecord.get(recordIdFor(brief.sha256, brief.path));
  if (!corrections || !options.corrections) return { ...entry, corrected: null };
  const outcome = applyCorrections(entry.record(), corrections, options.corrections.fileName);
  return { ...entry, ...renderHere(outcome.record, options), corrected: { applied: outcome.applied, refused: outcome.refused } };
}

async function processInput(input: InputFile, options: BatchEngineOptions): Promise<ProcessedInput> {
  return withCorrections(await extractInput(input, options), options);
}

async function extractInput(input: InputFile, options: BatchEngineOptions): Promise<Omit<ProcessedInput, 'corrected'>> {
  const settings = normaliseExtractOptions({ ...options.limits, fileName: input.path, sourcePath: input.sourcePath });
  const source: SourceInfo = { path: input.sourcePath, sha256: '', format: null, pages: null };
  const failed = (reason: string) => ({ input, ...renderHere(failedRecord(source, reason), options), carried: false, key: null, text: null });
  let bytes: Uint8Array;
  try {
    const read = await readInput(input.path, options.limits.maxFileBytes, { timeoutMs: options.timeoutMs, signal: options.signal });
    if ('failure' in read) return failed(read.failure);
    if ('tooLarge' in read) {
      // A file over the size limit is hashed as a stream but never held in memory (a pipe or a device may never end).
      if (read.regular) source.sha256 = await hashFile(input.path);
      return failed(`the file is larger than the limit of ${megabytes(options.limits.maxFileBytes)}`);
    }
    bytes = read.bytes;
  } catch (error) {
    return failed(describeReadError(error));
  }
  source.sha256 = createHash('sha256').update(bytes).digest('hex');
  const key = journalKey([extractorVersion, options.limits.maxFileBytes, options.limits.maxPages, options.limits.maxUncompressedBytes, options.limits.ocr ? 'ocr' : 'no-ocr', options.timeoutMs, input.path, input.sourcePath, source.sha256]);
  // The journal keeps records, not texts: a run that needs the texts reads every file again.
  const earlier = options.withText ? undefined : await options.journal?.find(key);
  if (earlier) return { input, ...renderHere(earlier, options), carried: true, key, text: null };
  const { text, lasting, ...made } = await extractBytes(bytes, settings, options, source);
  if (lasting) options.journal?.add(journalLine(key, made.rendered.jsonLine.trimEnd()));
  return { input, ...made, carried: false, key: lasting ? key : null, text };
}

/**
 * A file's entry from when it is done until it is handed on. It is kept here rather than as the value of the
 * file's p-limit promise: p-limit's queue (yocto-queue) leaves each dequeued node linked to the next, so once one
 * old node is promoted, V8's scavenges keep every later node and whatever its promise holds alive until a full
 * collection. Held that way, 110 MB of records were promoted over 10,000 text reports (20 MB held like this).
 */
interface Made {
  entry: Omit<BatchEntry, 'index' | 'duplicateOf'> | null;
}

/**
 * Runs every input through the pipeline and calls onRecord in path order. Returns false when the signal
 * stopped the run before every input was done (what was finished is in the journal).
 */
export async function runBatch(inputs: AsyncIterable<InputFile>, options: BatchEngineOptions): Promise<boolean> {
  const limit = pLimit(Math.max(1, options.inFlight));
  // How far reading may run ahead of the oldest file not yet handed on (a slow file holds up only that many).
  const window = Math.max(64, options.inFlight * 8);
  const firstWithContent = new Map<string, string>();
  const stopped = () => options.signal?.aborted === true;
  let emitted = 0;
  // The first error of an emission; an object because the chain of emissions sets it from its callbacks.
  const state: { failure: { error: unknown } | null } = { failure: null };
  // The onRecord call under way, which a stop waits for, so that nothing is written after runBatch returns.
  let recording: Promise<void> = Promise.resolve();

  const emit = async (job: Promise<void>, made: Made) => {
    if (state.failure || stopped()) return;
    try {
      await job;
    } catch (error) {
      if (stopped()) return;
      throw error;
    }
    const done = made.entry;
    made.entry = null;
    if (!done || state.failure || stopped()) return;
    const { sha256, path } = done.rendered.brief;
    const duplicateOf = sha256 === '' ? null : (firstWithContent.get(sha256) ?? null);
    if (sha256 !== '' && duplicateOf === null) firstWithContent.set(sha256, path);
    const call = Promise.resolve(options.onRecord({ ...done, index: emitted, duplicateOf }));
    recording = call.catch(() => undefined);
    await call;
    emitted += 1;
  };

  // Each record is handed on (written) as soon as it and every file before it are done, by one chain of emissions
  // in path order, rather than when the window fills up behind it.
  let emitting: Promise<void> = Promise.resolve();
  const emissions: Promise<void>[] = [];
  const stop = async () => {
    await recording;
    return false;
  };
  for await (const input of inputs) {
    if (stopped()) return stop();
    if (state.failure) throw state.failure.error;
    const made: Made = { entry: null };
    const job = limit(async () => {
      if (stopped()) throw new Error('stopped');
      made.entry = await processInput(input, options);
      options.onFinished?.({ ...made.entry, index: -1, duplicateOf: null });
    });
    // Marked as handled now; the rejection (an I/O error of the outputs, or a stop) is met when it is emitted.
    job.catch(() => undefined);
    emitting = emitting.then(() => emit(job, made)).catch((error: unknown) => {
      state.failure ??= { error };
    });
    emissions.push(emitting);
    if (emissions.length >= window) await emissions.shift();
  }
  await emitting;
  if (stopped()) return stop();
  if (state.failure) throw state.failure.error;
  return true;
}
