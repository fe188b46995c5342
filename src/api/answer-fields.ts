/**
 * Readers for answer fields that may be missing, null or of another type. Leonardo's SDK types
 * nearly every answer field as optional, so an answer from the cloud is read field by field
 * with a fallback, never trusted to have the shape the local engine always sends.
 */

export type Fields = Record<string, unknown>;

/** An object's fields, or none when the value is not a plain object. */
export const fieldsOf = (value: unknown): Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : {};

export const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export const text = (value: unknown, fallback = ''): string =>
  typeof value === 'string' ? value : fallback;

export const textOrNull = (value: unknown): string | null =>
  typeof value === 'string' ? value : null;

/** A finite number, or null: NaN and Infinity never reach a view. */
export const numberOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

export const integerOr = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isInteger(value) ? value : fallback;

export const flag = (value: unknown, fallback = false): boolean =>
  typeof value === 'boolean' ? value : fallback;

export const flagOrNull = (value: unknown): boolean | null =>
  typeof value === 'boolean' ? value : null;

/** One of the listed values, or undefined (the caller chooses the fallback). */
export function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (values as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}
