/**
 * The progress line: one line on stderr, rewritten in place, naming the step
 * under way while a large file is read, checked and reported on. It never
 * reads the clock; it shows steps and sizes, not timings.
 *
 * @internal
 * @module
 */
import type { CliIo } from './io';

/**
 * Files at least this large get a progress line by default (when stderr is a
 * terminal). Records are checked at roughly 3,000 rows (about 700 kB of a
 * typical export) a second, so a 1 MB file takes over a second.
 *
 * @internal
 */
export const PROGRESS_THRESHOLD_BYTES = 1_000_000;

/** The progress line of one command. @internal */
export interface Progress {
  /** Shows the step now under way. */
  readonly step: (text: string) => void;
  /** Clears the line. */
  readonly done: () => void;
}

const SILENT: Progress = { step: () => undefined, done: () => undefined };

/**
 * The progress line for a file of `bytes`: shown when `wanted` is `true`;
 * when `wanted` is undefined (neither `--progress` nor `--no-progress`), shown
 * only on a terminal and for a file of at least {@link PROGRESS_THRESHOLD_BYTES}.
 * On a terminal the line is rewritten in place and cleared at the end;
 * elsewhere each step is a line of its own.
 *
 * @internal
 */
export function progressFor(io: CliIo, wanted: boolean | undefined, bytes: number): Progress {
  const show = wanted ?? (io.stderrIsTTY && bytes >= PROGRESS_THRESHOLD_BYTES);
  if (!show) return SILENT;
  if (!io.stderrIsTTY) return { step: (text) => io.stderr(`${text}\n`), done: () => undefined };
  let shown = false;
  return {
    step: (text) => {
      io.stderr(`\r\u001b[2K${text}`);
      shown = true;
    },
    done: () => {
      if (shown) io.stderr('\r\u001b[2K');
      shown = false;
    },
  };
}

/** A size for people: `812 kB`, `12.4 MB`. @internal */
export function describeSize(bytes: number): string {
  if (bytes < 1000 * 1000) return `${Math.max(1, Math.round(bytes / 1000))} kB`;
  return `${(bytes / (1000 * 1000)).toFixed(1)} MB`;
}
