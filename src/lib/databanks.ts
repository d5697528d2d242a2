/**
 * How a databank introduces itself on the site: its name once, and the organisation behind it
 * only when that says something the name does not.
 */

/** The organisation line under a databank's name, or undefined when it would repeat the name. */
export function organisationLine(name: string, organisation: string): string | undefined {
  const plain = (text: string) => text.toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim();
  return plain(organisation).includes(plain(name)) ? undefined : organisation;
}
