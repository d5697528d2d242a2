/**
 * Facts about the source text that several pages show. They come from the source itself:
 * it carries no date, but its newest reference is from February 2021 and it announces a
 * step-by-step plan "in mei", so it was written in spring 2021.
 */
export const sourceText = {
  title: 'Interventies gericht op het welbevinden van leerlingen',
  dateLabel: 'voorjaar 2021',
  /** The same date inside a sentence: "geschreven in het voorjaar van 2021". */
  dateInSentence: 'het voorjaar van 2021',
  organisations: [
    'Trimbos-instituut',
    'NIP schoolpsychologen',
    'Nederlands Jeugdinstituut (NJi)',
    'Nederlands Centrum Jeugdgezondheid (NCJ)',
    'Pharos',
  ],
  /** The same organisations as they are usually abbreviated, for the running head of a handout. */
  shortOrganisations: ['Trimbos-instituut', 'NIP', 'NJi', 'NCJ', 'Pharos'],
} as const;
