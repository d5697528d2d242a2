/** Pure operations on one scan. Every change returns a new scan with a new `updatedAt`. */
import type { ScanDomain } from './catalogue';
import { MAX_TITLE_LENGTH } from '../limits';
import type { DomainAnswer, Level, Scan, ScanSchoolType } from './model';
import type { Rating } from './ratings';
import { limitText } from '../text';

export interface NewScan {
  title: string;
  level: Level;
  schoolType: ScanSchoolType;
  date: string;
  role: string;
}

const blankAnswer = (): DomainAnswer => ({ rating: null, seen: '', going: '' });

export function createScan(input: NewScan, domains: readonly ScanDomain[], id: string, now: string): Scan {
  return {
    id,
    ...input,
    domains: Object.fromEntries(domains.map((domain) => [domain.id, blankAnswer()])),
    chosen: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** The answer for a domain; blank when the scan has none (for example a domain added later). */
export function answerFor(scan: Scan, domainId: string): DomainAnswer {
  return scan.domains[domainId] ?? blankAnswer();
}

export function updateAnswer(scan: Scan, domainId: string, change: Partial<DomainAnswer>, now: string): Scan {
  return {
    ...scan,
    domains: { ...scan.domains, [domainId]: { ...answerFor(scan, domainId), ...change } },
    updatedAt: now,
  };
}

export function setRating(scan: Scan, domainId: string, rating: Rating | null, now: string): Scan {
  return updateAnswer(scan, domainId, { rating }, now);
}

export function updateDetails(scan: Scan, details: Partial<NewScan>, now: string): Scan {
  return { ...scan, ...details, updatedAt: now };
}

export function toggleChosen(scan: Scan, typeId: string, chosen: boolean, now: string): Scan {
  const without = scan.chosen.filter((id) => id !== typeId);
  return { ...scan, chosen: chosen ? [...without, typeId] : without, updatedAt: now };
}

/** A copy for a re-assessment: same details and answers, new id, "(kopie)" in the title. */
export function duplicateScan(scan: Scan, id: string, now: string, suffix: string): Scan {
  const base = limitText(scan.title, MAX_TITLE_LENGTH - suffix.length - 1);
  return { ...structuredClone(scan), id, title: `${base} ${suffix}`.trim(), createdAt: now, updatedAt: now };
}

export interface Progress {
  rated: number;
  total: number;
}

/** How many of the domains have an answer ("Weet ik niet" counts as an answer). */
export function progress(scan: Scan, domains: readonly ScanDomain[]): Progress {
  const rated = domains.filter((domain) => answerFor(scan, domain.id).rating !== null).length;
  return { rated, total: domains.length };
}
