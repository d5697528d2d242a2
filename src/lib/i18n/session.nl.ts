/**
 * The schoolscan's team session (src/lib/scan/session.ts): starting one, inviting members by link
 * or QR code, sending a scan back by link, collecting, and discussing on the projector.
 */
export const sessionStrings = {
  inviteHeading: 'Teamleden uitnodigen',
  inviteIntro:
    'Laat de teamleden de QR-code scannen, of stuur ze de link. Ze vullen de scan in op hun eigen apparaat en kiezen aan het eind ‘Stuur naar de coördinator’.',
  inviteLinkLabel: 'Link voor de teamleden',
  copy: 'Kopieer de link',
  copied: 'Gekopieerd',
  copyFailed: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.',
  qrLabel: 'QR-code met de link voor de teamleden',
  collectedHeading: 'Binnengekomen scans',
  collected: { one: '{count} teamlid heeft de scan ingevuld.', other: '{count} teamleden hebben de scan ingevuld.' },
  yourScan: 'jouw eigen scan',
  removeMember: 'Verwijderen uit de sessie',
  /** The button's accessible name: which member it removes. */
  removeMemberLabel: 'Scan van {name} verwijderen uit de sessie',
  memberRemoved: 'De scan van ‘{title}’ is verwijderd uit de teamsessie.',
  rateYourself: 'Zelf invullen als teamlid',
  ownContinue: 'Je eigen scan verder invullen',
  noneCollected: 'Nog geen scans binnen. Open de link die een teamlid je stuurt op dit apparaat, of plak de links hieronder.',
  pasteLabel: 'Links van teamleden',
  pasteHint:
    'Plak hier de berichten met links van teamleden, zoals je ze hebt gekregen. Namen, tijden en tekst om de links heen mogen blijven staan.',
  pasteButton: 'Links toevoegen',
  pasteNone: 'Er staat geen link naar een scan in wat je hebt geplakt. Kopieer het hele bericht of de hele link, en plak het opnieuw.',
  pasteLine: 'Link {n}: {message}',
  discussHeading: 'Samen bespreken',
  discussIntro:
    'Bespreek op het grote scherm één domein tegelijk, eerst de domeinen waarop de teamleden verschillen. Spreek per domein samen een inschatting af.',
  present: 'Bespreken op het scherm',
  needMembers: 'Er is nog geen scan binnen om te bespreken.',
  listLink: 'Teamsessie ‘{title}’',
  // The presentation view (its own strings are in present.nl.ts, loaded with it).
  presentHeading: 'Bespreken: {title}',
  // A member.
  joinIntro:
    'Je doet mee aan de teamsessie ‘{title}’. Je vult de scan in op dit apparaat; aan het eind stuur je hem met een link naar de coördinator.',
  joinRoleHint: 'Niet verplicht. Bij de coördinator staan je notities onder deze naam, bijvoorbeeld ‘mentor 2B’.',
  joinDetails: 'Niveau en schooltype komen uit de uitnodiging: {level}, {schoolType}.',
  joinAgain: 'Je hebt op dit apparaat al een scan voor de teamsessie ‘{title}’. Vul die verder in: een nieuwe scan is niet nodig.',
  joinContinue: 'Verder invullen',
  toSession: 'Naar de teamsessie',
  sendLink: 'Stuur naar de coördinator',
  sendContents:
    'De link bevat je inschattingen en je notities bij alle domeinen, en je rol als je die hebt ingevuld. Er staan geen namen van leerlingen in, tenzij je die zelf in een notitie hebt gezet.',
  sendWho:
    'Iedereen die de link heeft, kan lezen wat erin staat. De link gaat niet via deze site: je stuurt hem zelf, bijvoorbeeld in een bericht aan de coördinator.',
  share: 'Delen',
  shareTitle: 'Schoolscan: {title}',
  making: 'De link wordt gemaakt…',
  linkLabel: 'Link naar je scan',
  linkLength: 'De link is {count} tekens lang.',
  // Opening a member's link.
  received: 'De scan van {name} is toegevoegd aan de teamsessie ‘{title}’.',
  receivedUpdated: 'De scan van {name} is bijgewerkt in de teamsessie ‘{title}’. Hij telt één keer mee.',
  receivedOlder: 'Van {name} staat al een nieuwere scan op dit apparaat. Er is niets veranderd.',
  receivedLoose: 'De scan ‘{title}’ is opgeslagen. De teamsessie waar hij bij hoort, staat niet op dit apparaat.',
  receivedKnown: 'De scan van {name} was al toegevoegd. Er is niets veranderd.',
  receivedNotSaved:
    'De scan ‘{title}’ is gelezen, maar niet opgeslagen: de opslag van je browser is vol. Lees de melding bovenaan: daar kun je hem downloaden.',
  receivedCopy: 'Er stond al een andere scan met hetzelfde kenmerk. Deze is als nieuwe scan opgeslagen; er is niets overschreven.',
  otherDevice:
    'De teamsessie van deze scan staat niet op dit apparaat. Stuur de link door naar de coördinator: die opent hem op het apparaat met de teamsessie. Hoort de scan bij een teamsessie op dit apparaat? Voeg hem dan hieronder toe.',
  addToSessionLabel: 'Teamsessie op dit apparaat',
  addToSession: 'Voeg toe aan een teamsessie',
  addedToSession: 'De scan is toegevoegd aan de teamsessie ‘{title}’.',
  reading: 'De link wordt gelezen…',
  linkErrorTitle: 'De link kon niet worden gelezen',
  linkErrors: {
    'link-broken': 'De link is niet compleet of is veranderd. Vraag het teamlid de link opnieuw te sturen, en kopieer hem helemaal.',
    'link-too-large': 'De link is te lang om een scan van deze site te zijn.',
    'link-unpacks-too-large':
      'De link bevat veel meer gegevens dan een scan van deze site kan hebben. Hij is daarom niet geopend. Vraag het teamlid om de scan opnieuw te sturen met ‘Stuur naar de coördinator’.',
    'too-large': 'De link bevat veel meer gegevens dan een scan van deze site kan hebben. Vraag het teamlid de link opnieuw te sturen.',
    'too-deep':
      'Deze link is geen schoolscan van deze site: wat erin staat, is op een heel andere manier opgebouwd. Open alleen links die een teamlid met ‘Stuur naar de coördinator’ heeft gemaakt.',
    empty: 'De link is leeg.',
    'not-json': 'De link is niet compleet of is veranderd. Vraag het teamlid de link opnieuw te sturen.',
    'not-a-scan': 'Deze link is geen schoolscan van deze site (misschien is hij van het werkblad).',
    'newer-version':
      'De link is gemaakt met een nieuwere versie van deze site (versie {version}). Laad de pagina opnieuw, en open de link dan nog eens.',
    invalid: 'De link bevat een schoolscan, maar die is beschadigd of onvolledig. Vraag het teamlid de link opnieuw te sturen.',
    'unknown-domains': 'De link bevat domeinen die deze site niet kent ({ids}). Komt hij van een andere site?',
    'duplicate-ids': 'De link bevat twee keer hetzelfde onderdeel. Vraag het teamlid de link opnieuw te sturen.',
    'impossible-date': 'De link bevat een datum die niet bestaat. Vraag het teamlid de link opnieuw te sturen.',
    'impossible-count': 'De link bevat een aantal dat niet kan kloppen. Vraag het teamlid de link opnieuw te sturen.',
    unreadable: 'De link kon niet worden gelezen.',
    'not-utf8': 'De link kon niet worden gelezen.',
  },
} as const;

export type SessionStrings = typeof sessionStrings;
