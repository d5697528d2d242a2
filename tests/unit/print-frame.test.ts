import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/i18n/nl';
import { schoolscanStrings } from '../../src/lib/i18n/schoolscan.nl';
import { werkbladStrings } from '../../src/lib/i18n/werkblad.nl';
import { printMetaScript } from '../../src/lib/inline-scripts';
import { cssString, documentName } from '../../src/lib/print-document';
import { guidancePagePrint, inlineStyles, pageFrameKinds, printFrame, printFrameStyle } from '../../src/lib/print-frame';
import { sourceText } from '../../src/lib/source-text';
import type { PageKind } from '../../src/lib/content-schemas';

const authors = 'Trimbos-instituut, NIP, NJi, NCJ en Pharos (voorjaar 2021)';

describe('printFrame: who wrote what is printed', () => {
  it('a page of the guidance names the guidance and its authors, and has a QR code back to it', () => {
    const frame = printFrame('guidance', {});

    expect(frame.head).toBe(`${sourceText.title} · ${authors}`);
    expect(frame.credit).toEqual({ label: t.print.credit.guidance, withGuidance: true });
    expect(frame.qr).toBe(true);
  });

  it('a page this site wrote about itself says so and does not name the guidance', () => {
    const frame = printFrame('site', {});

    expect(frame.head).toBe('Tekst van de site Welbevinden van leerlingen');
    expect(frame.head).not.toContain('handreiking');
    expect(frame.credit).toEqual({ label: t.print.credit.site, withGuidance: false });
    expect(frame.qr).toBe(true);
  });

  it('a page this site wrote from the guidance names this site as its author and the guidance as its basis', () => {
    const frame = printFrame('site-on-guidance', {});

    expect(frame.head).toBe(`Tekst van de site Welbevinden van leerlingen, op basis van de handreiking van ${authors}`);
    expect(frame.head.startsWith(sourceText.title)).toBe(false);
    expect(frame.credit).toEqual({ label: t.print.credit.siteOnGuidance, withGuidance: true });
  });

  it('a page whose content comes from the device or its address has no QR code', () => {
    expect(printFrame('guidance', { online: false }).qr).toBe(false);
    expect(printFrame('site', { online: false }).qr).toBe(false);
    expect(printFrame('site-on-guidance', { online: false }).qr).toBe(false);
    expect(printFrame('tool', {}).qr).toBe(false);
  });

  it('a tool page says the print was made with this site, on the basis of the guidance', () => {
    const frame = printFrame('tool', {});

    expect(frame.head).toBe(`Gemaakt met de site Welbevinden van leerlingen, op basis van de handreiking van ${authors}`);
    expect(frame.credit).toEqual({ label: t.print.credit.tool, withGuidance: true });
  });

  it('a document from a tool is named first: the plan with its school, the scan and the worksheet with their titles', () => {
    const made = printFrame('tool', {}).head;

    expect(printFrame('document', { name: 'Plan van aanpak', detail: 'OBS De Regenboog' }).head).toBe(
      `Plan van aanpak · OBS De Regenboog · ${made}`,
    );
    expect(printFrame('document', { name: 'Schoolscan', detail: 'Groep 7, najaar' }).head).toBe(`Schoolscan · Groep 7, najaar · ${made}`);
    expect(printFrame('document', { name: 'Werkblad', detail: 'Rots en Water' }).head).toBe(`Werkblad · Rots en Water · ${made}`);
    for (const kind of ['document'] as const) {
      const frame = printFrame(kind, { name: 'Plan van aanpak', detail: 'OBS De Regenboog' });
      expect(frame.qr).toBe(false);
      expect(frame.head).not.toContain(t.print.credit.guidance);
    }
  });

  it('a plan without a school is named without one, not with an empty part', () => {
    const made = printFrame('tool', {}).head;

    expect(printFrame('document', { name: 'Plan van aanpak', detail: '' }).head).toBe(`Plan van aanpak · ${made}`);
    expect(printFrame('document', { name: 'Plan van aanpak', detail: '  \n ' }).head).toBe(`Plan van aanpak · ${made}`);
    expect(printFrame('document', { name: 'Plan van aanpak' }).head).toBe(`Plan van aanpak · ${made}`);
  });
});

