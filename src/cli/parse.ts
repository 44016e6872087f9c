// node:util's parseArgs, with its errors turned into usage errors that read well (its own message for an unknown
// option ends with an unbalanced quote and advice about `--` that does not apply here).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './exit-codes.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What parseArgs gives for these options (positionals allowed, unknown options refused). */
export type ParsedCommand<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: T }>>;

function parseErrorCode(error: unknown): string | null {
  return error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS') ? String(error.code) : null;
}

/** The option an error message of parseArgs names ("Unknown option '--colour'..." gives --colour), long name first. */
function optionNamed(message: string): string {
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? message;
  return /--[\w-]+/.exec(quoted)?.[0] ?? /-[^\s,<]+/.exec(quoted)?.[0] ?? quoted;
}

function usageMessage(code: string, message: string, command: string): string {
  const option = optionNamed(message);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option} for ${command}`;
  if (/argument missing/.test(message)) return `${option} needs a value`;
  if (/does not take an argument/.test(message)) return `${option} does not take a value`;
  return message;
}

/** Parses `args` for `command` (named in messages); a bad option is a UsageError. */
export function parseCommand<T extends Options>(args: string[], options: T, command: string): ParsedCommand<T> {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options });
  } catch (error) {
    const code = parseErrorCode(error);
    if (code && error instanceof Error) throw new UsageError(usageMessage(code, error.message, command));
    throw error;
  }
}
