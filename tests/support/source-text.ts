/**
 * The source text split into the parts the fidelity tests check: section titles, paragraphs,
 * the list of intervention types, the domains, the five questions, the research outcomes and
 * the literature list. Everything is derived from the text, nothing is typed in by hand.
 */
import { readFileSync } from 'node:fs';
import { sourceTextFile } from './paths';

export const sourceText = readFileSync(sourceTextFile, 'utf8');
const lines = sourceText.split('\n').map((line) => line.trim());

/** Lines that are headings in the source: short lines ending in "?" plus "Literatuur". */
export const sectionTitles = lines.filter((line) => /^[A-Z][^.]{5,60}\?$/.test(line));

function between(start: string, end: string): string[] {
  const from = lines.indexOf(start);
  const to = lines.indexOf(end, from + 1);
  if (from === -1 || to === -1) throw new Error(`Source text has no section from "${start}" to "${end}"`);
  return lines.slice(from + 1, to).filter(Boolean);
}

/** The 48 entries of the literature list, without the "- " some lines start with. */
export const literature = between('Literatuur', 'Trimbos-instituut').map((line) => line.replace(/^- /, ''));

/** The list items under "Wat voor type interventies zijn er?". */
export const interventionTypes = between('Wat voor type interventies zijn er?', 'Waar kun je effectieve interventies vinden?')
  .filter((line) => line.startsWith('- '))
  .map((line) => line.slice(2));

/** The numbered questions. */
export const questions = lines.filter((line) => /^\d\. /.test(line)).map((line) => line.replace(/^\d\. /, ''));

/** "... kan gedacht worden aan de volgende domeinen: a, b, c." → the 11 domains. */
export const domains = (() => {
  const match = /volgende domeinen: (.+)\.$/m.exec(sourceText);
  if (!match?.[1]) throw new Error('Source text has no list of domains');
  return match[1].split(', ');
})();

/** "... leidt tot a, b, ..., y en z." → the research outcomes. */
export const researchOutcomes = (() => {
  const match = /welbevinden van leerlingen leidt tot (.+)\.$/m.exec(sourceText);
  if (!match?.[1]) throw new Error('Source text has no list of research outcomes');
  const items = match[1].split(', ');
  const last = items.pop() ?? '';
  const split = last.lastIndexOf(' en ');
  return [...items, last.slice(0, split), last.slice(split + 4)];
})();

/**
 * Placeholders of the source that no page may show. The site replaces each one
 * as described there; the fidelity test compares the rest of the paragraph word for word.
 */
export const placeholders = [
  { text: ', (*en hier de link naar de praktijkkaart toevoegen*)', rule: 'the praktijkkaart link becomes the site’s own scan' },
  { text: ' ([klik hier](#))', rule: 'a publication whose address is unknown is named as text' },
  { text: '[Mentale gezondheid voor jongeren \\(nji.nl\\)](#)', rule: 'named as text' },
] as const;

/**
 * Running-text paragraphs of the guidance (before the literature list), joined where a page break
 * cut one, without placeholders. A paragraph that introduces a list (the domains, the research
 * outcomes) ends at its colon: the list items are checked one by one.
 */
export const paragraphs = (() => {
  const body = sourceText.slice(0, sourceText.indexOf('\nLiteratuur\n'));
  const withoutPlaceholders = placeholders.reduce((text, placeholder) => text.replace(placeholder.text, ''), body);
  return withoutPlaceholders
    .replace(/zorgen\n\nover/, 'zorgen over')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .map((block) => block.replace(/(volgende domeinen:|leidt tot) .+$/, '$1'))
    .filter(
      (block) => block.length > 30 && !block.endsWith('?') && !block.startsWith('- ') && !block.startsWith('<') && !/^\d\. /.test(block),
    );
})();

/** The authors at the end of the source. */
export const authors = lines.slice(lines.indexOf('Auteurs') + 1).filter(Boolean);

/** The contact block (organisation, postbus, postcode, phone). */
export const contact = ['Trimbos-instituut', ...between('Trimbos-instituut', 'Auteurs')];

/** Letters and digits only, single spaces: compares wording, not typography or markup. */
export function words(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The source's words, padded so that a match is always of whole words. */
const sourceWords = ` ${words(sourceText)} `;

/**
 * True for a part of a text (a sentence, a heading) of at least four words that stands word for
 * word in the source: a quotation of the guidance, which keeps the guidance's own words.
 */
export function quotesSource(part: string): boolean {
  const partWords = words(part);
  return partWords.split(' ').length >= 4 && sourceWords.includes(` ${partWords} `);
}
