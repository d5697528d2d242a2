/**
 * The part of the handout frame that a tool fills in: the name of the document it prints ("Plan
 * van aanpak · De Regenboog"). The view that prints it carries the name in `data-print-document`;
 * just before printing, the page's print script (`printMetaScript`, inline-scripts.ts) puts it in
 * `--print-document`, which the running head of a tool page shows before "Gemaakt met …"
 * (print-frame.ts). Kept apart from print-frame.ts, which holds every string of the frame, so that
 * the tools' JavaScript carries only `documentName`.
 */

/**
 * Text as a CSS string: white space (line breaks too) as one space, then quotes and backslashes
 * escaped. Whatever the text holds, it stays one string: CSS reads JSON's escapes as escapes, and
 * no escape ends a string. The print script writes the document's name the same way.
 */
export function cssString(text: string): string {
  return JSON.stringify(text.replace(/\s+/g, ' '));
}

/**
 * "Plan van aanpak · De Regenboog": what the document is, and whose or which, when that is filled
 * in; white space as one space, so that the name is one line in the head.
 */
export function documentName(name: string, detail = ''): string {
  const about = detail.replace(/\s+/g, ' ').trim();
  return about ? `${name} · ${about}` : name;
}

/** The custom property of the document's name (print.css reads it through `--print-source`). */
export const printDocumentProperty = '--print-document';
