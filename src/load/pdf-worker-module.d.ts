// pdfjs-dist ships no types for its worker module; the loader only imports it for its side effect.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
