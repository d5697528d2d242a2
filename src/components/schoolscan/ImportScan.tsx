/** Importing one exported scan file as a new scan. A bad file changes nothing and says why. */
import type { SchoolscanStrings } from '../../lib/i18n/schoolscan.nl';
import type { ScanCatalogue } from '../../lib/scan/catalogue';
import { parseScanFile, type ImportError } from '../../lib/scan/exchange';
import { format } from '../../lib/text';
import { FileImport } from '../tools/FileImport';
import type { ScanActions } from './Schoolscan';

interface Props {
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
  actions: ScanActions;
}

/** The Dutch explanation of an import problem, naming the file. */
export function importErrorText(strings: SchoolscanStrings, file: string, error: ImportError | { code: 'unreadable' }): string {
  return format(strings.import.errors[error.code], {
    file: `‘${file}’`,
    version: 'version' in error ? error.version : '',
    ids: 'ids' in error ? error.ids.join(', ') : '',
  });
}

export function ImportScan({ catalogue, strings, actions }: Props) {
  const known = new Set(catalogue.domains.map((domain) => domain.id));
  return (
    <FileImport
      id="scan-import-file"
      label={strings.import.label}
      hint={strings.import.hint}
      errorTitle={strings.import.errorTitle}
      readError={(file, reason) => importErrorText(strings, file, { code: reason })}
      onText={(text, file) => {
        const result = parseScanFile(text, known);
        if (!result.ok) return importErrorText(strings, file, result.error);
        actions.add(result.scan, format(strings.import.done, { title: result.scan.title }));
        return null;
      }}
    />
  );
}
