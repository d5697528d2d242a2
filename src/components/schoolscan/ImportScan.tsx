/** Importing one exported scan file as a new scan. A bad file changes nothing and says why. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SchoolscanStrings } from '../../lib/i18n/schoolscan.nl';
import type { ScanCatalogue } from '../../lib/scan/catalogue';
import { MAX_IMPORT_BYTES, parseScanFile, type ImportError } from '../../lib/scan/exchange';
import { readFileText } from '../../lib/download';
import { format } from '../../lib/text';
import type { ScanActions } from './Schoolscan';

interface Props {
  catalogue: ScanCatalogue;
  strings: SchoolscanStrings;
  actions: ScanActions;
}

/** The Dutch explanation of an import problem, naming the file. */
export function importErrorText(strings: SchoolscanStrings, file: string, error: ImportError | { code: 'unreadable' }): string {
  const template = strings.import.errors[error.code];
  return format(template, {
    file: `‘${file}’`,
    version: 'version' in error ? error.version : '',
    ids: 'ids' in error ? error.ids.join(', ') : '',
  });
}

export function ImportScan({ catalogue, strings, actions }: Props) {
  const [error, setError] = useState<string | null>(null);
  const errorBox = useRef<HTMLDivElement>(null);
  const known = new Set(catalogue.domains.map((domain) => domain.id));

  useEffect(() => {
    if (error) errorBox.current?.focus();
  }, [error]);

  const onChange = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const read = await readFileText(file, MAX_IMPORT_BYTES);
    input.value = '';
    if (!read.ok) {
      setError(importErrorText(strings, file.name, { code: read.reason }));
      return;
    }
    const result = parseScanFile(read.text, known);
    if (!result.ok) {
      setError(importErrorText(strings, file.name, result.error));
      return;
    }
    setError(null);
    actions.add(result.scan, format(strings.import.done, { title: result.scan.title }));
  };

  return (
    <div class="scan-import">
      {error && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={errorBox} aria-labelledby="import-error-title">
          <h3 id="import-error-title">{strings.import.errorTitle}</h3>
          <p>{error}</p>
        </div>
      )}
      <label for="scan-import-file" class="field-label">
        {strings.import.label}
      </label>
      <p id="scan-import-hint" class="field-hint">
        {strings.import.hint}
      </p>
      <input
        id="scan-import-file"
        type="file"
        accept=".json,application/json"
        aria-describedby="scan-import-hint"
        onChange={onChange}
      />
    </div>
  );
}
