/**
 * Choosing a file to import. The caller checks the text and returns an error message or null;
 * an error shows in a box that takes focus, and nothing else changes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { readFileText } from '../../lib/download';
import { MAX_IMPORT_BYTES } from '../../lib/store/versioned-file';

interface Props {
  id: string;
  label: string;
  hint: string;
  errorTitle: string;
  /** Message for a file that is too large or cannot be read, with the file name filled in. */
  readError: (fileName: string, reason: 'too-large' | 'unreadable') => string;
  /** Checks and imports the text; returns an error message, or null when it worked. */
  onText: (text: string, fileName: string) => string | null;
}

export function FileImport({ id, label, hint, errorTitle, readError, onText }: Props) {
  const [error, setError] = useState<string | null>(null);
  const errorBox = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error) errorBox.current?.focus();
  }, [error]);

  const onChange = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const read = await readFileText(file, MAX_IMPORT_BYTES);
    input.value = '';
    setError(read.ok ? onText(read.text, file.name) : readError(file.name, read.reason));
  };

  return (
    <div class="tool-import">
      {error && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={errorBox} aria-labelledby={`${id}-error-title`}>
          <h3 id={`${id}-error-title`}>{errorTitle}</h3>
          <p>{error}</p>
        </div>
      )}
      <label for={id} class="field-label">
        {label}
      </label>
      <p id={`${id}-hint`} class="field-hint">
        {hint}
      </p>
      <input id={id} type="file" accept=".json,application/json" aria-describedby={`${id}-hint`} onChange={onChange} />
    </div>
  );
}
