// The CLI's exit codes. Where one of the BSD sysexits codes fits a failure it is used, so that scripts can tell a
// typo in the command (64) from a bad input file (65, 66) and from a full or read-only disk (73, 74).
export const exitCodes = {
  ok: 0,
  /** Some files failed; their records say why (the run itself completed). */
  someFailed: 1,
  /** EX_USAGE: an unknown option, a bad value, a missing argument. */
  usage: 64,
  /** EX_DATAERR: an input that is not what it should be (a line of records.jsonl, a gold file). */
  dataError: 65,
  /** EX_NOINPUT: a path that does not exist or cannot be read, no report files, no gold files. */
  noInput: 66,
  /** EX_SOFTWARE: a bug. */
  internal: 70,
  /** EX_CANTCREAT: the output folder or a file in it cannot be created. */
  cannotCreate: 73,
  /** EX_IOERR: reading or writing failed part-way (a full disk, a closed pipe). */
  ioError: 74,
  /** EX_TEMPFAIL: another run is writing into the same output folder; try again when it has ended. */
  tempFail: 75,
  /** The shell's codes for a run ended by SIGINT (Ctrl-C) and SIGTERM (kill). */
  interrupted: 130,
  terminated: 143,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

/** A failure the CLI explains in one line (no stack trace) and ends with its own exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
  }
}

/** A bad command line: the message is followed by a pointer to --help. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, exitCodes.usage);
  }
}

/** The errno code of a file-system error ('EACCES', 'ENOSPC', ...), or null for any other error. */
export function errnoCode(error: unknown): string | null {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return null;
  return /^E[A-Z]+$/.test(error.code) ? error.code : null;
}

const errnoReasons: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file of that name is in the way',
  EISDIR: 'a folder is in the way',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOENT: 'no such file or folder',
  EPIPE: 'the reader of the output went away',
  EIO: 'input/output error',
};

/** A file-system error in words a user can act on ("permission denied"), without a stack. */
export function describeErrno(error: unknown): string {
  const code = errnoCode(error);
  const reason = code ? errnoReasons[code] : undefined;
  if (reason) return reason;
  return error instanceof Error ? error.message : String(error);
}
