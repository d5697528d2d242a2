/** The part of the content the werkblad needs: the scan's catalogue plus questions and partners. */
import type { ScanCatalogue } from '../scan/catalogue';

export interface WerkbladQuote {
  quote: string;
  /** Site path of the guidance page the sentence stands on, with the base path. */
  href: string;
  /** Title of that page. */
  pageTitle: string;
}

export interface WerkbladQuestion {
  id: string;
  text: string;
  hints: WerkbladQuote[];
}

export interface WerkbladPartner {
  id: string;
  label: string;
  source?: WerkbladQuote;
}

export interface WerkbladCatalogue extends ScanCatalogue {
  /** In the source's order. */
  questions: WerkbladQuestion[];
  partners: WerkbladPartner[];
}
