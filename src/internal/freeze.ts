/**
 * Freezes a plain-data value and everything reachable from it, and returns
 * it with its type unchanged. Arrays and plain objects only: the procedure
 * definitions and the assessments are plain data.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
