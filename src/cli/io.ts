/**
 * What the command line reads and writes, and how it fails: exit codes, the
 * streams and files, and the one signal a command uses to stop with a
 * message. Commands take a {@link CliIo} so tests can run them in-process.
 *
 * @internal
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { decodeExport } from '../records/decode';

/**
 * The exit codes scripts can rely on (documented in the README and `--help`):
 * - `ok` 0: done, nothing rejected;
 * - `invalidData` 1: the input data has problems (rejected rows, a file that
 *   is not valid JSON or CSV, a column mapping that does not fit the file);
 *   `report` still writes its output when only some rows were rejected;
 * - `usage` 2: the command line is wrong (unknown command or option, a
 *   malformed date, year or format);
 * - `file` 3: a file cannot be read or written;
 * - `internal` 70: a bug in this tool (please report it).
 *
 * @internal
 */
export const EXIT_CODES = { ok: 0, invalidData: 1, usage: 2, file: 3, internal: 70 } as const;

/** One of {@link EXIT_CODES}' values. @internal */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/**
 * Stops a command with an exit code and a message for a person. Never
 * escapes {@link run}: it becomes a line on stderr and the exit code.
 *
 * @internal
 */
export class CliFailure extends Error {
  /** The exit code to end with. */
  readonly exitCode: ExitCode;
  /**
   * @param exitCode - the exit code
   * @param message - what went wrong and what to do, for a person
   */
  constructor(exitCode: ExitCode, message: string) {
    super(message);
    this.name = 'CliFailure';
    this.exitCode = exitCode;
  }
}

/** The streams and files a command uses. @internal */
export interface CliIo {
  /** Writes to standard output. */
  readonly stdout: (text: string) => void;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
  /** Whether standard error is a terminal (the progress line is shown only there, unless asked for). */
  readonly stderrIsTTY: boolean;
  /** Reads a file's bytes (or, in tests, its text); `'-'` is standard input. */
  readonly readFile: (path: string) => Uint8Array | string;
  /** Writes a UTF-8 file, replacing it. */
  readonly writeFile: (path: string, text: string) => void;
}

/** The process's own streams and file system. @internal */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
    readFile: (path) => readFileSync(path === '-' ? 0 : path),
    writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
  };
}

/** A file system error's reason, in words: "no such file", "permission denied", … */
function reasonOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'there is no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Reads a file, or fails with exit code 3 and the reason. @internal */
export function readText(io: CliIo, path: string, what: string): string {
  const file = readInput(io, path, what);
  return file.text;
}

/** A file as read: its bytes where the file system gave them, and its text. @internal */
export interface InputBytes {
  readonly bytes: Uint8Array | null;
  readonly text: string;
  readonly size: number;
}

/** Reads a file's bytes and decodes them as an export is decoded (see decodeExport), or fails with exit code 3 and the reason. @internal */
export function readInput(io: CliIo, path: string, what: string): InputBytes {
  let file: Uint8Array | string;
  try {
    file = io.readFile(path);
  } catch (error) {
    throw new CliFailure(EXIT_CODES.file, `Cannot read ${what} ${path === '-' ? 'from standard input' : `"${path}"`}: ${reasonOf(error)}.`);
  }
  if (typeof file === 'string') return { bytes: null, text: file, size: Buffer.byteLength(file) };
  return { bytes: file, text: decodeExport(file).text, size: file.byteLength };
}

/** Writes a file, or fails with exit code 3 and the reason. @internal */
export function writeText(io: CliIo, path: string, text: string): void {
  try {
    io.writeFile(path, text);
  } catch (error) {
    throw new CliFailure(EXIT_CODES.file, `Cannot write "${path}": ${reasonOf(error)}.`);
  }
}
