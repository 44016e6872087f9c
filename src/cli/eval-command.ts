// `breach-extract eval <folder> [--json] [--verbose]`: the accuracy of each field against the gold files.
import { stat } from 'node:fs/promises';
import { CliError, exitCodes, UsageError } from './exit-codes.js';
import { evalHelpText } from './help.js';
import type { CliIo } from './io.js';
import { parseCommand } from './parse.js';

const evalOptions = { json: { type: 'boolean' }, verbose: { type: 'boolean', short: 'v' }, help: { type: 'boolean', short: 'h' } } as const;

async function checkFolder(folder: string): Promise<void> {
  const info = await stat(folder).catch(() => null);
  if (!info) throw new CliError(`${folder}: no such folder`, exitCodes.noInput);
  if (!info.isDirectory()) throw new UsageError(`${folder}: not a folder (eval takes a folder of reports and their gold files)`);
}

export async function runEval(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(args, evalOptions, 'eval');
  if (values.help) {
    io.out(evalHelpText);
    return exitCodes.ok;
  }
  const folder = positionals[0];
  if (!folder || positionals.length > 1) throw new UsageError('eval takes one folder of <id>.<ext> reports with <id>.gold.json beside them');
  await checkFolder(folder);
  // Loaded here so that the extract command's main thread does not load the pipeline its workers run.
  const { evaluateFolder, formatTable } = await import('./eval.js');
  const result = await evaluateFolder(folder);
  for (const path of result.unmatched) io.err(`breach-extract: ${path}: no report <id>.txt|md|html|pdf|docx beside this gold file; not scored\n`);
  if (result.table.documents === 0) throw new CliError(`${folder}: no <id>.gold.json with its report beside it, so nothing to score`, exitCodes.noInput);
  io.out(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatTable(result, values.verbose ?? false)}\n`);
  return exitCodes.ok;
}
