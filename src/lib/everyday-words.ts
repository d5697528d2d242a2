/** The everyday words of a domain (domains.yaml, `everydayWords`) as one line to read or tap. */

const orList = new Intl.ListFormat('nl', { style: 'long', type: 'disjunction' });

/** "Somber, neerslachtig of weinig plezier": the words in their order, joined with "of", capital first letter. */
export function everydayPhrase(words: readonly string[]): string {
  const phrase = orList.format(words);
  const index = phrase.search(/\p{L}/u);
  return index === -1 ? phrase : `${phrase.slice(0, index)}${phrase.charAt(index).toLocaleUpperCase('nl')}${phrase.slice(index + 1)}`;
}
