/**
 * Interface text every tool shares (the schoolscan and the werkblad spread it into their own
 * strings): the privacy line, saving, and the words of forms, deleting and importing.
 */
export const toolStrings = {
  privacy:
    'Je vult hier geen namen van leerlingen in. Alles wat je invult, blijft op dit apparaat in je browser en wordt nergens naartoe gestuurd.',
  saved: 'Opgeslagen',
  /** While a view that loads on use arrives. */
  opening: 'Even geduld…',
  /** When such a view did not load (the connection dropped). */
  openFailed: 'Dit deel van de tool kon niet worden geladen. Controleer de internetverbinding en probeer het opnieuw.',
  openAgain: 'Opnieuw proberen',
  /** Shown under the heading of a view where work is edited: saving is visible, not only announced. */
  autosave: {
    waiting: 'Wat je invult, wordt automatisch opgeslagen op dit apparaat.',
    saved: 'Automatisch opgeslagen op dit apparaat, {time}.',
    problem: 'Niet alles is opgeslagen. Lees de melding hierboven.',
  },
  storage: {
    notBackedUp: 'Ook apart zetten lukte niet, dus deze pagina slaat niets op tot je de oude gegevens hebt gedownload.',
    downloadOld: 'Download de oude gegevens',
    dismiss: 'Melding sluiten',
    replaced:
      'In een ander tabblad is een veld gewijzigd waarin je hier had getypt. Daardoor is je tekst vervangen. Je kunt hem terugzetten:',
    putBack: 'Deze tekst terugzetten',
    /** What could not be stored, listed by title until it is stored or downloaded. */
    unsavedTitle: 'Niet opgeslagen',
    unsavedMore: { one: 'en nog {count} andere', other: 'en nog {count} andere' },
    untitled: 'zonder titel',
    downloadUnsaved: 'Download wat niet is opgeslagen',
    saveAgain: 'Opnieuw opslaan',
    unsavedKept:
      'Het bestand is gemaakt. Het staat nog niet in de opslag van je browser: met ‘Toevoegen uit een bestand’ zet je het later terug.',
    /** "{size}": "2,4 MB". */
    use: 'Je werk op deze site neemt {size} in beslag in de opslag van je browser.',
  },
  backup: {
    heading: 'Download alles als één bestand',
    intro:
      'Je werk staat alleen in deze browser. Download het af en toe als één bestand: je scans en werkbladen samen. Met ‘Toevoegen uit een bestand’ zet je het later terug, ook op een ander apparaat.',
    button: 'Download alles als één bestand',
    last: 'Laatst gedownload als bestand: {date}.',
    never: 'Nog niet gedownload als bestand.',
    changed: 'Je hebt sindsdien dingen gewijzigd: download het bestand opnieuw.',
    persisted: 'Je browser houdt dit werk vast, ook als de opslag vol raakt.',
    notPersisted:
      'Je browser kan dit werk wissen als je de site lang niet gebruikt of als de opslag vol raakt. Download het daarom ook als bestand.',
    done: 'Het bestand is gemaakt. Zet het op een plek waar je het terugvindt.',
    restored: 'Teruggezet uit {file}: {scans} en {worksheets}.',
    alreadyHere: 'Al op dit apparaat en niet nog eens toegevoegd: {scans} en {worksheets}.',
    nothingNew: 'Alles uit {file} staat al op dit apparaat. Er is niets veranderd.',
    notAll:
      'Niet alles uit {file} kon worden opgeslagen: de opslag van je browser is vol. Verwijder wat je niet meer nodig hebt en voeg het bestand opnieuw toe.',
    /** Each list of records in a backup (src/lib/backup.ts), counted; `restored` and `alreadyHere` name every list. */
    records: {
      scans: { one: '{count} scan', other: '{count} scans' },
      worksheets: { one: '{count} werkblad', other: '{count} werkbladen' },
    },
    /** Each rest in a backup: restored, or the one on this device kept. */
    rest: {
      plan: {
        added: 'Het plan van aanpak is ook teruggezet.',
        kept: 'Het plan van aanpak op dit apparaat is niet veranderd: het bestand heeft een ander plan.',
      },
    },
    fileName: 'welbevinden-alles-{date}.json',
  },
  forms: {
    summaryTitle: 'Er is een probleem',
    errorPrefix: 'Fout:',
  },
  /** The character count under a field with a limit (text-limit.ts); "{count}" as "1.000". */
  count: {
    left: { one: 'Je kunt nog {count} teken typen.', other: 'Je kunt nog {count} tekens typen.' },
    over: {
      one: 'Dit is {count} teken te veel. De tekst wordt pas opgeslagen als hij korter is.',
      other: 'Dit zijn {count} tekens te veel. De tekst wordt pas opgeslagen als hij korter is.',
    },
  },
  removal: {
    confirmDeleteYes: 'Ja, verwijderen',
    cancel: 'Annuleren',
    undo: 'Ongedaan maken',
  },
  /** While a large file is read before it is added. */
  importProgress: {
    reading: 'Bestand lezen: {percent}%',
    checking: 'Bestand controleren…',
  },
  importErrorTitle: 'Het bestand kon niet worden toegevoegd',
  /** What goes wrong the same way with every tool's file; each tool adds what its own file can get wrong. */
  importErrors: {
    empty: '{file} is leeg.',
    'newer-version':
      '{file} is gemaakt met een nieuwere versie van deze site (versie {version}). Laad de pagina opnieuw om de nieuwste versie te krijgen, en probeer het dan nog eens.',
    unreadable: '{file} kon niet worden gelezen.',
    'not-utf8':
      '{file} is geen tekstbestand (bijvoorbeeld een spreadsheet of een afbeelding). Kies het .json-bestand dat deze site heeft gemaakt.',
    'duplicate-ids':
      '{file} bevat twee keer hetzelfde onderdeel ({ids}). Het bestand is met de hand gewijzigd of beschadigd. Download het opnieuw op het apparaat waar het vandaan komt.',
    'impossible-date':
      '{file} bevat een datum die niet bestaat. Het bestand is met de hand gewijzigd of beschadigd. Download het opnieuw op het apparaat waar het vandaan komt.',
    /** "{needed}", "{free}": sizes such as "2,4 MB". */
    'no-room':
      '{file} past niet in de opslag van je browser: er is {needed} nodig en nog {free} vrij. Er is niets toegevoegd. Maak ruimte: download wat je niet meer nodig hebt als bestand en verwijder het. Of kies een kleiner bestand.',
    'impossible-count':
      '{file} bevat een aantal dat niet kan kloppen (bijvoorbeeld een team van meer dan 100 teamleden). Download het opnieuw op het apparaat waar het vandaan komt.',
  },
} as const;
