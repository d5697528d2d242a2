/** Importing exported scan files as new scans. A bad file changes nothing and says why. */
import type { SchoolscanStrings } from '../../lib/i18n/schoolscan.nl';
import type { ScanCatalogue } from '../../lib/scan/catalogue';
import { parseScanFile } from '../../lib/scan/exchange';
import { importFile } from '../tools/importFile';
import { format, plural } from '../../lib/text';
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
      onFiles={([file]) =>
        importFile(file, { strings: { backup: strings.backup, errors: strings.import.errors }, ...actions }, (text) => {
          const result = parseScanFile(text, known);
          return result.ok
            ? {
                ok: true,
                records: result.scans,
                announcement: format(plural(result.scans.length, strings.import.done), { title: result.scans[0]?.title ?? '' }),
              }
            : result;
        })
      }
    />
  );
}
