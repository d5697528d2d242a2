/** Downloads and import messages of the werkblad. */
import type { WerkbladStrings } from '../../lib/i18n/werkblad.nl';
import { downloadText } from '../../lib/download';
import { today } from '../../lib/ids';
import { format } from '../../lib/text';
import type { WerkbladCatalogue } from '../../lib/werkblad/catalogue';
import { actionsToCsv } from '../../lib/werkblad/csv-export';
import { exportWerkblad, werkbladFileName, type KnownIds, type WerkbladImportError } from '../../lib/werkblad/exchange';
import type { WerkbladDocument, Worksheet } from '../../lib/werkblad/model';

export function downloadWerkbladJson(doc: WerkbladDocument): void {
  const file = exportWerkblad(doc, new Date().toISOString());
  downloadText(werkbladFileName(today(), 'json'), `${JSON.stringify(file, null, 2)}\n`, 'application/json');
}

export function downloadActionsCsv(worksheets: readonly Worksheet[], strings: WerkbladStrings): void {
  const csv = actionsToCsv(worksheets, { headers: strings.csvHeaders, statuses: strings.statuses });
  downloadText(werkbladFileName(today(), 'csv', 'acties'), csv, 'text/csv;charset=utf-8');
}

export function knownIds(catalogue: WerkbladCatalogue): KnownIds {
  return {
    types: new Set(catalogue.interventions.map((type) => type.id)),
    domains: new Set(catalogue.domains.map((domain) => domain.id)),
    questions: new Set(catalogue.questions.map((question) => question.id)),
    partners: new Set(catalogue.partners.map((partner) => partner.id)),
  };
}

export function importErrorText(strings: WerkbladStrings, file: string, error: WerkbladImportError | { code: 'unreadable' }): string {
  return format(strings.import.errors[error.code], {
    file: `‘${file}’`,
    version: 'version' in error ? error.version : '',
    ids: 'ids' in error ? error.ids.join(', ') : '',
  });
}
