// A module loader hook for worker threads run from the TypeScript sources (the tests, `tsx src/...`); built code
// never loads it. Registered after tsx, so that it runs first, it loads an installed package's .mjs as it is:
// that is plain JavaScript already. Through tsx, pdf.js took 2.4 s to load in every worker instead of 0.2 s: tsx
// rewrites its dynamic imports with an inline source map, which Node then parses, as it does the package's own
// maps (tsx turns them on); the comment naming a map is dropped for that reason.
import { readFile } from 'node:fs/promises';

const sourceMapComment = /\n\/\/# sourceMappingURL=\S*\s*$/;

export async function load(url, context, nextLoad) {
  const installed = url.startsWith('file:') && url.includes('/node_modules/') && url.endsWith('.mjs');
  if (!installed) return nextLoad(url, context);
  const text = await readFile(new URL(url), 'utf8');
  return { format: 'module', source: text.replace(sourceMapComment, '\n'), shortCircuit: true };
}
