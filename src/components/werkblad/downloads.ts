/** Downloads of the werkblad: all worksheets (JSON) and the actions (CSV). */
import type { WerkbladStrings } from '../../lib/i18n/werkblad.nl';
import { today } from '../../lib/dates';
import { downloadText } from '../../lib/files';
import { actionsToCsv } from '../../lib/werkblad/csv-export';
import { exportWerkblad, werkbladFileName } from '../../lib/werkblad/exchange';
import type { WerkbladDocument, Worksheet } from '../../lib/werkblad/model';

export function downloadWerkbladJson(doc: WerkbladDocument): void {
  const file = exportWerkblad(doc, new Date().toISOString());
  downloadText(werkbladFileName(today(), 'json'), `${JSON.stringify(file, null, 2)}\n`, 'application/json');
}

export function downloadActionsCsv(worksheets: readonly Worksheet[], strings: WerkbladStrings): void {
  const csv = actionsToCsv(worksheets, { headers: strings.csvHeaders, statuses: strings.statuses });
  downloadText(werkbladFileName(today(), 'csv', 'acties'), csv, 'text/csv;charset=utf-8');
}
