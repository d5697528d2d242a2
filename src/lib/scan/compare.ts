/** Two or more scans side by side: moments over time, or groups. */
import type { ScanDomain } from './catalogue';
import type { Scan } from './model';
import { stepsBetween, type Rating } from './ratings';
import { answerFor } from './scan';

/** A change in words, never colour alone: "meer zorgen", "minder zorgen". */
export type Change = 'meer' | 'minder' | 'gelijk' | 'onbekend';

export function changeBetween(before: Rating | null, after: Rating | null): Change {
  const steps = stepsBetween(before, after);
  if (steps === null) return 'onbekend';
  if (steps > 0) return 'meer';
  if (steps < 0) return 'minder';
  return 'gelijk';
}

/** Oldest first, so that changes read forward in time; groups on the same date by title. */
export function orderForComparison(scans: readonly Scan[]): Scan[] {
  return [...scans].sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, 'nl'));
}

export interface CompareCell {
  scanId: string;
  rating: Rating | null;
  /** Compared with the scan in the column before; absent in the first column. */
  change?: Change;
}

export interface CompareRow {
  domain: ScanDomain;
  cells: CompareCell[];
  /** First column against the last. */
  overall: Change;
}

export function compareScans(scans: readonly Scan[], domains: readonly ScanDomain[]): CompareRow[] {
  return domains.map((domain) => {
    const ratings = scans.map((scan) => answerFor(scan, domain.id).rating);
    const cells = scans.map((scan, index) => {
      const rating = ratings[index] ?? null;
      return index === 0
        ? { scanId: scan.id, rating }
        : { scanId: scan.id, rating, change: changeBetween(ratings[index - 1] ?? null, rating) };
    });
    return { domain, cells, overall: changeBetween(ratings[0] ?? null, ratings.at(-1) ?? null) };
  });
}

/** How many domains got more and fewer concerns from the first scan to the last. */
export function changeSummary(rows: readonly CompareRow[]): Record<Change, number> {
  const summary: Record<Change, number> = { meer: 0, minder: 0, gelijk: 0, onbekend: 0 };
  for (const row of rows) summary[row.overall] += 1;
  return summary;
}
