/** Shows a value in an error message without ever throwing and without printing megabytes. */
export function describeValue(value: unknown): string {
  try {
    if (typeof value === 'string') {
      const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
      return JSON.stringify(shown);
    }
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
      return String(value);
    }
    if (value === null) return 'null';
    if (value === undefined) return 'undefined';
    if (typeof value === 'symbol') return 'a symbol';
    if (typeof value === 'function') return 'a function';
    if (Array.isArray(value)) return `an array of length ${value.length}`;
    if (Object.prototype.toString.call(value) === '[object Date]') return 'a Date object';
    return 'an object';
  } catch {
    return 'an unprintable value';
  }
}
