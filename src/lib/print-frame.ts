/**
 * The handout frame: what every printed page says about itself in its margins (print.css, `@page`
 * margin boxes) and in the block above its title (PrintMeta.astro): who wrote it, and whether a
 * QR code leads back to it. Paper says truly who wrote what (README, "Printing"):
 * - `guidance`: the guidance's own chapters and its lists. The guidance is the author.
 * - `site`: a page this site wrote about itself (colofon, toegankelijkheid, zoeken, 404).
 * - `site-on-guidance`: a page this site wrote from the guidance (home, domains, intervention
 *   types): this site is the author, the guidance its basis.
 * - `tool`: a tool page. What it prints is the school's own document, made with this site on the
 *   basis of the guidance; the tool names the document in the browser (print-document.ts).
 * - `document`: that document, for example "Plan van aanpak · De Regenboog".
 * A QR code only leads to a page that shows the same online on any device: never from a tool,
 * nor from a page whose content comes from its address (zoeken, 404).
 *
 * The fixed parts are CSS custom properties in one inline <style> per kind of page, which the
 * Content-Security-Policy allows by its hash (astro.config.mjs); the page's address and the print
 * date are filled in by `printMetaScript` (inline-scripts.ts), as a static page cannot know them.
 */
import type { PageKind } from './content-schemas';
import { t } from './i18n/nl';
import { schoolscanStrings } from './i18n/schoolscan.nl';
import { werkbladStrings } from './i18n/werkblad.nl';
import { cssString, documentName, printDocumentProperty } from './print-document';
import { paths } from './routes';
import { sourceText } from './source-text';
import { listText } from './text';
import type { BlankForm } from './tools/print-blank';

export { cssString };

/** The kinds of page, each with its own static frame. */
export const pageFrameKinds = ['guidance', 'site', 'site-on-guidance', 'tool'] as const;
export type PageFrameKind = (typeof pageFrameKinds)[number];

export interface FrameDetails {
  guidance: { online?: boolean };
  site: { online?: boolean };
  'site-on-guidance': { online?: boolean };
  tool: Record<string, never>;
  /** `name`: what the document is ("Plan van aanpak"); `detail`: whose or which, as typed (may be empty). */
  document: { name: string; detail?: string };
}
export type FrameKind = keyof FrameDetails;

export interface PrintFrame {
  /** The running head of every printed page. */
  head: string;
  /** Who wrote it, on the first printed page; `withGuidance`: the guidance's title and authors follow. */
  credit: { label: string; withGuidance: boolean };
  /** A QR code back to the page on its first printed page (when the site's address is known). */
  qr: boolean;
}

/** The guidance as the running head names it: its authors, short, and when it was written. */
const guidanceAuthors = `${listText(sourceText.shortOrganisations, 'en')} (${sourceText.dateLabel})`;
const toolHead = t.print.head.tool(t.site.name, guidanceAuthors);

/**
 * The frame of a printed page. `online: false` for a page whose content comes from this device or
 * from its address: a QR code would lead to something else.
 */
export function printFrame<K extends FrameKind>(kind: K, details: FrameDetails[K]): PrintFrame {
  const online = (details as { online?: boolean }).online !== false;
  switch (kind) {
    case 'guidance':
      return {
        head: `${sourceText.title} · ${guidanceAuthors}`,
        credit: { label: t.print.credit.guidance, withGuidance: true },
        qr: online,
      };
    case 'site':
      return { head: t.print.head.site(t.site.name), credit: { label: t.print.credit.site, withGuidance: false }, qr: online };
    case 'site-on-guidance':
      return {
        head: t.print.head.siteOnGuidance(t.site.name, guidanceAuthors),
        credit: { label: t.print.credit.siteOnGuidance, withGuidance: true },
        qr: online,
      };
    case 'tool':
      return { head: toolHead, credit: { label: t.print.credit.tool, withGuidance: true }, qr: false };
    default: {
      const { name, detail } = details as FrameDetails['document'];
      return { head: `${documentName(name, detail)} · ${toolHead}`, credit: { label: t.print.credit.tool, withGuidance: true }, qr: false };
    }
  }
}

/** How a page prints: its kind, and whether it shows the same online on any device. */
export interface PagePrint {
  kind: PageFrameKind;
  online: boolean;
}

/** Every page that is not an entry of the guidance collection: this site's pages built from it. */
export const builtPagePrint: PagePrint = { kind: 'site-on-guidance', online: true };

/**
 * How an entry of the guidance collection prints, from its `kind` and `template`: the chapters,
 * the databanks and the literature list are the guidance's; the home page is this site's, from the
 * guidance; the tools are the tools'; the pages about the site are this site's, and the search page
 * shows what its address asks for.
 */
export function guidancePagePrint(page: { kind: PageKind; template: string; path: string }): PagePrint {
  if (page.kind === 'hulpmiddel') return { kind: 'tool', online: false };
  if (page.kind === 'over') return { kind: 'site', online: page.path !== paths.search };
  if (page.template === 'home') return builtPagePrint;
  return { kind: 'guidance', online: true };
}

/** The paper form's own name, as its heading says, in the head of a blank form. */
const blankForms: Readonly<Record<BlankForm, string>> = {
  schoolscan: schoolscanStrings.paper.heading,
  werkblad: werkbladStrings.paper.heading,
};

/**
 * The inline style of a kind of page: the custom properties the margin boxes of print.css show.
 * A tool page puts the document's name (`--print-document`, set by the tool) before its head;
 * a blank form is named by the mark "Lege scan afdrukken" sets (print-blank.ts) or, without
 * JavaScript, by the paper form being the page.
 */
export function printFrameStyle(kind: PageFrameKind): string {
  const frame = printFrame(kind, {});
  const source = kind === 'tool' ? `var(${printDocumentProperty},"") ${cssString(frame.head)}` : cssString(frame.head);
  const root =
    `:root{--print-source:${source};--print-site:${cssString(t.site.name)};` +
    `--print-page:${cssString(t.print.page)};--print-of:${cssString(t.print.of)};--print-address:"";--print-date:""}`;
  if (kind !== 'tool') return root;
  const blank = Object.entries(blankForms).map(([form, name]) => ({ form, name: cssString(`${name} · `) }));
  return (
    root +
    blank.map(({ form, name }) => `html[data-print-blank=${form}]{${printDocumentProperty}:${name}!important}`).join('') +
    `@media (scripting:none){${blank.map(({ form, name }) => `:root:has([data-paper-blank=${form}]){${printDocumentProperty}:${name}}`).join('')}}`
  );
}

/** Every inline style of the site, for the Content-Security-Policy. */
export const inlineStyles = pageFrameKinds.map(printFrameStyle);
