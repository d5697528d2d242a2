/** Importing exported scan files as new scans. A bad file changes nothing and says why. */
import type { SchoolscanStrings } from '../../lib/i18n/schoolscan.nl';
import type { ScanCatalogue } from '../../lib/scan/catalogue';
import { parseScanFile } from '../../lib/scan/exchange';
import { importErrorText } from '../../lib/tools/exchange';
import { format } from '../../lib/text';
import { FileImport } from '../tools/FileImport';
import type { ScanActions } from './actions';

interface Props {
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
  actions: ScanActions;
}

export function ImportScan({ catalogue, strings, actions }: Props) {
  const known = new Set(catalogue.domains.map((domain) => domain.id));
  return (
    <FileImport
      strings={strings.import}
      onFiles={([file]) => {
        if (!file) return [];
        const result = parseScanFile(file.text, known);
        if (!result.ok) return [importErrorText(strings.import.errors, file.name, result.error)];
        actions.add([result.scan], format(strings.import.done, { title: result.scan.title }));
        return [];
      }}
    />
  );
}
