const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The latest `YYYY-MM-DD` string anywhere inside a value (a complaint record,
 * a timeline, a list of them), or `floor` when there is none later. ISO dates
 * compare as strings, so no date arithmetic is needed.
 *
 * @internal
 */
export function latestDateIn(value: unknown, floor: string): string {
  let latest = floor;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next === 'string') {
      if (next > latest && ISO_DATE.test(next)) latest = next;
    } else if (typeof next === 'object' && next !== null) {
      for (const inner of Object.values(next)) stack.push(inner);
    }
  }
  return latest;
}