describe('guidancePagePrint: the kind of a guidance page, from its content fields', () => {
  const entry = (kind: PageKind, path: string, template = 'standaard') => guidancePagePrint({ kind, template, path });

  it('the chapters, the databanks and the literature list are the guidance’s, with a QR code', () => {
    expect(entry('achtergrond', '/onderzoek/')).toEqual({ kind: 'guidance', online: true });
    expect(entry('databank', '/interventies-vinden/')).toEqual({ kind: 'guidance', online: true });
    expect(entry('literatuur', '/literatuur/')).toEqual({ kind: 'guidance', online: true });
  });

  it('the home page is this site’s, on the basis of the guidance', () => {
    expect(entry('achtergrond', '/', 'home')).toEqual({ kind: 'site-on-guidance', online: true });
  });

  it('the tools print the school’s documents, without a QR code', () => {
    expect(entry('hulpmiddel', '/schoolscan/')).toEqual({ kind: 'tool', online: false });
  });

  it('the pages about the site are this site’s; the search page shows what its address asks for, so no QR code', () => {
    expect(entry('over', '/colofon/')).toEqual({ kind: 'site', online: true });
    expect(entry('over', '/toegankelijkheid/')).toEqual({ kind: 'site', online: true });
    expect(entry('over', '/zoeken/')).toEqual({ kind: 'site', online: false });
  });
});

describe('printFrameStyle: the inline style per kind of page', () => {
  it('sets the running head of the kind as a CSS string', () => {
    expect(printFrameStyle('guidance')).toContain(`--print-source:${cssString(printFrame('guidance', {}).head)};`);
    expect(printFrameStyle('site')).toContain(`--print-source:${cssString(printFrame('site', {}).head)};`);
  });

  it('on a tool page puts the document’s name, when there is one, before "Gemaakt met …"', () => {
    expect(printFrameStyle('tool')).toContain(`--print-source:var(--print-document,"") ${cssString(printFrame('tool', {}).head)};`);
  });

  it('names a blank form by its heading, printed with the button or as the page without JavaScript', () => {
    const style = printFrameStyle('tool');
    for (const [form, heading] of [
      ['schoolscan', schoolscanStrings.paper.heading],
      ['werkblad', werkbladStrings.paper.heading],
    ]) {
      const name = `--print-document:${cssString(`${heading} · `)}`;
      expect(style).toContain(`html[data-print-blank=${form}]{${name}!important}`);
      expect(style).toContain(`:root:has([data-paper-blank=${form}]){${name}}`);
    }
    expect(style).toMatch(/@media \(scripting:none\)\{:root:has/);
    expect(printFrameStyle('guidance')).not.toContain('print-blank');
  });

  it('gives the Content-Security-Policy one style per kind', () => {
    expect(inlineStyles).toEqual(pageFrameKinds.map(printFrameStyle));
    expect(new Set(inlineStyles).size).toBe(pageFrameKinds.length);
  });
});

describe('the document’s name and cssString', () => {
  it('names the document and whose it is, on one line', () => {
    expect(documentName('Plan van aanpak', 'OBS De Regenboog')).toBe('Plan van aanpak · OBS De Regenboog');
    expect(documentName('Schoolscan', '  Groep 7\n en 8  ')).toBe('Schoolscan · Groep 7 en 8');
    expect(documentName('Plan van aanpak', ' ')).toBe('Plan van aanpak');
  });

  it('writes text as one CSS string: quotes and backslashes escaped, line breaks as a space', () => {
    expect(cssString('Plan "A"')).toBe('"Plan \\"A\\""');
    expect(cssString('a\\b')).toBe('"a\\\\b"');
    expect(cssString('regel 1\nregel 2\r\n\fregel 3')).toBe('"regel 1 regel 2 regel 3"');
  });

  it('leaves no quote in the text that could end the string', () => {
    const hostile = '"; } html { display: none } :root { --x: "\\';
    const written = cssString(hostile);
    const inside = written.slice(1, -1);
    // Every quote inside is escaped: it follows an odd number of backslashes.
    for (const match of inside.matchAll(/(\\*)"/g)) expect((match[1] ?? '').length % 2).toBe(1);
    // The closing quote follows an even number of backslashes: it is not escaped.
    expect((/(\\*)"$/.exec(written)?.[1] ?? '').length % 2).toBe(0);
  });

  it('is the escaping the print script uses for the document’s name', () => {
    expect(printMetaScript).toContain("n?n.dataset.printDocument+' · ':''");
    expect(printMetaScript).toContain('JSON.stringify(v)');
    const name = documentName('Werkblad', 'Rots "en" Water\\');
    expect(JSON.stringify(`${name} · `)).toBe(cssString(`${name} · `));
  });
});
