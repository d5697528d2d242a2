/** Which headings of a page go into its table of contents, and whether it gets one. */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Second- and third-level headings; the page title (h1) is not listed. */
export function tocHeadings(headings: readonly Heading[]): Heading[] {
  return headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
}

/** A page is long enough for a table of contents when it has at least three sections. */
export function shouldShowToc(headings: readonly Heading[], minimumSections = 3): boolean {
  return headings.filter((heading) => heading.depth === 2).length >= minimumSections;
}
