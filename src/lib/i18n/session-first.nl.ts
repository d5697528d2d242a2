/**
 * The team session's strings that views of the page's first load show (the form that starts a
 * session, a member's next step, a broken invitation, the session views' headings): they travel with the island
 * (src/lib/scan/island-strings.ts), so the session views' own chunk does not carry them again.
 */
export const sessionFirstStrings = {
  backToSession: 'Terug naar de teamsessie',
  create: 'Sessie starten',
  created: 'Teamsessie ‘{title}’ gestart.',
  heading: 'Teamsessie: {title}',
  joinHeading: 'Teamsessie ‘{title}’',
  receivedHeading: 'Scan van een teamlid',
  sendHeading: 'Je scan sturen',
  startLink: 'Teamsessie starten',
  startIntro:
    'Een teamsessie is voor een teamoverleg met één scherm. Je vult hier één keer de titel, het niveau en het schooltype in. Daarna krijg je een link en een QR-code. Daarmee vult elk teamlid de scan in op een eigen telefoon of laptop, en stuurt hem naar jou terug.',
  memberNext:
    'Klaar met inschatten? Stuur je scan naar de coördinator. Je kunt hem daarna nog aanpassen en opnieuw sturen: hij telt één keer mee.',
  memberTypes:
    'De interventietypen kies je niet hier: die kiest het team samen, na het bespreken. Hieronder zie je welke typen volgens deze site bij jouw zorgen passen.',
  inviteBroken:
    'De link van de uitnodiging is niet compleet of is veranderd. Vraag de coördinator de link opnieuw te sturen, en kopieer hem helemaal. Of scan de QR-code.',
  inviteBrokenTitle: 'De uitnodiging kon niet worden gelezen',
} as const;
