// The inputs of a batch, streamed in path order: files as given, folders recursively (report extensions only),
// glob patterns, and lists of paths read from stdin. Problems met on the way (a folder that cannot be read, a
// symlink loop, the same file named twice) are reported, never silently dropped; a file that cannot be read is
// still yielded, so that it gets a failed record with its reason.
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { InputError, reportExtensions, type InputFile } from '../files.js';
import { globBase, globToRegExp, isGlob } from './glob.js';

export type { InputFile };

export interface InputProblem {
  path: string;
  reason: string;
}

export interface InputWalk {
  files: AsyncGenerator<InputFile>;
  /** Filled while the walk goes on; complete once `files` is exhausted. */
  problems: InputProblem[];
}

function describe(error: unknown): string {
  if (error instanceof Error && 'code' in error) {
    if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied';
    if (error.code === 'ELOOP') return 'symbolic link loop';
    if (error.code === 'ENOENT') return 'no such file or folder';
  }
  return error instanceof Error ? error.message : String(error);
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

interface WalkState {
  /** For a glob without **: how many path segments a match has. */
  maxDepth: number | null;
  /** Real paths of folders never read as input (the output folder). */
  skipFolders: Set<string>;
  seenFolders: Set<string>;
  seenFiles: Set<string>;
  problems: InputProblem[];
}

/**
 * Yields a file once: the same file reached again (through a link, a second argument or a glob) is reported.
 * `real` is the file's real path when the caller knows it already.
 */
async function* once(path: string, sourcePath: string, state: WalkState, real?: string): AsyncGenerator<InputFile> {
  real ??= await realpath(path).catch(() => path);
  if (state.seenFiles.has(real)) {
    state.problems.push({ path, reason: 'the same file was given more than once; it is read once' });
    return;
  }
  state.seenFiles.add(real);
  yield { path, sourcePath };
}

async function* walk(folder: string, state: WalkState, match: RegExp | null): AsyncGenerator<InputFile> {
  let entries;
  let real: string;
  try {
    real = await realpath(folder);
    if (state.skipFolders.has(real)) {
      // A run's own outputs (review.html, say) are no reports, whether --out is inside the input or not.
      state.problems.push({ path: folder, reason: 'the output folder; not read as input' });
      return;
    }
    if (state.seenFolders.has(real)) {
      state.problems.push({ path: folder, reason: 'folder already read (a symbolic link loop); not read again' });
      return;
    }
    state.seenFolders.add(real);
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    state.problems.push({ path: folder, reason: `folder cannot be read (${describe(error)})` });
    return;
  }
  entries.sort(byName);
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(folder, entry.name);
    const isReportName = reportExtensions.has(extname(entry.name).toLowerCase());
    // The folder's entry tells a plain file or folder apart without a stat, and a plain file's real path is then
    // the folder's real path and its name; links (and file systems that do not give the type) are looked up.
    const info = entry.isFile() || entry.isDirectory() ? entry : await stat(full).catch((error: unknown) => {
      // A report that cannot even be looked at (a broken link, no permission) still gets a failed record.
      if (!isReportName) state.problems.push({ path: full, reason: `cannot be read (${describe(error)})` });
      return null;
    });
    if (!info) {
      if (isReportName && (!match || match.test(full))) yield { path: full, sourcePath: full };
      continue;
    }
    if (info.isDirectory()) {
      // A pattern without ** cannot match below its own depth: do not walk there (node_modules, say).
      if (match && state.maxDepth !== null && full.split('/').length >= state.maxDepth) continue;
      yield* walk(full, state, match);
    }
    else if (info.isFile() && isReportName) {
      if (match && !match.test(full)) continue;
      yield* once(full, full, state, info === entry ? join(real, entry.name) : undefined);
    } else if (isReportName && (!match || match.test(full))) {
      // A pipe or device found in a folder is not read (a pipe may wait for a writer, a device never end), but
      // said: named on the command line it is read, within the size limit and the timeout.
      state.problems.push({ path: full, reason: `${specialKind(info)}, not a file; not read (name it as an input to read it)` });
    }
  }
}

/** What a folder entry that is neither a file nor a folder is, in words. */
function specialKind(info: { isFIFO(): boolean; isSocket(): boolean; isBlockDevice(): boolean; isCharacterDevice(): boolean }): string {
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isBlockDevice() || info.isCharacterDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * An input as given: a path (file, folder or glob pattern), or a file already made, with the path to record for
 * it (the CLI's copy of a report read from stdin).
 */
export type InputPath = string | InputFile;

/** A path that does not exist is a usage error, thrown before anything is read. */
export async function checkInputs(paths: readonly InputPath[]): Promise<void> {
  for (const path of paths) {
    if (typeof path !== 'string' || isGlob(path)) continue;
    const info = await stat(path).catch(() => null);
    if (!info) throw new InputError(`${path}: no such file or folder`);
  }
}

/**
 * Expands the given paths into report files. Every file is recorded by its path from the working directory: a
 * file as given, a file found in a folder as the folder given and its path within it (so one folder or several,
 * the same file gets the same source path), a glob's matches as matched.
 */
export interface WalkOptions {
  /** Folders not to read (the output folder): skipped where a walk meets them, with a problem saying so. */
  skipFolders?: readonly string[];
}

export function walkInputs(paths: readonly InputPath[], options: WalkOptions = {}): InputWalk {
  const state: WalkState = { maxDepth: null, skipFolders: new Set(), seenFolders: new Set(), seenFiles: new Set(), problems: [] };
  async function* files(): AsyncGenerator<InputFile> {
    for (const folder of options.skipFolders ?? []) {
      const real = await realpath(folder).catch(() => null);
      if (real) state.skipFolders.add(real);
    }
    for (const path of paths) {
      // Folder loops are looked for within one argument; a file reached again through another is read once.
      state.seenFolders = new Set();
      if (typeof path !== 'string') {
        yield* once(path.path, path.sourcePath, state);
        continue;
      }
      if (isGlob(path)) {
        const base = globBase(path);
        const relativePattern = path.startsWith('./') ? path.slice(2) : path;
        const pattern = globToRegExp(relativePattern);
        state.maxDepth = relativePattern.includes('**') ? null : relativePattern.split('/').length;
        let matched = 0;
        for await (const file of walk(base, state, pattern)) {
          matched += 1;
          yield file;
        }
        if (matched === 0) state.problems.push({ path, reason: 'no report file matches this pattern' });
        continue;
      }
      const info = await stat(path).catch(() => null);
      if (!info) state.problems.push({ path, reason: 'no such file or folder' });
      else if (info.isDirectory()) yield* walk(path, state, null);
      else yield* once(path, path, state);
    }
  }
  return { files: files(), problems: state.problems };
}
