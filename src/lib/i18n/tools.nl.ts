/**
 * Interface text every tool shares (the schoolscan and the werkblad spread it into their own
 * strings): the privacy line, saving, and the words of forms, deleting and importing.
 */
export const toolStrings = {
  privacy:
    'Je vult hier geen namen van leerlingen in. Alles wat je invult, blijft op dit apparaat in je browser en wordt nergens naartoe gestuurd.',
  saved: 'Opgeslagen',
  storage: {
    notBackedUp: 'Ook apart zetten lukte niet, dus deze pagina slaat niets op tot je de oude gegevens hebt gedownload.',
    downloadOld: 'Download de oude gegevens',
    dismiss: 'Melding sluiten',
  },
  forms: {
    summaryTitle: 'Er is een probleem',
    errorPrefix: 'Fout:',
  },
  removal: {
    confirmDeleteYes: 'Ja, verwijderen',
    cancel: 'Annuleren',
    undo: 'Ongedaan maken',
  },
  importErrors: {
    errorTitle: 'Het importeren is niet gelukt',
    empty: '{file} is leeg.',
    'newer-version':
      '{file} is gemaakt met een nieuwere versie van deze site (versie {version}). Laad de pagina opnieuw om de nieuwste versie te krijgen, en probeer het dan nog eens.',
    unreadable: '{file} kon niet worden gelezen.',
  },
} as const;
