// The channel between pdf.js's two halves when both run in this thread. pdf.js's own (its LoopbackPort, used when
// no worker thread is given) structured-clones every message, as a real worker's postMessage would. On Node 20
// structuredClone runs through a MessageChannel, and page text is the bulk of what crosses: about a tenth of the
// time pdf.js takes to read a page's text went to copying it. A chunk of page text is made of objects the worker
// half builds fresh for that chunk and never touches again: getTextContent sends its one textContent object and
// then gives it new items and styles. So the chunk passes as a shallow copy, taken when it is sent, of that
// object. Every other message, operator lists above all (their arrays are emptied and refilled after each send),
// is still copied whole: in script when it is plain data (plain-copy.ts), else by structuredClone.
import { copyPlainData, notPlain } from './plain-copy.js';

type Listener = (event: { data: unknown }) => void;

/** pdf.js's StreamKind.ENQUEUE: a chunk of a stream (page text, an operator list) from the worker half. */
const streamEnqueue = 4;

/** Whether `message` is a chunk of page text as getTextContent sends it: { items: [...], styles: {...}, lang }. */
export function isTextContentChunk(message: unknown): boolean {
  if (typeof message !== 'object' || message === null) return false;
  const { stream, chunk } = message as { stream?: unknown; chunk?: unknown };
  if (stream !== streamEnqueue || typeof chunk !== 'object' || chunk === null) return false;
  const { items, styles } = chunk as { items?: unknown; styles?: unknown };
  return Array.isArray(items) && typeof styles === 'object' && styles !== null && Object.keys(chunk).length <= 3;
}

interface ChunkMessage {
  chunk: object;
}

function shallowChunkCopy(message: ChunkMessage): ChunkMessage {
  return { ...message, chunk: { ...message.chunk } };
}

function copyWhole(message: unknown, transfer?: Transferable[]): unknown {
  const copy = copyPlainData(message, transfer);
  return copy === notPlain ? structuredClone(message, transfer ? { transfer } : undefined) : copy;
}

/** A port both halves listen on, as pdf.js's LoopbackPort is, that hands page text over without copying it. */
export class SameThreadPort {
  private readonly listeners = new Set<Listener>();
  private readonly settled: Promise<void> = Promise.resolve();

  postMessage(message: unknown, transfer?: Transferable[]): void {
    // The copy is made now, as a real port would, so that later changes on the sending side are not seen.
    const data = isTextContentChunk(message) ? shallowChunkCopy(message as ChunkMessage) : copyWhole(message, transfer);
    const event = { data };
    // Delivered later and in order, as LoopbackPort delivers: pdf.js expects a reply never to arrive within send.
    void this.settled.then(() => {
      for (const listener of this.listeners) listener.call(this, event);
    });
  }

  addEventListener(_type: string, listener: Listener): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: string, listener: Listener): void {
    this.listeners.delete(listener);
  }

  terminate(): void {
    this.listeners.clear();
  }
}

/** pdf.js's worker half (WorkerMessageHandler of pdf.worker.mjs), as far as a port is concerned. */
export interface PdfWorkerHalf {
  initializeFromPort(port: SameThreadPort): void;
}

/** A port with pdf.js's worker half already listening on it, for `new PDFWorker({ port })`. */
export function sameThreadWorkerPort(workerHalf: PdfWorkerHalf): SameThreadPort {
  const port = new SameThreadPort();
  workerHalf.initializeFromPort(port);
  return port;
}
