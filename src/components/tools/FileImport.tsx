/**
 * Choosing one file (or several) to import. Files over the size limit are refused before they are
 * read; the caller checks the text of the others and returns what went wrong. Errors show in the
 * error summary, which takes focus and links to the file field; nothing else changes.
 */
import { useState } from 'preact/hooks';
import { readFileText, type ReadProblem } from '../../lib/files';
import { MAX_IMPORT_BYTES } from '../../lib/limits';
import { importErrorText } from '../../lib/tools/exchange';
import { ErrorSummary } from '../forms/ErrorSummary';
import { Field } from '../forms/Field';
import { useFieldId } from '../forms/ids';

export interface ReadFile {
  name: string;
  text: string;
}

/** What came of the chosen files: an error message per file that failed, and what was done, to show. */
export interface ImportOutcome {
  errors: string[];
  done?: string;
}

/** The `import` strings of a tool: the field, the error box, and the messages for files that cannot be read. */
export interface ImportStrings {
  label: string;
  hint: string;
  errorTitle: string;
  errors: Readonly<Record<ReadProblem, string>>;
}

interface Props {
  strings: ImportStrings;
  multiple?: boolean;
  /** Checks and uses the files that could be read; returns an error message per file that failed (and what was done). */
  onFiles: (files: ReadFile[]) => string[] | ImportOutcome | Promise<string[] | ImportOutcome>;
}

export function FileImport({ strings, multiple = false, onFiles }: Props) {
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState('');
  const [attempt, setAttempt] = useState(0);
  const inputId = useFieldId();

  const onChange = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const chosen = [...(input.files ?? [])];
    if (chosen.length === 0) return;
    const read: ReadFile[] = [];
    const problems: string[] = [];
    for (const file of chosen) {
      const result = await readFileText(file, MAX_IMPORT_BYTES);
      if (result.ok) read.push({ name: file.name, text: result.text });
      else problems.push(importErrorText(strings.errors, file.name, { code: result.reason }));
    }
    input.value = '';
    const outcome = await onFiles(read);
    const { errors: failed, done: message = '' } = Array.isArray(outcome) ? { errors: outcome } : outcome;
    setErrors([...problems, ...failed]);
    setDone(message);
    setAttempt((n) => n + 1);
  };

  return (
    <div class="tool-import print-hidden">
      <ErrorSummary title={strings.errorTitle} attempt={attempt} errors={errors.map((text) => ({ field: inputId, text }))} />
      <Field id={inputId} label={strings.label} hint={strings.hint}>
        {(control) => <input {...control} type="file" multiple={multiple} accept=".json,application/json" onChange={onChange} />}
      </Field>
      {/* Announced by the tool as it happens; shown here so that it can be read again. */}
      {done && <p class="tool-import__done">{done}</p>}
    </div>
  );
}
