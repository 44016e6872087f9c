// A parsing worker with faults of pdf.js's kind, for the pool's tests: the real worker (src/batch/worker.ts) runs
// as usual, and files named for a fault misbehave beside it. "late-reject.*" leaves a promise that rejects just
// after its record is sent, while the worker holds the next file; "crash.*" throws as it arrives; "hog.*" never
// finishes and fills memory outside the heap, as pdf.js's buffers of an endless Flate stream do.
import { basename } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { WorkerReply, WorkerTask } from '../../src/batch/worker-messages.js';

if (!parentPort) throw new Error('a worker thread entry');
const port = parentPort;
const lateRejections = new Set<number>();
const hogs = new Set<number>();
const held: Buffer[] = [];

/** Takes 16 MB more every few milliseconds, touched so that it is resident, until the worker is ended. */
function hogMemory(): void {
  setInterval(() => held.push(Buffer.alloc(16 * 1048576, 1)), 5);
}

port.on('message', (task: WorkerTask) => {
  const name = basename(task.options.fileName ?? '');
  if (name.startsWith('late-reject.')) lateRejections.add(task.id);
  if (name.startsWith('hog.')) {
    hogs.add(task.id);
    hogMemory();
  }
  // Thrown before the real worker has even started the file: the crash is this file's, every time.
  if (name.startsWith('crash.')) throw new Error('a reader callback threw');
});

// The record of a late-rejecting file goes out first; its rejection comes a moment later, outside any file's chain.
const post = port.postMessage.bind(port);
port.postMessage = (reply: WorkerReply) => {
  if ('id' in reply && hogs.has(reply.id)) return;
  post(reply);
  if ('id' in reply && lateRejections.delete(reply.id)) {
    setTimeout(() => void Promise.reject(new Error('a pdf.js promise rejected after its file was done')), 5);
  }
};

await import('../../src/batch/worker.js');
