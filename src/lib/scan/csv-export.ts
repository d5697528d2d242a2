/** A scan as CSV: one row per domain, for a spreadsheet. */
import type { ScanDomain } from './catalogue';
import type { Level, Scan, ScanSchoolType } from './model';
import type { Rating } from './ratings';
import { answerFor } from './scan';
import { toCsv } from '../csv';

export interface ScanCsvLabels {
  headers: readonly [string, string, string, string, string, string, string, string];
  levels: Record<Level, string>;
  schoolTypes: Record<ScanSchoolType, string>;
  ratings: Record<Rating, string>;
  noRating: string;
}

export function scanToCsv(scan: Scan, domains: readonly ScanDomain[], labels: ScanCsvLabels): string {
  const rows = domains.map((domain) => {
    const answer = answerFor(scan, domain.id);
    return [
      scan.title,
      labels.levels[scan.level],
      labels.schoolTypes[scan.schoolType],
      scan.date,
      domain.label,
      answer.rating ? labels.ratings[answer.rating] : labels.noRating,
      answer.seen,
      answer.going,
    ];
  });
  return toCsv([[...labels.headers], ...rows]);
}
