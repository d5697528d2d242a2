/**
 * Every Dutch string of the interface (not the content) in one typed module.
 * Components import `t`; islands receive the part they need as props.
 */
import { paths } from '../routes';

/** The label of the guidance's own wording, shown once next to the site's (types, databanks). */
const inGuidance = 'In de handreiking';

export const t = {
  site: {
    name: 'Welbevinden van leerlingen',
    subtitle: 'Interventies gericht op het welbevinden van leerlingen',
    homeLabel: 'Home',
  },
  layout: {
    skipLink: 'Direct naar de inhoud',
    mainNav: 'Hoofdmenu',
    /** The control that opens the main menu on a phone. */
    menuButton: 'Menu',
    /** The tools and search, one tap away under the header on a phone. */
    quickNav: 'Snel naar',
    breadcrumbs: 'Kruimelpad',
    toc: 'Op deze pagina',
    pagination: 'Verder lezen',
    previous: 'Vorige',
    next: 'Volgende',
    footerNav: 'Over deze site',
    footerNote:
      'Een publicatie van de handreiking “Interventies gericht op het welbevinden van leerlingen”. Deze site is niet het landelijke programma Welbevinden op School.',
    updated: 'Bijgewerkt op',
    sourceDate: 'Brontekst',
    sourceCredit: (organisations: readonly string[], date: string) =>
      `Brontekst (${date}): ${organisations.slice(0, -1).join(', ')} en ${organisations.at(-1)}.`,
  },
  sourceDate: {
    label: 'Datum van de tekst',
    short: (date: string) =>
      `Deze tekst is geschreven in ${date}. Aankondigingen zoals ‘in mei’ of ‘in de komende periode’ gaan uit van die tijd.`,
    detailed: (date: string) =>
      `De brontekst is niet gedateerd. Uit de inhoud blijkt dat hij in ${date} is geschreven: de jongste bron in de literatuurlijst is van februari 2021 en de tekst kondigt een stappenplan aan dat ‘in mei’ zou verschijnen. Aankondigingen in de tekst gaan uit van die tijd.`,
  },
  siteNote: {
    label: 'Toelichting van deze site',
    interventionPage:
      'De beschrijving, de doelgroep en het bereik op deze pagina zijn van deze site. De handreiking noemt alleen het type.',
    domainPage: 'De toelichting en de vragen op deze pagina zijn van deze site. De handreiking noemt alleen het domein.',
    domainList: 'De korte toelichting bij elk domein is van deze site.',
    domainOverview:
      'De toelichting, de vragen en de keuze welke interventietypen bij een domein passen, zijn van deze site. De handreiking noemt alleen de domeinen.',
    /** Next to every list of types per domain, and of domains per type: where the site makes the link. */
    linkChoice: 'keuze van deze site',
    linkNote:
      'De handreiking noemt de domeinen en de typen interventies, maar zegt niet welk type bij welk domein past. Deze site koppelt ze wel, als hulp bij het kiezen, en zegt bij elke koppeling waarom.',
    typeList: 'De korte beschrijving bij elk type is van deze site.',
  },
  print: {
    printedFrom: 'Afgedrukt van',
    printedOn: 'op',
    /** The foot of every printed page: "pagina 2 van 5". */
    page: 'pagina',
    of: 'van',
    /**
     * Who wrote what is printed, on its first page (print-frame.ts). Where the guidance is named, its
     * title follows, then "van" and its authors: "Uit de handreiking … van Trimbos-instituut, …".
     */
    credit: {
      guidance: 'Uit de handreiking',
      site: 'Tekst van deze site',
      siteOnGuidance: 'Tekst van deze site, op basis van de handreiking',
      tool: 'Gemaakt met deze site, op basis van de handreiking',
    },
    by: 'van',
    /**
     * The running head of every printed page that the guidance did not write: a page of this site,
     * or a document made with a tool ("Plan van aanpak · De Regenboog · Gemaakt met …").
     */
    head: {
      site: (site: string) => `Tekst van de site ${site}`,
      siteOnGuidance: (site: string, guidance: string) => `Tekst van de site ${site}, op basis van de handreiking van ${guidance}`,
      tool: (site: string, guidance: string) => `Gemaakt met de site ${site}, op basis van de handreiking van ${guidance}`,
    },
    /** Beside the QR code on the first printed page, after the address. */
    qrCaption: 'Scan de code om deze pagina online te openen.',
    qrLabel: 'QR-code van het adres van deze pagina',
  },
  references: {
    heading: 'Meer lezen',
    intro: 'Een selectie van deze site uit de literatuurlijst van de handreiking, om verder te lezen over dit onderwerp:',
    etAl: 'et al.',
    noYear: 'z.j.',
    editors: '(Red.)',
    thesis: 'Proefschrift',
    inBook: 'In',
    correctedNote: 'Gecorrigeerd ten opzichte van de brontekst:',
    backToList: 'Naar de volledige literatuurlijst',
  },
  interventions: {
    domains: 'Domeinen waar dit type bij past',
    audiences: 'Doelgroep',
    scope: 'Bereik',
    sourceLabel: inGuidance,
    filterHeading: 'Interventietypen per domein of doelgroep',
    filterByDomain: 'Per domein',
    filterByAudience: 'Per doelgroep',
    showAll: 'Alle typen',
    noSources: 'In de literatuurlijst van de handreiking staat geen titel die specifiek over dit type gaat.',
    findInterventions: 'Een concrete interventie van dit type zoeken',
    findIntro: 'Concrete programma’s van dit type, met hun erkenningsniveau, vind je in de databanken. Zie',
    eyebrow: 'Interventietype',
    toWorksheet: 'Zet op het werkblad',
    toWorksheetIntro: 'Werk de vijf vragen uit de handreiking uit voor dit type interventie:',
    audienceHeading: (label: string) => `Interventietypen voor ${label}`,
    audienceDescription: (label: string) =>
      `De typen interventies voor welbevinden op school die zich richten op ${label}, uit de handreiking Interventies gericht op het welbevinden van leerlingen.`,
    audienceLead: (label: string, count: number) =>
      `${count === 1 ? 'Eén' : count} van de typen interventies uit de handreiking ${count === 1 ? 'richt' : 'richten'} zich op ${label}.`,
  },
  domains: {
    overviewTitle: 'Domeinen van welbevinden',
    overviewDescription:
      'De elf domeinen van welbevinden uit de handreiking, met vragen voor het team en de interventietypen die volgens deze site bij elk domein passen.',
    overviewLead:
      'De handreiking noemt elf domeinen waarop je als schoolteam kunt inschatten of er zorgen zijn. Deze pagina zet ze op een rij, met vragen om te bespreken: geschikt om af te drukken voor een teamoverleg. Zie ook:',
    eyebrow: 'Domein van welbevinden',
    description: (explanation: string) =>
      `${explanation} Met vragen voor het team en de interventietypen die volgens deze site bij dit domein passen.`,
    promptsHeading: 'Wat zien we?',
    promptsIntro: 'Vragen die je als team kunt stellen om dit domein in te schatten:',
    typesHeading: 'Interventietypen die bij dit domein passen',
    typesLabel: 'Passende interventietypen',
    whyLabel: 'Waarom het past:',
  },
  /** The small line of search terms on a domain's or an intervention type's page (README, "Search terms"). */
  searchTerms: {
    label: 'Zoekwoorden voor deze pagina:',
  },
  audiences: {
    leerlingen: 'leerlingen',
    leerkrachten: 'leerkrachten',
    ouders: 'ouders',
  },
  /** Short, as a tag in lists. */
  scopes: {
    universeel: 'voor iedereen',
    'specifieke-groepen': 'voor specifieke groepen',
  },
  /** In full, on the type's page. */
  scopeSentences: {
    universeel: 'Voor iedereen in de doelgroep. De handreiking beperkt dit type niet tot specifieke groepen.',
    'specifieke-groepen': 'Voor specifieke groepen. Zo noemt de handreiking dit type.',
  },
  schoolTypes: {
    po: 'Primair onderwijs (po)',
    vo: 'Voortgezet onderwijs (vo)',
    'so-vso': 'Speciaal onderwijs (so/vso)',
    mbo: 'Mbo',
  },
  databanks: {
    schoolTypes: 'Voor',
    sourceLabel: inGuidance,
  },
  /** Where a scan starts (the home page, the schoolscan's list): alone, or with the team in a session. */
  scanStart: { alone: 'Alleen', withTeam: 'Met je team' },
  home: {
    /** The home page's h1: what the site is for, not its name again. */
    title: 'Van zorg naar aanpak',
    intro: 'Voor leerkrachten, mentoren en schoolteams: breng zorgen over je leerlingen in kaart en kies een aanpak die past.',
    start: 'Start de schoolscan',
    startHint:
      'Met je team vult ieder de scan in op een eigen telefoon of laptop, en bespreek je de uitkomst samen op één scherm. Wat je invult, blijft op je eigen apparaat.',
    concernsHeading: 'Waar maak je je zorgen over?',
    concernsIntro: 'Kies wat je ziet bij je leerlingen.',
    concernDomain: 'Dit hoort bij het domein',
    concernToScan: 'Breng dit in kaart met de schoolscan',
    concernsScanNote:
      'Elke zorg hoort bij een van de elf domeinen van welbevinden uit de handreiking. In de schoolscan geef je per domein aan of je je zorgen maakt, en zie je welke typen interventies daarbij passen. Dat kan alleen of met je team.',
    concernsSiteNote: 'De woorden bij de domeinen zijn van deze site, als hulp om je zorg te herkennen.',
    moreHeading: 'Verder op deze site',
    more: [
      {
        path: paths.domains,
        title: 'Alle elf domeinen op een rij',
        text: 'Per domein: vragen om in je team te bespreken en de typen interventies die erbij passen.',
      },
      {
        path: paths.interventionTypes,
        title: 'Interventietypen',
        text: 'De dertien meest voorkomende typen interventies in de schoolcontext, per domein en doelgroep.',
      },
      {
        path: paths.werkblad,
        title: 'Werkblad: vijf vragen voor je aanpak',
        text: 'Werk per gekozen interventie de vijf vragen uit, met partners en acties, en druk een plan van aanpak af.',
      },
      {
        path: paths.findInterventions,
        title: 'Interventies vinden',
        text: 'Databanken met concrete interventies voor po, vo en mbo, en hoe je erkenningsniveaus leest.',
      },
    ],
    guidanceHeading: 'De handreiking lezen',
    guidanceIntro: (title: string, organisations: readonly string[], date: string) =>
      `Deze site publiceert de handreiking ‘${title}’ (${date}). De tekst is van ${organisations.slice(0, -1).join(', ')} en ${organisations.at(-1)} samen. Hij begint zo:`,
    chaptersHeading: 'De hoofdstukken',
  },
  /** Who publishes this copy of the site and where to report errors (src/lib/publisher.ts). */
  publisher: {
    publishedBy: (name: string) => `Deze site wordt uitgegeven door ${name}.`,
    reportError: 'Zie je een fout, of werkt iets niet? Meld het via',
    reportAccessibility: 'Loop je op deze site tegen een probleem met de toegankelijkheid aan? Meld het via',
    reportBrokenLink: 'Kwam je hier via een link op deze site? Meld de kapotte link via',
    notSet: 'Bij deze kopie van de site is geen uitgever en geen contactadres ingesteld. Daarom kun je hier geen fout melden.',
  },
  /** Finding your way: the footer's groups, the A–Z jump on the literature list, the 404 page. */
  wayfinding: {
    footerGuidance: 'De handreiking en hulpmiddelen',
    alphabetLabel: 'Naar de beginletter van de eerste auteur',
    notFoundContact: 'Fout melden',
  },
  search: {
    kinds: {
      achtergrond: 'Achtergrond',
      interventietype: 'Interventietype',
      hulpmiddel: 'Hulpmiddel',
      literatuur: 'Literatuur',
      databank: 'Databank',
    },
    formLabel: 'Zoeken op deze site',
    inputLabel: 'Zoekterm',
    button: 'Zoeken',
    shortcutHint: 'Sneltoets: /',
  },
  searchPage: {
    noScriptHeading: 'Zoeken zonder JavaScript',
    noScriptIntro:
      'Zoeken werkt in je browser en heeft JavaScript nodig, en dat staat uit. Hieronder staan alle pagina’s van de site; met Ctrl+F (of Cmd+F) zoek je in deze lijst.',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    description: 'Deze pagina bestaat niet (meer). Kies hieronder een onderwerp of ga naar de startpagina.',
    intro: 'Deze pagina bestaat niet (meer). Misschien is het adres verkeerd getypt, of is de pagina verplaatst.',
    suggestions: 'Misschien zoek je',
    home: 'Naar de startpagina',
    searchLabel: 'Zoek op deze site',
  },
} as const;

export type Strings = typeof t;
