/**
 * Seals on reports and tables. A report (and each of its tables) carries a
 * `seal`: a hash of its own JSON, taken when it was built. The renderers and
 * `options.previous` check it, so a report that was changed after it was
 * built, or a hand-made look-alike, is refused with a typed error instead of
 * being read field by field on trust. A report survives a JSON round trip
 * unchanged (key order and numbers are preserved), so a saved report still
 * checks.
 *
 * @internal
 * @module
 */
import { InvalidInputError } from '../../errors';
import { describeValue } from '../../internal/describe';

/** A table or report as its builder makes it, before the seal is added. */
export type Unsealed<T> = Omit<T, 'seal'>;

/** cyrb53: a fast, well-mixed 53-bit string hash; not cryptographic, and it need not be. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The seal of a value: the hash of its JSON, leaving out its own top-level `seal`. */
export function sealOf(value: object): string {
  const { seal: _ignored, ...rest } = value as { seal?: unknown };
  return `v1-${hash53(JSON.stringify(rest))}`;
}

/** The value with its seal added as the last key. */
export function sealed<T extends object>(value: T): T & { readonly seal: string } {
  return { ...value, seal: sealOf(value) };
}

/**
 * Checks that `value` still carries the seal it was built with, and throws
 * `INVALID_ARGUMENT` naming `field` when it does not (or cannot be read).
 */
export function checkSeal(value: unknown, field: string, what: string, fix: string): void {
  let intact = false;
  try {
    intact = typeof value === 'object' && value !== null && typeof (value as { seal?: unknown }).seal === 'string' && (value as { seal: string }).seal === sealOf(value);
  } catch {
    intact = false;
  }
  if (!intact) {
    throw new InvalidInputError(
      'INVALID_ARGUMENT',
      `${describeValue(value)} is not ${what} as buildAnnualReport() made it: its seal is missing or no longer matches its contents, so it was changed after it was built.`,
      { field, value, fix },
    );
  }
}
