/**
 * Consistent, APA-like rendering of the literature list. A citation is a list of segments so
 * that components can set titles and journals in italics without building HTML strings.
 */
import type { Author, ReferenceData } from './content-schemas';
import { t } from './i18n/nl';

export interface Segment {
  text: string;
  italic?: boolean;
}

/** "J.A." → "J. A." (APA puts a space between initials). */
export function spacedInitials(given: string): string {
  return given.replace(/\.(?=[A-ZÀ-Ý])/g, '. ').replace(/\.-/g, '.-');
}

/** Dutch name particles before a family name: "de", "van", "van der", "ten" ... */
const particle = '(?:van|de|der|den|het|ten|ter|te)';
const particlePattern = new RegExp(`^((?:${particle}\\s+)+)(.+)$`, 'i');
const endsInParticle = new RegExp(`\\s${particle}$`);

/**
 * "Van Lier" → { particle: "van", name: "Lier" }. Dutch lists file a name under its main part
 * and put the particle after the initials: "Lier, P. A. C. van".
 */
export function splitParticle(family: string): { particle: string; name: string } {
  const match = particlePattern.exec(family);
  if (!match?.[1] || !match[2]) return { particle: '', name: family };
  return { particle: match[1].trim().toLowerCase(), name: match[2] };
}

/** "Durlak, J. A.", "Lier, P. A. C. van", or the organisation's name. */
export function formatAuthor(author: Author): string {
  if ('organisation' in author) return author.organisation;
  const { particle, name } = splitParticle(author.family);
  const initials = author.given ? ` ${spacedInitials(author.given)}` : '';
  return `${name},${initials}${particle ? ` ${particle}` : ''}`.replace(/,$/, '');
}

/** "A, B, & C" (APA keeps the comma before "&"); with `etAl` the list ends in "et al." because the source lists only the first authors. */
export function formatAuthorList(authors: readonly Author[], etAl = false): string {
  const names = authors.map(formatAuthor);
  if (etAl) return `${names.join(', ')}, ${t.references.etAl}`;
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

/** "(2011)", "(z.j.)" when the source gives no year, "(2021, februari)" with a date note. */
export function formatYear(entry: Pick<ReferenceData, 'year' | 'dateNote'>): string {
  if (entry.year === null) return `(${t.references.noYear})`;
  const month = entry.dateNote?.replace(String(entry.year), '').trim();
  return month ? `(${entry.year}, ${month})` : `(${entry.year})`;
}

/** Ends a piece of text with a full stop unless it already ends in punctuation. */
export function withStop(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** The author element ends in a stop, except after a particle: "Lier, P. A. C. van (2002)". */
function closeAuthors(authors: string): string {
  return endsInParticle.test(authors) ? authors : withStop(authors);
}

function placePublisher(entry: ReferenceData): string | undefined {
  if (entry.place && entry.publisher) return `${entry.place}: ${entry.publisher}`;
  return entry.publisher ?? entry.place;
}

/** "405-432" → "405–432": page ranges take an en dash. */
export function pageRange(pages: string): string {
  return pages.replace(/(\w)-(\w)/g, '$1–$2');
}

/** "A, B, & C": the names of editors as the source writes them. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return `${names[0]} & ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

function volumeIssuePages(entry: ReferenceData): Segment[] {
  const segments: Segment[] = [];
  if (entry.volume) segments.push({ text: ', ' }, { text: entry.volume, italic: true });
  if (entry.issue) segments.push({ text: `(${entry.issue})` });
  if (entry.pages) segments.push({ text: `, ${pageRange(entry.pages)}` });
  return segments;
}

/** The full citation as segments, ready to render. */
export function citationSegments(entry: ReferenceData): Segment[] {
  const head: Segment[] = [{ text: `${closeAuthors(formatAuthorList(entry.authors, entry.etAl))} ${formatYear(entry)}. ` }];
  const publication = placePublisher(entry);

  switch (entry.kind) {
    case 'article': {
      return [
        ...head,
        { text: `${withStop(entry.title)} ` },
        { text: entry.container ?? '', italic: true },
        ...volumeIssuePages(entry),
        { text: '.' },
      ];
    }
    case 'chapter': {
      const editors = entry.editors?.length ? `${joinNames(entry.editors)} ${t.references.editors}, ` : '';
      const pages = entry.pages ? ` (pp. ${pageRange(entry.pages)})` : '';
      return [
        ...head,
        { text: `${withStop(entry.title)} ${t.references.inBook} ${editors}` },
        { text: entry.container ?? '', italic: true },
        { text: `${pages}.${publication ? ` ${withStop(publication)}` : ''}` },
      ];
    }
    case 'thesis':
    case 'book':
    case 'report': {
      const details = [entry.container, publication].filter(Boolean).map((part) => withStop(part ?? ''));
      const title: Segment[] =
        entry.kind === 'thesis'
          ? [{ text: entry.title, italic: true }, { text: ` [${t.references.thesis}].` }]
          : [{ text: withStop(entry.title), italic: true }];
      return [...head, ...title, ...(details.length ? [{ text: ` ${details.join(' ')}` }] : [])];
    }
  }
}

/** Plain text of a citation, for tests and for search excerpts. */
export function citationText(entry: ReferenceData): string {
  return citationSegments(entry)
    .map((segment) => segment.text)
    .join('');
}

function familyOf(author: Author | undefined): string {
  if (!author) return '';
  return 'organisation' in author ? author.organisation : splitParticle(author.family).name;
}

/**
 * Sort key in the order of Dutch and APA reference lists: first author's main family name
 * (particles do not count), single-author works before works with co-authors, then the
 * co-authors, then the year.
 */
export function sortKey(entry: Pick<ReferenceData, 'authors' | 'year'>): string[] {
  const [first, ...others] = entry.authors;
  return [familyOf(first), others.length === 0 ? '0' : '1', others.map(familyOf).join(' '), String(entry.year ?? 0)];
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

type SortFields = Pick<ReferenceData, 'authors' | 'year'>;

/** The literature list in alphabetical order, the way Dutch reference lists sort. */
export function sortReferences<T>(entries: readonly T[], fields: (entry: T) => SortFields): T[] {
  const compare = (a: string[], b: string[]) => a.reduce((result, part, index) => result || collator.compare(part, b[index] ?? ''), 0);
  return [...entries].sort((a, b) => compare(sortKey(fields(a)), sortKey(fields(b))));
}

/** "Durlak et al. (2011): The impact of enhancing…": the title of a literature entry in search results. */
export function searchTitle(entry: Pick<ReferenceData, 'authors' | 'etAl' | 'year' | 'title'>): string {
  const family = (author: Author) => ('organisation' in author ? author.organisation : author.family);
  const [first, second] = entry.authors;
  const year = entry.year === null ? t.references.noYear : String(entry.year);
  let names = first ? family(first) : '';
  if (entry.authors.length === 2 && second && !entry.etAl) names = `${names} & ${family(second)}`;
  else if (entry.authors.length > 1 || entry.etAl) names = `${names} ${t.references.etAl}`;
  return `${names} (${year}): ${entry.title}`;
}
