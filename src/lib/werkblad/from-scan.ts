/** Starting worksheets from the intervention types chosen in a scan. */
import { laterBy } from '../dates';
import { isConcern } from '../scan/ratings';
import { priorities } from '../scan/analysis';
import type { ScanCatalogue } from '../scan/catalogue';
import type { Scan } from '../scan/model';
import type { Worksheet } from './model';
import { createWorksheet } from './worksheet';

/** The domains of concern in `scan` that intervention type `typeId` is linked to, in priority order. */
export function concernDomainsFor(scan: Scan, typeId: string, catalogue: ScanCatalogue): string[] {
  return priorities(scan, catalogue.domains)
    .filter(({ domain, rating }) => isConcern(rating) && domain.interventions.some((link) => link.type === typeId))
    .map(({ domain }) => domain.id);
}

/**
 * One worksheet per type chosen in the scan, each with the domains of concern it answers.
 * Types that already have a worksheet from this scan are skipped, so doing it twice adds nothing.
 */
export function worksheetsFromScan(
  scan: Scan,
  catalogue: ScanCatalogue,
  existing: readonly Worksheet[],
  newId: () => string,
  now: string,
): Worksheet[] {
  const done = new Set(existing.filter((sheet) => sheet.scanId === scan.id).map((sheet) => sheet.typeId));
  const types = new Map(catalogue.interventions.map((type) => [type.id, type]));
  const made: Worksheet[] = [];
  for (const typeId of scan.chosen) {
    const type = types.get(typeId);
    if (!type || done.has(typeId)) continue;
    done.add(typeId);
    made.push(
      createWorksheet(
        { kind: 'type', typeId, title: type.title },
        { scanId: scan.id, domains: concernDomainsFor(scan, typeId, catalogue) },
        newId(),
        // One millisecond apart, so the list keeps the order in which the types were chosen.
        laterBy(now, made.length),
      ),
    );
  }
  return made;
}
