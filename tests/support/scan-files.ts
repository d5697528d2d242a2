/**
 * Schoolscan data for browser tests, built with the site's own format code (src/lib/scan) and the
 * real catalogue: scans, the stored localStorage document and exported scan files.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScanCatalogue } from '../../src/lib/scan/catalogue';
import { exportScan } from '../../src/lib/scan/exchange';
import { SCAN_VERSION, type Level, type Scan, type ScanDocument, type ScanSchoolType } from '../../src/lib/scan/model';
import type { Rating } from '../../src/lib/scan/ratings';

export interface ScanSpec {
  /** Letters and digits only (the routes accept [a-z0-9]); random when absent. */
  id?: string;
  title: string;
  level?: Level;
  schoolType?: ScanSchoolType;
  date?: string;
  role?: string;
  /** Rating per domain id; domains not named stay unrated. */
  ratings?: Record<string, Rating | null>;
  /** Notes per domain id. */
  notes?: Record<string, { seen?: string; going?: string }>;
  chosen?: string[];
  /** ISO times; default: now. */
  createdAt?: string;
  updatedAt?: string;
}

export const randomScanId = (): string => randomBytes(12).toString('hex');

/** A complete, valid scan with an answer slot for every domain of the catalogue. */
export function makeScan(catalogue: ScanCatalogue, spec: ScanSpec): Scan {
  const now = new Date().toISOString();
  const unknown = [...Object.keys(spec.ratings ?? {}), ...Object.keys(spec.notes ?? {})].filter(
    (id) => !catalogue.domains.some((domain) => domain.id === id),
  );
  if (unknown.length) throw new Error(`makeScan: unknown domain ids ${unknown.join(', ')}`);
  return {
    id: spec.id ?? randomScanId(),
    title: spec.title,
    level: spec.level ?? 'klas',
    schoolType: spec.schoolType ?? 'po',
    date: spec.date ?? now.slice(0, 10),
    role: spec.role ?? '',
    domains: Object.fromEntries(
      catalogue.domains.map((domain) => [
        domain.id,
        {
          rating: spec.ratings?.[domain.id] ?? null,
          seen: spec.notes?.[domain.id]?.seen ?? '',
          going: spec.notes?.[domain.id]?.going ?? '',
        },
      ]),
    ),
    chosen: spec.chosen ?? [],
    createdAt: spec.createdAt ?? now,
    updatedAt: spec.updatedAt ?? spec.createdAt ?? now,
  };
}

/** The raw localStorage value of "welbevinden.schoolscan" holding these scans (model.ts). */
export function storedDocumentText(scans: Scan[], deleted: ScanDocument['deleted'] = {}): string {
  return JSON.stringify({ version: SCAN_VERSION, data: { scans, deleted } });
}

/** A scan file as "Download als bestand" writes it. */
export function scanFileText(scan: Scan, exportedAt = new Date().toISOString()): string {
  return `${JSON.stringify(exportScan(scan, exportedAt), null, 2)}\n`;
}

/** Writes files into a fresh temporary folder and returns the folder and the full paths. */
export async function writeTempFiles(
  prefix: string,
  files: { name: string; text: string | Buffer }[],
): Promise<{ dir: string; paths: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const paths: string[] = [];
  for (const file of files) {
    const path = join(dir, file.name);
    await writeFile(path, file.text);
    paths.push(path);
  }
  return { dir, paths };
}
