/** Importing exported scan files as new scans. A bad file changes nothing and says why. */
import type { SchoolscanStrings } from '../../lib/scan/island-strings';
import type { ScanCatalogue } from '../../lib/scan/catalogue';
import { readScanImport, type ImportResult } from '../../lib/scan/exchange';
import { format, plural } from '../../lib/text';
import { FileImport } from '../tools/FileImport';
import { importOne } from '../tools/importFile';
import type { ScanActions } from './actions';

interface Props {
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
  actions: ScanActions;
}

export function ImportScan({ catalogue, strings, actions }: Props) {
  const knownDomains = new Set(catalogue.domains.map((domain) => domain.id));
  return (
    <FileImport
      strings={strings.import}
      request={{ reader: 'schoolscan', knownDomains, backups: true }}
      read={readScanImport}
      onFiles={importOne(strings, actions, (result: ImportResult) =>
        result.ok
          ? {
              ok: true,
              records: result.scans,
              announcement: format(plural(result.scans.length, strings.import.done), { title: result.scans[0]?.title ?? '' }),
            }
          : result,
      )}
    />
  );
}
