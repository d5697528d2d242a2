/**
 * The presentation of a team session on the projector (PresentView.tsx), in its own module so that
 * they load with the presentation, not with the other session views. Its heading, and the way
 * back to the session, are in session.nl.ts: the island names the view before it loads.
 */
export const presentStrings = {
  position: 'Domein {n} van {total}',
  toDiscuss: 'Teamleden verschillen twee stappen of meer',
  answers: 'Zo schatten de teamleden het in',
  notesSeen: 'Wat zien we? (notities van teamleden, zonder naam)',
  notesGoing: 'Wat gaat goed? (notities van teamleden, zonder naam)',
  noNotes: 'Geen notities.',
  agreedLegend: 'Wat spreekt het team af?',
  previous: 'Vorig domein',
  next: 'Volgend domein',
  keys: 'Met pijltje links en rechts ga je naar het vorige of volgende domein, met Home en End naar het eerste of laatste. Met Esc stop je met bespreken.',
  fullScreen: 'Volledig scherm',
  leave: 'Stoppen met bespreken',
  notesLabel: 'Notities van de teamleden',
  readMore: 'Lees verder',
  readLess: 'Minder tonen',
  notSaved: 'Je keuze is niet opgeslagen. Kies ‘Stoppen met bespreken’ en lees de melding bovenaan.',
  finish: 'Opslaan en naar het resultaat',
  finished: 'De afspraken van het team zijn opgeslagen in ‘{title}’.',
} as const;

export type PresentStrings = typeof presentStrings;
