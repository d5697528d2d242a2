/** "Groep 7, najaar!" → "groep-7-najaar": for file names. */
export function slugify(text: string, fallback = 'bestand'): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** Text cut to `max` UTF-16 units (the stored limit), ending in "…"; never half an emoji. */
export function limitText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '');
  return `${cut.trimEnd()}…`;
}

/** Characters of right-to-left scripts, and the marks and controls that change the direction of text. */
const BIDI = /[\u0590-\u08ff\u200e\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud83a/;

/**
 * Text a person typed (a title, a role), isolated from the text around it where it could change
 * that text's direction: a right-to-left override in a title must not reverse the message it is
 * put in. Text without such characters is returned as it is.
 */
export function isolate(text: string): string {
  return BIDI.test(text) ? `\u2068${text}\u2069` : text;
}

/** Fills "{name}" placeholders of an interface string; a value that could turn the text around it is isolated. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? isolate(String(values[name])) : match));
}

/** Picks the singular or plural form with the Dutch plural rules. */
const plurals = new Intl.PluralRules('nl-NL');
export function plural(count: number, forms: { one: string; other: string }): string {
  return format(plurals.select(count) === 'one' ? forms.one : forms.other, { count });
}

/** "A", "A en B", "A, B en C": items as a Dutch list, `and` the word between the last two. */
export function listText(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

const megabytes = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** A size in storage as people read it: "2,4 MB", "35 kB". */
export function formatSize(bytes: number): string {
  if (bytes < 100_000) return `${Math.max(1, Math.round(bytes / 1000))} kB`;
  return `${megabytes.format(bytes / 1_000_000)} MB`;
}
