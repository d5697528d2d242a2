/** Downloads of one scan, shared by the list and the result view. */
import type { SchoolscanStrings } from '../../lib/scan/island-strings';
import type { ScanCatalogue } from '../../lib/scan/catalogue';
import { scanToCsv } from '../../lib/scan/csv-export';
import { exportScan, scanFileName } from '../../lib/scan/exchange';
import type { Scan } from '../../lib/scan/model';
import { downloadText } from '../../lib/files';

export function downloadScanJson(scan: Scan): void {
  const file = exportScan(scan, new Date().toISOString());
  downloadText(scanFileName(scan, 'json'), `${JSON.stringify(file, null, 2)}\n`, 'application/json');
}

export function downloadScanCsv(scan: Scan, catalogue: ScanCatalogue, strings: SchoolscanStrings): void {
  const csv = scanToCsv(scan, catalogue.domains, {
    headers: strings.csvHeaders,
    levels: strings.details.levels,
    schoolTypes: strings.details.schoolTypes,
    ratings: strings.rating.options,
    noRating: strings.result.noRating,
  });
  downloadText(scanFileName(scan, 'csv'), csv, 'text/csv;charset=utf-8');
}
