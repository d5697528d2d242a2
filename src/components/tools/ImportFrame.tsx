/**
 * What the import shows before and after its code has loaded (FileImport.tsx, FileImportForm.tsx):
 * the file field and the room around it, and the types both use.
 */
import type { ComponentChildren, JSX } from 'preact';
import type { ReadProblem } from '../../lib/files';
import type { ImportRead, ImportReader, ImportRequest, ReadImport } from '../../lib/import-readers';
import { Field } from '../forms/Field';
import type { OpeningStrings } from './ToolShell';

/** What came of the chosen files: an error message per file that failed, and what was done, to show. */
export interface ImportOutcome {
  errors: string[];
  done?: string;
}

export interface ReadFile<K extends ImportReader = ImportReader> {
  name: string;
  /** What the tool's import made of the file (import-readers.ts). */
  read: ImportRead<K>;
}

/**
 * The `import` strings of a tool: the field, the error box, the messages for files that cannot be
 * read, and what the field says when the import's code did not load.
 */
export interface ImportStrings extends Omit<OpeningStrings, 'opening'> {
  label: string;
  hint: string;
  errorTitle: string;
  errors: Readonly<Record<ReadProblem, string>>;
  /** While a large file is read: "{percent}" read so far, then checking what it holds. */
  progress: { reading: string; checking: string };
}

export interface FileImportProps<K extends ImportReader> {
  strings: ImportStrings;
  multiple?: boolean;
  /** How the tool's import reads a file: by name in a worker, and with `read` on the page. */
  request: ImportRequest<K>;
  read: ReadImport<K>;
  /** Uses the files that could be read; returns an error message per file that failed (and what was done). */
  onFiles: (files: ReadFile<K>[]) => string[] | ImportOutcome | Promise<string[] | ImportOutcome>;
}

interface FrameProps {
  strings: ImportStrings;
  multiple: boolean;
  id?: string;
  /** Absent while the form's code loads: the field is disabled until then. */
  onChange?: JSX.GenericEventHandler<HTMLInputElement>;
  /** Above the field (the error summary). */
  before?: ComponentChildren;
  /** Below the field: what was done, and the progress of a large file. */
  children: ComponentChildren;
}

/** The import's field and what is around it, the same before and after the form's code has loaded. */
export function ImportFrame({ strings, multiple, id, onChange, before, children }: FrameProps) {
  return (
    <div class="tool-import print-hidden">
      {before}
      <Field id={id} label={strings.label} hint={strings.hint}>
        {(control) => (
          <input {...control} type="file" multiple={multiple} accept=".json,application/json" disabled={!onChange} onChange={onChange} />
        )}
      </Field>
      {children}
    </div>
  );
}
