// The worker thread's side of the pool: bytes in, one record out, through the ordinary pipeline. Parsing PDF and
// DOCX is CPU-bound, so each worker is a thread of its own; anything it throws comes back as a message.
import { parentPort } from 'node:worker_threads';
import { extractDocumentWithText } from '../pipeline.js';
import type { WorkerReply, WorkerTask } from './worker-messages.js';

const port = parentPort;
if (!port) throw new Error('src/batch/worker is a worker thread entry and cannot run on the main thread');

// Loading the pipeline takes a while; the pool starts a file's clock only once the worker says it is ready, so
// that a timeout measures reading the file, not starting the thread. (pdf.js, mammoth and compromise load later,
// within the first file that needs them: a tenth to a quarter of a second against a timeout of seconds.)
port.postMessage({ ready: true } satisfies WorkerReply);

port.on('message', (task: WorkerTask) => {
  extractDocumentWithText(task.bytes, task.sha256 === null ? task.options : { ...task.options, sha256: task.sha256 }).then(
    ({ record, document }) => port.postMessage({ id: task.id, recordJson: JSON.stringify(record), text: task.withText ? (document?.text ?? null) : null } satisfies WorkerReply),
    (error: unknown) => port.postMessage({ id: task.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerReply),
  );
});
