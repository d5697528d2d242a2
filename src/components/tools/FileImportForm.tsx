/**
 * Choosing one file (or several) to import, once its code has loaded (FileImport.tsx shows the
 * field until then). Files over the size limit are refused before they are read; the others are
 * read as the tool's import reads them (`request`, import-readers.ts; a large file in a worker,
 * with its progress shown), and the caller uses what they hold and returns what went wrong.
 * Errors show in the error summary, which takes focus and links to the file field; nothing else
 * changes.
 */
import { useState } from 'preact/hooks';
import type { ImportReader } from '../../lib/import-readers';
import { MAX_IMPORT_BYTES } from '../../lib/limits';
import { importErrorText } from '../../lib/tools/import-errors';
import { format } from '../../lib/text';
import { ErrorSummary } from '../forms/ErrorSummary';
import { useFieldId } from '../forms/ids';
import { ImportFrame, type FileImportProps, type ReadFile } from './ImportFrame';

export function FileImportForm<K extends ImportReader>({
  strings,
  multiple = false,
  request,
  read: readHere,
  onFiles,
}: FileImportProps<K>) {
  const [errors, setErrors] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState('');
  /** The share of a large file read so far, from 0 to 1; null while no large file is read. */
  const [progress, setProgress] = useState<number | null>(null);
  const inputId = useFieldId();

  const onChange = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const chosen = [...(input.files ?? [])];
    if (chosen.length === 0) return;
    // Reading files loads when one is chosen: the view's first download does not need it.
    const reader = await import('../../lib/import-file').catch(() => null);
    if (!reader) {
      setErrors(chosen.map((file) => importErrorText(strings.errors, file.name, { code: 'unreadable' })));
      setAttempt((n) => n + 1);
      input.value = '';
      return;
    }
    const { readImportFile } = reader;
    const read: ReadFile<K>[] = [];
    const problems: string[] = [];
    for (const file of chosen) {
      const result = await readImportFile(file, MAX_IMPORT_BYTES, { request, read: readHere }, setProgress);
      if (result.ok) read.push({ name: file.name, read: result.read });
      else problems.push(importErrorText(strings.errors, file.name, { code: result.reason }));
    }
    input.value = '';
    // What the tool does with the files may load its code first; if that fails, nothing changed.
    const outcome = await Promise.resolve()
      .then(() => onFiles(read))
      .catch(() => read.map((file) => importErrorText(strings.errors, file.name, { code: 'unreadable' })));
    const { errors: failed, done: message = '' } = Array.isArray(outcome) ? { errors: outcome } : outcome;
    setErrors([...problems, ...failed]);
    setDone(message);
    setProgress(null);
    setAttempt((n) => n + 1);
  };
  // Whole tens, so that a screen reader is not told every percent.
  const tens = Math.floor((progress ?? 0) * 10) * 10;

  return (
    <ImportFrame
      strings={strings}
      multiple={multiple}
      id={inputId}
      onChange={onChange}
      before={<ErrorSummary title={strings.errorTitle} attempt={attempt} errors={errors.map((text) => ({ field: inputId, text }))} />}
    >
      {/* Announced by the tool as it happens; shown here so that it can be read again. */}
      {done && <p class="tool-import__done">{done}</p>}
      <div class="tool-progress" role="status">
        {progress !== null && (
          <>
            <progress max={100} value={progress < 1 ? tens : undefined} aria-hidden="true" />{' '}
            <span>{progress < 1 ? format(strings.progress.reading, { percent: tens }) : strings.progress.checking}</span>
          </>
        )}
      </div>
    </ImportFrame>
  );
}
