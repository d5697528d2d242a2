/**
 * Interface text every tool shares (the schoolscan and the werkblad spread it into their own
 * strings): the privacy line, saving, and the words of forms, deleting and importing.
 */
export const toolStrings = {
  privacy:
    'Je vult hier geen namen van leerlingen in. Alles wat je invult, blijft op dit apparaat in je browser en wordt nergens naartoe gestuurd.',
  saved: 'Opgeslagen',
  /** Shown under the heading of a view where work is edited: saving is visible, not only announced. */
  autosave: {
    waiting: 'Wat je invult, wordt automatisch opgeslagen op dit apparaat.',
    saved: 'Automatisch opgeslagen op dit apparaat, {time}.',
    problem: 'Niet opgeslagen. Lees de melding hierboven.',
  },
  storage: {
    notBackedUp: 'Ook apart zetten lukte niet, dus deze pagina slaat niets op tot je de oude gegevens hebt gedownload.',
    downloadOld: 'Download de oude gegevens',
    dismiss: 'Melding sluiten',
    replaced:
      'In een ander tabblad is een veld gewijzigd waarin je hier had getypt. Daardoor is je tekst vervangen. Je kunt hem terugzetten:',
    putBack: 'Deze tekst terugzetten',
  },
  backup: {
    heading: 'Alles bewaren als bestand',
    intro:
      'Je werk staat alleen in deze browser. Bewaar het af en toe als bestand: je scans en werkbladen samen. Met ‘Importeren’ zet je het later terug, ook op een ander apparaat.',
    button: 'Alles bewaren als bestand',
    last: 'Laatst als bestand bewaard: {date}.',
    never: 'Nog niet als bestand bewaard.',
    changed: 'Je hebt sindsdien dingen gewijzigd.',
    persisted: 'Je browser houdt dit werk vast, ook als de opslag vol raakt.',
    notPersisted:
      'Je browser kan dit werk wissen als je de site lang niet gebruikt of als de opslag vol raakt. Bewaar het daarom ook als bestand.',
    done: 'Het bestand is gemaakt. Bewaar het op een plek waar je het terugvindt.',
    restored: 'Teruggezet uit {file}: {scans} en {worksheets}.',
    notAll:
      'Niet alles uit {file} kon worden bewaard: de opslag van je browser is vol. Verwijder wat je niet meer nodig hebt en importeer het bestand opnieuw.',
    scans: { one: '{count} scan', other: '{count} scans' },
    worksheets: { one: '{count} werkblad', other: '{count} werkbladen' },
    fileName: 'welbevinden-alles-{date}.json',
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
    'not-utf8':
      '{file} is geen tekstbestand (bijvoorbeeld een spreadsheet of een afbeelding). Kies het .json-bestand dat deze site heeft gemaakt.',
    'duplicate-ids':
      '{file} bevat twee keer hetzelfde onderdeel ({ids}). Het bestand is met de hand gewijzigd of beschadigd; exporteer het opnieuw.',
    'impossible-date':
      '{file} bevat een datum die niet bestaat. Het bestand is met de hand gewijzigd of beschadigd; exporteer het opnieuw.',
    'impossible-count':
      '{file} bevat een aantal dat niet kan kloppen (bijvoorbeeld een team van meer dan 100 teamleden). Exporteer het bestand opnieuw.',
  },
} as const;
