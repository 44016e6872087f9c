// A parsing worker with faults of pdf.js's kind, for the pool's tests: the real worker (src/batch/worker.ts) runs
// as usual, and files named for a fault misbehave beside it. "late-reject.*" leaves a promise that rejects just
// after its record is sent, while the worker holds the next file; "crash.*" throws as it arrives.
import { parentPort } from 'node:worker_threads';
import type { WorkerReply, WorkerTask } from '../../src/batch/worker-messages.js';

if (!parentPort) throw new Error('a worker thread entry');
const port = parentPort;
const lateRejections = new Set<number>();

port.on('message', (task: WorkerTask) => {
  const name = task.options.fileName ?? '';
  if (name.startsWith('late-reject.')) lateRejections.add(task.id);
  // Thrown before the real worker has even started the file: the crash is this file's, every time.
  if (name.startsWith('crash.')) throw new Error('a reader callback threw');
});

// The record of a late-rejecting file goes out first; its rejection comes a moment later, outside any file's chain.
const post = port.postMessage.bind(port);
port.postMessage = (reply: WorkerReply) => {
  post(reply);
  if ('id' in reply && lateRejections.delete(reply.id)) {
    setTimeout(() => void Promise.reject(new Error('a pdf.js promise rejected after its file was done')), 5);
  }
};

await import('../../src/batch/worker.js');
