/**
 * The checks a tool's stored records and files need, as small schemas that compose: a value is
 * read into a fresh copy that keeps only the declared keys of each object, or it is rejected
 * whole. Every tool page reads its records with these on its first view, so they are kept to the
 * few kinds of value the tools store (a general validation library would be most of that view's
 * JavaScript). Types come from the schemas (`Infer`), so a record's type and its check are one.
 */

/** The result of reading a value that does not fit. */
const NO: unique symbol = Symbol('no');
type Read<T> = (value: unknown) => T | typeof NO;

export interface Schema<T> {
  /** The value as T (objects keep only their declared keys), or NO. */
  readonly read: Read<T>;
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

function schema<T>(read: Read<T>): Schema<T> {
  return {
    read,
    safeParse: (value) => {
      const data = read(value);
      return data === NO ? { success: false } : { success: true, data };
    },
  };
}

type Check<T> = (value: T) => boolean;

/** At most `max` characters (strings) or items (arrays). */
export const maxLength =
  (max: number): Check<{ length: number }> =>
  (value) =>
    value.length <= max;
export const minLength =
  (min: number): Check<{ length: number }> =>
  (value) =>
    value.length >= min;
export const matches =
  (pattern: RegExp): Check<string> =>
  (value) =>
    pattern.test(value);

export const string = (...checks: Check<string>[]): Schema<string> =>
  schema((value) => (typeof value === 'string' && checks.every((check) => check(value)) ? value : NO));

/** A finite number; with bounds, a whole number within them. */
export const number = (bounds?: { min: number; max: number }): Schema<number> =>
  schema((value) =>
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (!bounds || (Number.isSafeInteger(value) && value >= bounds.min && value <= bounds.max))
      ? value
      : NO,
  );

export const literal = <L extends string>(expected: L): Schema<L> => schema((value) => (value === expected ? expected : NO));

export const oneOf = <const L extends readonly string[]>(options: L): Schema<L[number]> =>
  schema((value) => (options.includes(value as string) ? (value as L[number]) : NO));

export const nullable = <T>(inner: Schema<T>): Schema<T | null> => schema((value) => (value === null ? null : inner.read(value)));

export const optional = <T>(inner: Schema<T>): Schema<T | undefined> =>
  schema((value) => (value === undefined ? undefined : inner.read(value)));

export const array = <T>(item: Schema<T>, ...checks: Check<unknown[]>[]): Schema<T[]> =>
  schema((value) => {
    if (!Array.isArray(value) || !checks.every((check) => check(value))) return NO;
    const items: T[] = [];
    for (const entry of value) {
      const read = item.read(entry);
      if (read === NO) return NO;
      items.push(read);
    }
    return items;
  });

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own data properties only, whatever the key ("__proto__" from JSON.parse included). */
const put = (target: object, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

export const record = <V>(key: Schema<string>, entry: Schema<V>): Schema<Record<string, V>> =>
  schema((value) => {
    if (!isObject(value)) return NO;
    const copy: Record<string, V> = {};
    for (const [name, item] of Object.entries(value)) {
      const read = entry.read(item);
      if (key.read(name) === NO || read === NO) return NO;
      put(copy, name, read);
    }
    return copy;
  });

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends Infer<S[K]> ? K : never }[keyof S];
type Flat<T> = { [K in keyof T]: T[K] };
export type ObjectOf<S extends Shape> = Flat<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

/** An object with these keys; other keys are left out of the copy, a missing optional key stays missing. */
export const object = <S extends Shape>(shape: S): Schema<ObjectOf<S>> =>
  schema((value) => {
    if (!isObject(value)) return NO;
    const copy = {};
    for (const [name, field] of Object.entries(shape)) {
      const read = field.read(Object.hasOwn(value, name) ? value[name] : undefined);
      if (read === NO) return NO;
      if (read !== undefined) put(copy, name, read);
    }
    return copy as ObjectOf<S>;
  });
