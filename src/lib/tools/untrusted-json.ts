/**
 * JSON text from outside the code (a chosen file, a member's link, an entry of storage) is
 * checked before JSON.parse sees it: longer than MAX_JSON_LENGTH, or arrays and objects nested
 * deeper than MAX_JSON_DEPTH, and it is refused unread. One pass over the text, no allocation:
 * text nested a million levels deep costs the same as any other text of its length, where
 * parsing it would stall the page for seconds and every function that walks the result would
 * run out of stack. Never throws.
 */
import { MAX_JSON_DEPTH, MAX_JSON_LENGTH } from '../limits';

export type JsonProblem = 'empty' | 'not-json' | 'too-deep' | 'too-large';

/** JSON text read: the value, or why there is none. */
export type ParsedJson = { ok: true; value: unknown } | { ok: false; problem: JsonProblem };

/** JSON as text, or already read (by parseJson, perhaps in a worker). */
export type JsonInput = string | ParsedJson;

export interface JsonBounds {
  depth: number;
  length: number;
}

const bounds: JsonBounds = { depth: MAX_JSON_DEPTH, length: MAX_JSON_LENGTH };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;

/**
 * Why `text` may not be parsed, or null. Brackets inside strings do not count; an escaped quote
 * does not end a string. Text that closes more than it opened is left to JSON.parse, which
 * refuses it at that point, never deeper than the nesting seen so far.
 */
export function jsonBoundsProblem(text: string, limits: JsonBounds = bounds): 'too-deep' | 'too-large' | null {
  if (text.length > limits.length) return 'too-large';
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === BACKSLASH) index++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) inString = true;
    else if (code === OPEN_ARRAY || code === OPEN_OBJECT) {
      if (++depth > limits.depth) return 'too-deep';
    } else if ((code === CLOSE_ARRAY || code === CLOSE_OBJECT) && --depth < 0) return null;
  }
  return null;
}

/** Parses JSON text from outside the code within the bounds; a byte order mark in front is allowed. */
export function parseJson(text: string, limits: JsonBounds = bounds): ParsedJson {
  if (!text.trim()) return { ok: false, problem: 'empty' };
  const problem = jsonBoundsProblem(text, limits);
  if (problem) return { ok: false, problem };
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return { ok: false, problem: 'not-json' };
  }
}

/** Text parsed as parseJson does; JSON already read as it is. */
export const jsonOf = (input: JsonInput): ParsedJson => (typeof input === 'string' ? parseJson(input) : input);
