/** Importing exported scan files as new scans. A bad file changes nothing and says why. */
import type { SchoolscanStrings } from '../../lib/scan/island-strings';
import type { ScanCatalogue } from '../../lib/scan/catalogue';
import type { ReadImport } from '../../lib/import-readers';
import { format, plural } from '../../lib/text';
import { FileImport } from '../tools/FileImport';
import { importOneLater } from '../tools/importLater';
import type { ImportResult } from '../../lib/scan/exchange';
import type { ScanActions } from './actions';

// The reading of a file loads when a file is chosen: the list's first view does not need it.
const readImport: ReadImport<'schoolscan'> = async (json, request) =>
  (await import('../../lib/scan/exchange')).readScanImport(json, request);

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
      read={readImport}
      onFiles={importOneLater(strings, actions, (result: ImportResult) =>
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
