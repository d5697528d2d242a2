/**
 * Interface text of the schoolscan island. Plain strings only (they travel to the browser as
 * props): placeholders like {count} are filled by `format()` and `plural()` in src/lib/text.ts.
 */
import { sessionFirstStrings } from './session-first.nl';
import { sessionStrings } from './session.nl';
import { t } from './nl';
import { toolStrings as kit } from './tools.nl';

const base = {
  /** The kit's privacy line, and what a link to a scan (the team session) carries. */
  privacy: `${kit.privacy} Stuur je een teamlid of coördinator een link naar je scan, dan staan je inschattingen en notities in die link.`,
  backup: kit.backup,
  saved: kit.saved,
  opening: kit.opening,
  openFailed: kit.openFailed,
  openAgain: kit.openAgain,
  count: kit.count,
  autosave: kit.autosave,
  notSaved: 'Niet opgeslagen',
  views: {
    list: 'Je scans',
    create: 'Nieuwe scan',
    details: 'Gegevens van de scan',
    rate: 'Inschatten',
    result: 'Resultaat',
    compare: 'Scans vergelijken',
    team: 'Teamoverzicht',
  },
  nav: {
    label: 'Schoolscan',
    backToList: 'Terug naar je scans',
    toResult: 'Naar het resultaat',
    toRating: 'Terug naar inschatten',
    editDetails: 'Gegevens wijzigen',
  },
  storage: {
    unavailable:
      'Je browser staat opslaan niet toe, bijvoorbeeld in een privévenster. Je kunt de scan gewoon invullen, maar als je dit tabblad sluit, is hij weg. Download je scan als bestand, dan raak je hem niet kwijt.',
    full: 'De opslag van je browser is vol. Wat hieronder staat, is alleen nog in dit tabblad: sluit je het tabblad of laad je de pagina opnieuw, dan ben je het kwijt. Download het als bestand. Maak daarna ruimte: download scans die je niet meer nodig hebt en verwijder ze. Kies dan ‘Opnieuw opslaan’.',
    unsavedCount: { one: '{count} scan is niet opgeslagen.', other: '{count} scans zijn niet opgeslagen.' },
    restName: '',
    rejected:
      'Deze wijziging kon niet worden opgeslagen, omdat de gegevens niet kloppen. Je werk staat nog in dit tabblad; download de scan als bestand, dan raak je hem niet kwijt.',
    invalid:
      'Opgeslagen scans op dit apparaat konden niet worden gelezen, omdat ze niet kloppen. Ze zijn niet gewist, maar apart gezet; de andere scans staan hieronder. Download de apart gezette scans, dan raak je de tekst erin niet kwijt. Terugzetten gaat niet zoals ze nu zijn.',
    newer:
      'Opgeslagen scans zijn gemaakt met een nieuwere versie van deze site en kunnen hier niet worden gelezen. Ze zijn niet gewist, maar apart gezet. Download ze, dan raak je ze niet kwijt; laad de pagina opnieuw voor de nieuwste versie.',
    unreadable:
      'Opgeslagen scans op dit apparaat zijn beschadigd. Ze zijn niet gewist, maar apart gezet; de andere scans staan hieronder. Download de apart gezette gegevens, dan raak je ze niet kwijt.',
    ...kit.storage,
    otherTab: 'Deze scan is in een ander tabblad gewijzigd. Je ziet nu de nieuwste versie.',
    otherTabDeleted: 'Deze scan is in een ander tabblad verwijderd.',
  },
  list: {
    empty:
      'Er staan nog geen scans op dit apparaat. Start een nieuwe scan, of voeg een scan toe uit een bestand dat iemand je heeft gestuurd.',
    newScan: 'Nieuwe scan starten',
    alone: t.scanStart.alone,
    withTeam: t.scanStart.withTeam,
    columns: { title: 'Scan', level: 'Niveau', date: 'Datum', progress: 'Ingeschat', actions: 'Acties' },
    progress: '{rated} van {total}',
    open: 'Inschatten',
    result: 'Resultaat',
    rename: 'Naam wijzigen',
    renameLabel: 'Nieuwe naam voor ‘{title}’',
    renameSave: 'Naam opslaan',
    cancel: kit.removal.cancel,
    duplicate: 'Kopie maken',
    duplicateSuffix: '(kopie)',
    exportJson: 'Download als bestand',
    exportCsv: 'Download voor Excel (CSV)',
    delete: 'Verwijderen',
    confirmDelete: 'Scan ‘{title}’ verwijderen?',
    confirmDeleteYes: kit.removal.confirmDeleteYes,
    deleted: 'Scan ‘{title}’ is verwijderd.',
    undo: kit.removal.undo,
    restored: 'Scan ‘{title}’ is teruggezet.',
    duplicated: 'Kopie gemaakt: ‘{title}’.',
    renamed: 'Naam gewijzigd in ‘{title}’.',
    actionsFor: 'Acties voor ‘{title}’',
    team: 'team ({members} teamleden)',
    more: 'Meer doen met je scans',
    compare: 'Scans vergelijken',
    teamView: 'Teamoverzicht maken',
    untitled: 'Scan zonder titel',
  },
  import: {
    label: 'Scan toevoegen uit een bestand',
    hint: 'Een .json-bestand dat met ‘Download als bestand’ is gemaakt. Het wordt toegevoegd als nieuwe scan; bestaande scans blijven zoals ze zijn.',
    done: { one: 'Scan ‘{title}’ is toegevoegd.', other: '{count} scans zijn toegevoegd.' },
    errorTitle: kit.importErrorTitle,
    openFailed: kit.openFailed,
    openAgain: kit.openAgain,
    progress: kit.importProgress,
    errors: {
      ...kit.importErrors,
      'too-large':
        '{file} is groter dan {limit}. Kies het bestand dat met ‘Download als bestand’ of ‘Download alles als één bestand’ is gemaakt.',
      'not-json': '{file} is geen scanbestand van deze site. Kies het .json-bestand dat met ‘Download als bestand’ is gemaakt.',
      'too-deep':
        '{file} is geen scanbestand van deze site: het is op een heel andere manier opgebouwd. Kies het .json-bestand dat met ‘Download als bestand’ is gemaakt.',
      'not-a-scan': '{file} is geen schoolscan van deze site.',
      invalid: '{file} is een schoolscan, maar beschadigd of onvolledig. Download de scan opnieuw als bestand.',
      'unknown-domains': '{file} bevat domeinen die deze site niet kent ({ids}). Is het bestand van een andere site?',
    },
  },
  details: {
    legend: 'Over deze scan',
    title: 'Titel',
    titleHint: 'Bijvoorbeeld ‘Groep 7, najaar’ of ‘Onderbouw vo, januari’. Gebruik geen namen van leerlingen.',
    level: 'Niveau',
    levels: { school: 'School', afdeling: 'Afdeling of bouw', klas: 'Klas of groep' },
    schoolType: 'Schooltype',
    schoolTypeHint: 'Het resultaat wijst je naar databanken voor dit schooltype.',
    schoolTypes: t.schoolTypes,
    date: 'Datum',
    dateHint: 'De dag waarop je de inschatting maakt.',
    role: 'Je rol (niet verplicht)',
    roleHint:
      'Bijvoorbeeld leerkracht, mentor, intern begeleider of zorgcoördinator. In een teamoverzicht staan je notities onder deze naam.',
    start: 'Scan starten',
    save: 'Gegevens opslaan',
    ...kit.forms,
    errors: {
      titleMissing: 'Geef de scan een titel',
      levelMissing: 'Kies het niveau van de scan',
      schoolTypeMissing: 'Kies het schooltype',
      dateInvalid: 'Vul een geldige datum in, bijvoorbeeld 25-11-2026',
    },
    created: 'Scan ‘{title}’ gestart.',
    /** A worry chosen on the home page or a domain page, named on the form and above the domains. */
    startedFrom: 'Je begon bij: {concern}.',
    startedFromHint: 'Je schat zo alle elf domeinen in; dit domein heet in de handreiking ‘{domain}’.',
    toConcern: 'Naar dat domein',
  },
  rating: {
    intro: 'Geef per domein aan of je je zorgen maakt. Het gaat om een globale inschatting, alleen of met je team: wat zie je in de groep?',
    progress: '{rated} van {total} domeinen ingeschat',
    jump: 'Naar een domein',
    explanation: 'Toelichting van deze site',
    promptsLabel: 'Vragen om te bespreken:',
    answerLegend: 'Inschatting voor {domain}',
    options: { geen: 'Geen zorgen', enige: 'Enige zorgen', grote: 'Grote zorgen', onbekend: 'Weet ik niet' },
    seen: 'Wat zien we?',
    going: 'Wat gaat goed?',
    noteHint: 'Beschrijf wat je ziet in de groep, zonder namen van leerlingen.',
  },
  result: {
    meta: '{level} · {schoolType} · {date}',
    profile: 'Zorgprofiel',
    profileCaption: 'Inschatting per domein',
    domainColumn: 'Domein',
    ratingColumn: 'Inschatting',
    noRating: 'Nog niet ingeschat',
    priorities: 'Prioriteiten',
    prioritiesIntro: 'Eerst de domeinen met grote zorgen, dan die met enige zorgen.',
    noPriorities: 'Er zijn (nog) geen domeinen met zorgen.',
    unrated: {
      one: 'Nog {count} domein zonder inschatting:',
      other: 'Nog {count} domeinen zonder inschatting:',
    },
    allRated: 'Alle domeinen zijn ingeschat.',
    suggestions: 'Interventietypen die bij je zorgen passen',
    suggestionsIntro:
      'Deze site koppelt elk domein aan een aantal interventietypen. Dat is een keuze van deze site, geen uitkomst van het onderzoek. Kies de typen waarmee je verder wilt; je keuze wordt bij de scan opgeslagen.',
    /** The ranking rule, in one sentence (analysis.ts, typesByConcern). */
    rankRule:
      'Bovenaan staan de typen die passen bij de meeste domeinen met grote zorgen; daarna telt bij hoeveel domeinen met zorgen een type past.',
    /** The bar that stays in view once a type is chosen. */
    choiceBar: 'Volgende stap voor de gekozen typen',
    noSuggestions: 'Zodra je bij een domein enige of grote zorgen aangeeft, zie je hier welke interventietypen daarbij passen.',
    fits: 'Past bij {domains}.',
    and: 'en',
    why: 'Waarom deze site {type} hierbij noemt',
    readMore: 'Meer over {type}',
    chosenYes: 'gekozen',
    chosenNo: 'niet meer gekozen',
    noneChosen: 'Je hebt nog geen interventietypen gekozen.',
    chosenCount: { one: '{count} interventietype gekozen', other: '{count} interventietypen gekozen' },
    nextHeading: 'Volgende stap',
    chosenList: 'Gekozen: {types}.',
    nextMakeIntro:
      'Voor elk gekozen type maak je een werkblad met de vijf vragen uit de handreiking. De werkbladen blijven aan deze scan gekoppeld.',
    nextMake: { one: 'Maak een werkblad voor het gekozen type', other: 'Maak werkbladen voor de {count} gekozen typen' },
    nextChoose: 'Kies hierboven een of meer interventietypen. Daarna maak je er met één klik werkbladen van.',
    nextChooseLink: 'Naar de interventietypen',
    nextRate: 'Verder met inschatten',
    nextNone: 'Er zijn geen domeinen met zorgen. Je kunt de interventietypen ook zonder scan bekijken.',
    nextTypes: 'Alle interventietypen bekijken',
    keepHeading: 'Afdrukken en downloaden',
    databanks: 'Concrete interventies zoeken',
    databanksIntro: 'Databanken met concrete interventies (schooltype: {schoolType}):',
    print: 'Resultaat afdrukken',
    exportJson: 'Download als bestand',
    exportCsv: 'Download voor Excel (CSV)',
    updated: 'Resultaat bijgewerkt: {concerns}.',
    concernsSummary: '{grote} met grote zorgen, {enige} met enige zorgen',
    teamNote: 'Samengesteld uit de scans van {members} teamleden.',
    printNotes: 'Notities per domein',
  },
  compare: {
    intro: 'Zet twee of meer scans naast elkaar: dezelfde groep op verschillende momenten, of verschillende groepen.',
    pick: 'Kies de scans',
    needTwo: 'Kies minstens twee scans om te vergelijken.',
    nextHeading: 'Volgende stap',
    nextIntro: 'Kies in het resultaat van de nieuwste scan de interventietypen waarmee je verder wilt.',
    nextResult: 'Naar het resultaat van ‘{title}’',
    needTwoStored: 'Je hebt minstens twee scans nodig om te vergelijken. Maak een kopie van een scan voor een nieuwe inschatting.',
    tableCaption: 'Inschatting per domein, van oud naar nieuw',
    changes: { meer: 'meer zorgen', minder: 'minder zorgen', gelijk: 'gelijk', onbekend: 'niet te vergelijken' },
    changeVsPrevious: 'ten opzichte van de vorige kolom',
    overall: 'Van eerste naar laatste',
    summary: 'Van de eerste naar de laatste scan: {meer} met meer zorgen, {minder} met minder zorgen, {gelijk} gelijk.',
  },
  team: {
    intro:
      'Zo maak je een teamoverzicht: elk teamlid vult de scan in op een eigen apparaat en kiest bij de scan ‘Download als bestand’. Verzamel de bestanden en kies ze hier allemaal tegelijk.',
    filesLabel: 'Bestanden van de teamleden',
    filesHint:
      'De .json-bestanden die de teamleden hebben gedownload. Je kunt meerdere bestanden tegelijk kiezen. Ze worden alleen hier gelezen en niet opgeslagen, tot je het overzicht opslaat als scan.',
    loaded: { one: '{count} scan ingelezen', other: '{count} scans ingelezen' },
    members: 'Teamleden',
    member: 'Teamlid {n}',
    tableCaption: 'Zo schatten de teamleden elk domein in',
    mostCommon: 'Meest gekozen',
    tie: '(gelijk verdeeld)',
    discuss: 'Bespreken in het team',
    discussWhy: 'teamleden verschillen twee stappen of meer',
    noDiscuss: 'Niet nodig',
    noAnswer: 'geen antwoord',
    discussCount: { one: '{count} domein om te bespreken.', other: '{count} domeinen om te bespreken.' },
    saveTitle: 'Team: {title}',
    nextHeading: 'Volgende stap',
    nextIntro:
      'Bespreek met je team de domeinen waarop de teamleden verschillen. Sla het overzicht daarna op als scan: daarin pas je de inschatting aan waar het team het over eens is, kies je de interventietypen en maak je de werkbladen.',
    save: 'Opslaan als scan en verder naar het resultaat',
    saved: 'Teamoverzicht opgeslagen als scan ‘{title}’.',
    clear: 'Bestanden wissen',
    needFiles: 'Kies de bestanden van minstens twee teamleden.',
    tooMany: 'Dat zijn {count} scans; een teamoverzicht kan er hooguit {max} samenvoegen. Kies minder bestanden.',
  },
  /** The printed result (PrintSheet.tsx): what a colleague handed the sheet needs to read it. */
  print: {
    title: 'Schoolscan: {title}',
    /** The role field, as the sheet names it (the form's label asks the question). */
    role: 'Ingevuld door',
    notesHeading: 'Inschatting en notities per domein',
    chosenHeading: 'Gekozen interventietypen',
    chosenIntro:
      'Deze site koppelt elk domein aan een aantal interventietypen. Dat is een keuze van deze site, geen uitkomst van het onderzoek. Bij elk type staat bij welke domeinen met zorgen het volgens deze site past, en waarom.',
    noFit: 'Volgens deze site past dit type bij geen van de domeinen met zorgen in deze scan.',
    typePage: 'Meer over dit type:',
    nextIntro: 'Maak voor elk gekozen type een werkblad met de vijf vragen uit de handreiking:',
    printedNote: 'Gemaakt met de schoolscan van Welbevinden van leerlingen.',
  },
  /** Printing the paper form with JavaScript on (ScanList.tsx). */
  blank: {
    button: 'Lege scan afdrukken',
    hint: 'Een lege scan op papier, om in een overleg met pen in te vullen. Je scans op dit apparaat blijven zoals ze zijn.',
  },
  paper: {
    heading: 'Schoolscan op papier',
    /** On screen only, without JavaScript. */
    noScript:
      'De digitale schoolscan heeft JavaScript nodig, en dat staat in deze browser uit. Je kunt de scan ook op papier invullen: druk deze pagina af.',
    howTo: 'Kruis per domein één vakje aan en schrijf je notities op de lijnen.',
    titleLine: 'Titel van de scan (geen namen van leerlingen)',
    roleLine: 'Ingevuld door (rol, niet verplicht)',
  },
  csvHeaders: ['Scan', 'Niveau', 'Schooltype', 'Datum', 'Domein', 'Inschatting', 'Wat zien we?', 'Wat gaat goed?'],
} as const;

export const schoolscanStrings = {
  ...base,
  session: { ...sessionStrings, ...sessionFirstStrings },
  /** Labels of the concern profile, shared with the werkblad's plan van aanpak. */
  profile: {
    caption: base.result.profileCaption,
    domainColumn: base.result.domainColumn,
    ratingColumn: base.result.ratingColumn,
    noRating: base.result.noRating,
    options: base.rating.options,
  },
} as const;

export type SchoolscanStrings = typeof schoolscanStrings;
