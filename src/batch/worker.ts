// The worker thread's side of the pool: bytes in, one rendered record out, through the ordinary pipeline. Parsing
// PDF and DOCX is CPU-bound, so each worker is a thread of its own; anything it throws comes back as a message.
import { parentPort } from 'node:worker_threads';
import { extractDocumentWithText } from '../pipeline.js';
import { recordToJsonLine } from '../write/json.js';
import { capRecordTexts } from './cap-sections.js';
import { renderRecord } from './record-outputs.js';
import type { WorkerReply, WorkerTask } from './worker-messages.js';

if (!parentPort) throw new Error('src/batch/worker is a worker thread entry and cannot run on the main thread');
const port = parentPort;

// Loading the pipeline takes a while; the pool starts a file's clock only once the worker says it is ready, so
// that a timeout measures reading the file, not starting the thread. (pdf.js, mammoth and compromise load later,
// within the first file that needs them: a tenth to a quarter of a second against a timeout of seconds.)
port.postMessage({ ready: true } satisfies WorkerReply);

async function read(task: WorkerTask): Promise<WorkerReply> {
  try {
    const { record: whole, document } = await extractDocumentWithText(task.bytes, task.sha256 === null ? task.options : { ...task.options, sha256: task.sha256 });
    const record = capRecordTexts(whole);
    return { id: task.id, rendered: renderRecord(record, recordToJsonLine(record), task.formats), text: task.withText ? (document?.text ?? null) : null };
  } catch (error) {
    return { id: task.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

// One file at a time, in the order sent: the pool sends the next file while this one is read, and its clock for
// that file starts when the reply for this one arrives.
const tasks: WorkerTask[] = [];
let reading = false;

async function readInTurn(): Promise<void> {
  reading = true;
  for (let task = tasks.shift(); task; task = tasks.shift()) {
    port.postMessage(await read(task));
    // The event loop turns between files. pdf.js decodes the image of a page with no text through zlib, whose
    // results come back as event-loop callbacks; while files followed each other in one chain of promises those
    // never ran, the decodes piled up with their buffers, and a 3,000-PDF run grew to 396 MB instead of staying
    // near 205 MB.
    await new Promise((resolve) => setImmediate(resolve));
  }
  reading = false;
}

port.on('message', (task: WorkerTask) => {
  tasks.push(task);
  if (!reading) void readInTurn();
});
