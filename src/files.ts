// Finding the reports to read: files as given, folders recursively (report extensions only), in path order.
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';

export const reportExtensions = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx', '.doc', '.odt']);

export interface InputFile {
  /** Absolute or as-given path to read. */
  path: string;
  /** Path recorded in the record: relative to the folder it was found in, or as given. */
  sourcePath: string;
}

export class InputError extends Error {}

async function walk(folder: string, root: string, prefix: string, seen: Set<string>, out: InputFile[]): Promise<void> {
  const real = await realpath(folder);
  if (seen.has(real)) return; // a symlink loop, or the same folder twice
  seen.add(real);
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(folder, entry.name);
    const info = await stat(full).catch(() => null);
    if (!info) continue;
    if (info.isDirectory()) await walk(full, root, prefix, seen, out);
    else if (info.isFile() && reportExtensions.has(extname(entry.name).toLowerCase())) {
      out.push({ path: full, sourcePath: join(prefix, relative(root, full)) });
    }
  }
}

/**
 * Expands files and folders into the list of report files, sorted by path within each folder. A file found in a
 * folder is recorded relative to that folder; with several folders, the folder as given is kept in front so
 * that two files of the same name stay apart.
 */
export async function listInputs(paths: readonly string[]): Promise<InputFile[]> {
  const out: InputFile[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new InputError(`${path}: no such file or folder`);
    if (info.isDirectory()) await walk(path, path, paths.length > 1 ? path : '', seen, out);
    else out.push({ path, sourcePath: path });
  }
  return out;
}
