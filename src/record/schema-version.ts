// The version of the record contract, in a module of its own: the command line needs it (for --version and for the
// resume key of every file) before it starts the worker threads, and the record schema (zod behind it) takes a tenth
// of a second to load, which the workers' start waited for.
export const SCHEMA_VERSION = '1';
