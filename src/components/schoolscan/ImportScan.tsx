/** Importing exported scan files as new scans. A bad file changes nothing and says why. */
import type { SchoolscanStrings } from '../../lib/i18n/schoolscan.nl';
import type { Backup } from '../../lib/backup';
import type { ScanCatalogue } from '../../lib/scan/catalogue';
import { readScanImport } from '../../lib/scan/exchange';
import { importErrorText } from '../../lib/tools/exchange';
import { format, plural } from '../../lib/text';
import { FileImport } from '../tools/FileImport';
import { newId } from '../../lib/ids';
import type { ScanActions } from './actions';

interface Props {
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
  actions: ScanActions;
}

export function ImportScan({ catalogue, strings, actions }: Props) {
  const knownDomains = new Set(catalogue.domains.map((domain) => domain.id));

  /** "Download alles als één bestand" read back: the scans here, the worksheets into the werkblad's storage. */
  const restore = async (name: string, backup: Backup | null): Promise<string[]> => {
    if (!backup) return [importErrorText(strings.import.errors, name, { code: 'invalid' })];
    const { writeWorksheetsAsNew } = await import('../../lib/backup');
    const { scans: scanForms, worksheets: sheetForms, restored } = strings.backup;
    const message = format(restored, {
      file: `‘${name}’`,
      scans: plural(backup.schoolscan.scans.length, scanForms),
      worksheets: plural(backup.werkblad.worksheets.length, sheetForms),
    });
    const added = backup.schoolscan.scans.length ? actions.add(backup.schoolscan.scans, message) : [];
    if (!added.length) actions.announce(message);
    const scanIds = new Map(backup.schoolscan.scans.map((scan, index) => [scan.id, added[index]?.id ?? scan.id]));
    const failed = writeWorksheetsAsNew(backup.werkblad.worksheets, scanIds, newId, new Date().toISOString());
    return failed ? [format(strings.backup.notAll, { file: `‘${name}’` })] : [];
  };
  return (
    <FileImport
      strings={strings.import}
      request={{ reader: 'schoolscan', knownDomains, backups: true }}
      read={readScanImport}
      onFiles={([file]) => {
        if (!file) return [];
        if (file.read.kind === 'backup') return restore(file.name, file.read.backup);
        const { result } = file.read;
        if (!result.ok) return [importErrorText(strings.import.errors, file.name, result.error)];
        actions.add(result.scans, format(plural(result.scans.length, strings.import.done), { title: result.scans[0]?.title ?? '' }));
        return [];
      }}
    />
  );
}
