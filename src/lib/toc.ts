/**
 * "Op deze pagina": which pages get a table of contents, and what it lists. A long page with
 * several sections gets one; a short page does not, however many headings it has (the colofon
 * has six short sections and fits in a few screens). The literature list gets an A–Z jump.
 */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** When a page is long enough for a table of contents. */
export interface TocRule {
  /** Second-level headings the page needs at least. */
  minimumSections: number;
  /** Words of running text the page needs at least: about four screens of a phone. */
  minimumWords: number;
}

export const tocRule: TocRule = { minimumSections: 3, minimumWords: 500 };

/** Second- and third-level headings; the page title (h1) is not listed. */
export function tocHeadings(headings: readonly Heading[]): Heading[] {
  return headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
}

/** True for a page with at least `minimumSections` sections and `minimumWords` words. */
export function shouldShowToc(headings: readonly Heading[], words: number, rule: TocRule = tocRule): boolean {
  return headings.filter((heading) => heading.depth === 2).length >= rule.minimumSections && words >= rule.minimumWords;
}

/** Words a reader sees in a piece of rendered HTML: the text outside tags, scripts and styles. */
export function wordCount(html: string): number {
  const text = html
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[#\w]+;/g, ' ');
  return text.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** One letter of an A–Z jump: the letter and the anchor of the first entry filed under it. */
export interface LetterLink {
  letter: string;
  slug: string;
}

/**
 * The initial a list entry is filed under: the first letter of its sort name, without accents,
 * in capitals ("Özdemir" and "oudere" under O); "#" for a name that starts with another sign.
 */
export function fileLetter(sortName: string): string {
  const first = sortName.trim().normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toLocaleUpperCase('nl');
  return /^[A-Z]$/.test(first) ? first : '#';
}

/**
 * An A–Z jump for a list in alphabetical order: for every letter that occurs, the first entry
 * under it, in the list's order. Entries must already be sorted; an entry out of order throws,
 * because the jump would then skip part of its letter.
 */
export function alphabetJump<T>(entries: readonly T[], sortName: (entry: T) => string, slug: (entry: T) => string): LetterLink[] {
  const links: LetterLink[] = [];
  for (const entry of entries) {
    const letter = fileLetter(sortName(entry));
    const last = links.at(-1);
    if (last?.letter === letter) continue;
    if (links.some((link) => link.letter === letter)) {
      throw new Error(
        `alphabetJump: "${slug(entry)}" is filed under ${letter} but comes after ${last?.letter ?? 'nothing'}; sort the list first.`,
      );
    }
    links.push({ letter, slug: slug(entry) });
  }
  return links;
}
