/**
 * The handout frame: what every printed page says about itself in its margins (print.css, `@page`
 * margin boxes). The fixed parts come from here as CSS custom properties in one inline <style>,
 * which the Content-Security-Policy allows by its hash (astro.config.mjs); the page's address and
 * the print date are filled in by `printMetaScript` (inline-scripts.ts), as a static page cannot
 * know them in advance.
 */
import { t } from './i18n/nl';
import { sourceText } from './source-text';
import { listText } from './text';

/** Text as a CSS string: quotes and backslashes escaped, line breaks as spaces. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n]+/g, ' ')}"`;
}

/** The running head: the guidance's title, its authors and when it was written. */
export const printFrameSource = `${sourceText.title} · ${listText(sourceText.shortOrganisations, 'en')} (${sourceText.dateLabel})`;

/** The custom properties the margin boxes of print.css show. */
export const printFrameStyle =
  `:root{--print-source:${cssString(printFrameSource)};--print-site:${cssString(t.site.name)};` +
  `--print-page:${cssString(t.print.page)};--print-of:${cssString(t.print.of)};--print-address:"";--print-date:""}`;

export const inlineStyles = [printFrameStyle] as const;
