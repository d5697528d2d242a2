/** Importing exported scan files as new scans. A bad file changes nothing and says why. */
import type { SchoolscanStrings } from '../../lib/i18n/schoolscan.nl';
import type { ScanCatalogue } from '../../lib/scan/catalogue';
import type { ReadImport } from '../../lib/import-readers';
import { format, plural } from '../../lib/text';
import { FileImport } from '../tools/FileImport';
import type { ScanActions } from './actions';

// The reading of a file loads when a file is chosen: the list's first view does not need it.
const readImport: ReadImport<'schoolscan'> = async (json, request) =>
  (await import('../../lib/scan/exchange')).readScanImport(json, request);

const loadImportFile = () => import('../tools/importFile');

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
      onFiles={([file]) =>
        loadImportFile().then(({ importFile }) =>
          importFile(file, { strings: { backup: strings.backup, errors: strings.import.errors }, ...actions }, (result) =>
            result.ok
              ? {
                  ok: true,
                  records: result.scans,
                  announcement: format(plural(result.scans.length, strings.import.done), { title: result.scans[0]?.title ?? '' }),
                }
              : result,
          ),
        )
      }
    />
  );
}
