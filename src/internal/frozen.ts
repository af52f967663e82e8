import type * as z from 'zod';

/**
 * A schema's parsed value, frozen: what zod's `.readonly()` promises, but
 * only for a value that parsed. zod's own `.readonly()` freezes whatever its
 * inner schema hands back, and after a failed parse that is the caller's own
 * value (an object given where a list belongs, a function given where an
 * object belongs), so a failed `safeParse` froze the caller's data, and threw
 * a `TypeError` for a typed array. A transform runs only on success, on the
 * fresh object or array zod built.
 *
 * Imports only zod's types, so bundles that do not build a schema stay free of zod.
 */
export function frozenOnSuccess<T extends z.ZodType>(schema: T): z.ZodPipe<T, z.ZodTransform<Readonly<z.output<T>>, z.output<T>>> {
  return schema.transform((value) => Object.freeze(value));
}
