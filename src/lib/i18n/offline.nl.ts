/**
 * Interface text for using the site without a connection and as an installed app: the web app
 * manifest, the update notice, the offline page and the line on the tool pages.
 */
import { t } from './nl';

export const offlineStrings = {
  manifest: {
    name: t.site.name,
    /** Under the icon on a home screen: about 12 characters fit. */
    shortName: 'Welbevinden',
    description:
      'De handreiking over interventies voor het welbevinden van leerlingen, met de schoolscan en het werkblad. Werkt ook zonder internet; je werk blijft op je apparaat.',
    /** The app's shortcuts (a long press on its icon). */
    schoolscan: 'Schoolscan',
    werkblad: 'Werkblad',
  },
  update: {
    message: 'Er is een nieuwe versie van deze site.',
    button: 'Vernieuwen',
    /** Asked before reloading when a tool holds work it could not store. */
    unsaved: 'Niet alles is opgeslagen. Als je nu vernieuwt, ben je dat kwijt. Download eerst wat niet is opgeslagen. Toch vernieuwen?',
  },
  page: {
    title: 'Zonder internet',
    description: 'Wat je op deze site zonder internet kunt doen, en wat niet. En wat het betekent als je de site als app installeert.',
    lead: 'Deze site werkt ook zonder internet, als je hem op dit apparaat al eens hebt geopend. Zie je deze pagina in plaats van de pagina die je zocht? Dan is er nu geen verbinding, en staat die pagina niet op dit apparaat.',
    worksHeading: 'Dit werkt zonder internet',
    works: [
      'Alle pagina’s van de handreiking, de interventietypen, de domeinen en de literatuurlijst.',
      'De schoolscan en het werkblad. Wat je invult, wordt op dit apparaat opgeslagen, zoals altijd.',
      'Zoeken op de site.',
      'Een pagina, een scan of een plan van aanpak afdrukken.',
      'Een link van een teamlid openen: de scan zit in de link zelf.',
    ],
    notHeading: 'Dit werkt niet zonder internet',
    not: [
      'Links naar andere sites, zoals de databanken en bronnen in de literatuurlijst.',
      'Een nieuwe versie van deze site ophalen. Dat gebeurt vanzelf als je weer verbinding hebt; je krijgt dan de vraag om te vernieuwen.',
    ],
    appHeading: 'De site als app',
    app: [
      'Je kunt de site als app op je apparaat zetten (installeren) via het menu van je browser. De app opent zonder de knoppen van de browser en werkt ook zonder internet.',
      'Op een computer en op Android gebruikt de app dezelfde opslag als je browser: je werk staat in allebei.',
      'Op een iPhone of iPad heeft de app een eigen opslag, los van Safari. Wat je in Safari hebt opgeslagen, zet je over met een bestand: kies in Safari ‘Download alles als één bestand’ en in de app ‘Toevoegen uit een bestand’.',
      'Safari kan de opslag van een site wissen als je de site zeven dagen niet opent. In een app op je beginscherm gebeurt dat niet.',
    ],
    againHeading: 'Weer verbinding?',
    again: 'Open de pagina die je zocht opnieuw, of begin op de beginpagina.',
    home: 'Naar de beginpagina',
  },
  /** One line on the tool pages (InstallNote.astro), with a link to the offline page. */
  install: {
    text: 'Dit werkt ook zonder internet. Je kunt de site als app installeren via het menu van je browser. Op een iPhone of iPad heeft die app een eigen opslag, die Safari niet na zeven dagen wist.',
    more: 'Meer hierover',
  },
} as const;
