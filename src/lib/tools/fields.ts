/**
 * A record as a flat map of fields, so that two tabs' edits can be merged field by field.
 *
 * - A plain object becomes one field per leaf, path segments joined with "/":
 *   { domains: { energie: { seen: "…" } } } → "domains/energie/seen".
 * - A list of strings is a set with an order: one field per member, "chosen/=veerkracht" → its
 *   position. Two tabs that each add a member keep both.
 * - A list of objects with an `id` is a set of items: "actions/=a1/what", with the item's position
 *   in "actions/=a1/#". Two tabs that each add an item keep both; each item merges field by field.
 * - Any other value (text, number, boolean, null, other lists) is one field.
 *
 * A field that is absent is a field too: a change that removes it must be able to win a merge.
 * Ids and object keys in the tools never contain "/" or start with "=" or "#" (ids are [a-z0-9-]).
 */
import { mergeTexts } from './typing';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A record's fields; `undefined` marks a field that was removed. */
export type Fields = Record<string, Json | undefined>;

const MEMBER = '=';
const POSITION = '#';

const isPlainObject = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isItemList = (value: Json[]): value is ({ id: string } & Record<string, Json>)[] =>
  value.length > 0 && value.every((item) => isPlainObject(item) && typeof item.id === 'string');

const isStringSet = (value: Json[]): value is string[] => value.length > 0 && value.every((item) => typeof item === 'string');

export function toFields(value: Json, prefix = '', into: Fields = {}): Fields {
  const at = (key: string) => (prefix ? `${prefix}/${key}` : key);
  if (isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, child]) => child !== undefined);
    // An empty object is one field, so that it is still there when the record is rebuilt.
    if (entries.length === 0 && prefix) into[prefix] = {};
    for (const [key, child] of entries) toFields(child, at(key), into);
    return into;
  }
  if (Array.isArray(value) && isItemList(value)) {
    value.forEach((item, index) => {
      const base = at(`${MEMBER}${item.id}`);
      into[`${base}/${POSITION}`] = index;
      for (const [key, child] of Object.entries(item)) if (child !== undefined) toFields(child, `${base}/${key}`, into);
    });
    return into;
  }
  if (Array.isArray(value) && isStringSet(value)) {
    value.forEach((member, index) => (into[at(`${MEMBER}${member}`)] = index));
    return into;
  }
  // An empty list is one field: it cannot say whether it held strings or items.
  into[prefix] = value;
  return into;
}

interface Node {
  value?: Json;
  children: Map<string, Node>;
}

/** The record the fields describe; removed fields (undefined) are left out. */
export function fromFields(fields: Fields): Json {
  const root: Node = { children: new Map() };
  for (const [path, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    let node = root;
    for (const segment of path.split('/')) {
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, (child = { children: new Map() }));
      node = child;
    }
    node.value = value;
  }
  return build(root);
}

function build(node: Node): Json {
  if (node.children.size === 0) return node.value ?? null;
  const keys = [...node.children.keys()];
  if (keys.every((key) => key.startsWith(MEMBER))) {
    const members = keys.map((key) => ({ key: key.slice(MEMBER.length), node: node.children.get(key)! }));
    const isItems = members.some((member) => member.node.children.size > 0);
    if (isItems) {
      return members
        .filter((member) => member.node.children.has(POSITION))
        .sort(
          (a, b) => order(a.node.children.get(POSITION)!.value) - order(b.node.children.get(POSITION)!.value) || a.key.localeCompare(b.key),
        )
        .map((member) => {
          const item: Record<string, Json> = {};
          for (const [key, child] of member.node.children) if (key !== POSITION) item[key] = build(child);
          return item;
        });
    }
    return members.sort((a, b) => order(a.node.value) - order(b.node.value) || a.key.localeCompare(b.key)).map((member) => member.key);
  }
  const object: Record<string, Json> = {};
  for (const [key, child] of node.children) object[key] = build(child);
  return object;
}

const order = (value: Json | undefined) => (typeof value === 'number' ? value : Number.MAX_SAFE_INTEGER);

/** The paths whose value differs between two sets of fields (present in one, absent or changed in the other). */
export function changedPaths(before: Fields, after: Fields): string[] {
  const paths = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...paths].filter((path) => !sameJson(before[path], after[path]));
}

/**
 * An edit made on an older copy, applied to the current fields: `current` with every field that
 * `edited` changed compared with `base` (set, or removed). Fields the edit did not touch keep
 * their current value, even where `base` is out of date. A text (`isText`) that changed in both
 * keeps both changes where they do not overlap (typing.ts).
 */
export function rebase(current: Fields, base: Fields, edited: Fields, isText: (path: string) => boolean = () => false): Fields {
  const changed = new Set(changedPaths(base, edited));
  const kept = Object.entries(current).filter(([path]) => !changed.has(path));
  const made = Object.entries(edited)
    .filter(([path]) => changed.has(path))
    .map(([path, value]): [string, Json | undefined] => {
      const [before, now] = [base[path], current[path]];
      const both = isText(path) && typeof value === 'string' && typeof before === 'string' && typeof now === 'string';
      return [path, both ? (mergeTexts(before, value, now) ?? value) : value];
    });
  return Object.fromEntries([...kept, ...made]);
}

function sameJson(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
