// <out>/manifest.json: what made the outputs (tool and extractor version, the options that change records) and,
// for each input in path order, its sha256 and status. Written like the other outputs: entry by entry into a
// temporary file, renamed into place when the run completes. It holds no times, so two runs over the same
// inputs with the same options give the same manifest.
import { join } from 'node:path';
import type { RecordStatus } from '../record/schema.js';
import { AtomicAppender } from '../write/atomic.js';
import type { InputProblem } from './inputs.js';
import type { RecordBrief } from './record-outputs.js';
import { extractorVersion, toolName, toolVersion } from './version.js';

export interface ManifestOptions {
  formats: readonly string[];
  maxFileBytes: number;
  maxPages: number;
  maxUncompressedBytes: number;
  timeoutSeconds: number;
}

export interface ManifestEntry {
  path: string;
  sha256: string | null;
  status: RecordStatus;
  reason: string | null;
  /** The first file in path order with the same content, when this one is a duplicate. */
  duplicateOf: string | null;
  /** The breach the report is of (record.breachKey); files sharing it are listed together in breachGroups. */
  breachKey: string | null;
  /** With --dedupe, the file whose record was kept for this one's breach, when this one's was left out. */
  dedupedInto: string | null;
}

/** The files that report one breach: copies of a report in other formats, or re-issued. */
export interface BreachGroup {
  breachKey: string;
  /** In path order. */
  paths: string[];
  /** With --dedupe, the file whose record was kept (the one with most fields found); else null. */
  kept: string | null;
}

export interface Manifest {
  tool: string;
  version: string;
  extractorVersion: string;
  options: ManifestOptions;
  inputs: ManifestEntry[];
  counts: Record<RecordStatus, number>;
  /** Every breach key that more than one file shares, in the order of its first file. */
  breachGroups: BreachGroup[];
  problems: InputProblem[];
}

export function manifestEntry(brief: RecordBrief, duplicateOf: string | null, dedupedInto: string | null = null): ManifestEntry {
  return {
    path: brief.path,
    // A file that could not be read at all has no content to hash.
    sha256: brief.sha256 === '' ? null : brief.sha256,
    status: brief.status,
    reason: brief.error,
    duplicateOf,
    breachKey: brief.breachKey,
    dedupedInto,
  };
}

export class ManifestWriter {
  private count = 0;
  private readonly groups = new Map<string, BreachGroup>();

  private constructor(private readonly file: AtomicAppender) {}

  static async open(outDir: string, options: ManifestOptions): Promise<ManifestWriter> {
    const file = await AtomicAppender.open(join(outDir, 'manifest.json'));
    const head = JSON.stringify({ tool: toolName, version: toolVersion, extractorVersion, options }, null, 2);
    await file.append(`${head.slice(0, head.lastIndexOf('}')).trimEnd()},\n  "inputs": [`);
    return new ManifestWriter(file);
  }

  async add(entry: ManifestEntry): Promise<void> {
    await this.file.append(`${this.count === 0 ? '\n' : ',\n'}    ${JSON.stringify(entry)}`);
    this.count += 1;
    if (entry.breachKey === null) return;
    const group = this.groups.get(entry.breachKey) ?? { breachKey: entry.breachKey, paths: [], kept: null };
    group.paths.push(entry.path);
    if (entry.dedupedInto !== null) group.kept = entry.dedupedInto;
    this.groups.set(entry.breachKey, group);
  }

  /** The breach keys that more than one file shares so far. */
  breachGroups(): BreachGroup[] {
    return [...this.groups.values()].filter((group) => group.paths.length > 1);
  }

  /** Ends the manifest and returns its file, for the caller to commit with the run's other outputs. */
  async finish(counts: Record<RecordStatus, number>, problems: readonly InputProblem[]): Promise<AtomicAppender> {
    const tail = (name: string, value: unknown) => `  ${JSON.stringify(name)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`;
    const groups = this.breachGroups();
    await this.file.append(`${this.count === 0 ? '' : '\n  '}],\n${tail('counts', counts)},\n${tail('breachGroups', groups)},\n${tail('problems', problems)}\n}\n`);
    return this.file;
  }

  abort(): Promise<void> {
    return this.file.abort();
  }
}
