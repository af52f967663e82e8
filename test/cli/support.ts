/** Runs the command line in-process on files held in memory. */
import { run } from '../../src/cli/run';
import type { CliIo } from '../../src/cli/io';

export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly written: ReadonlyMap<string, string>;
}

/** Runs `children-act-complaints ...argv` with the given files (path -> text); `'-'` is standard input. */
export async function runCli(argv: readonly string[], files: Readonly<Record<string, string>> = {}, options: { stderrIsTTY?: boolean } = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string>();
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stderrIsTTY: options.stderrIsTTY ?? false,
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
    writeFile: (path, text) => {
      if (path.startsWith('/no-such-folder/')) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      written.set(path, text);
    },
  };
  const code = await run(argv, io);
  return { code, stdout, stderr, written };
}
