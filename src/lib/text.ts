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

/** Fills "{name}" placeholders of an interface string. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
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
