/**
 * One form field: label, hint, error message and control, in that order, wired together
 * (govuk-frontend's form group, utrecht's FormFieldTextbox). The control is rendered by the
 * caller with the props it is given, so any input, textarea or select fits.
 */
import type { ComponentChildren, JSX } from 'preact';
import { FieldNotes, noteIds } from './FieldNotes';
import { describedBy, useFieldId } from './ids';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface Props {
  /** The control's id; one is made when absent. Give it when an error summary links to the field. */
  id?: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  /** The error message; the field is marked as wrong while it is set. */
  error?: string | null;
  /** "Fout:", read before the error by screen readers. */
  errorPrefix?: string;
  /** Extra ids the control is described by (a question it answers), before the hint. */
  describedByIds?: string[];
  class?: string;
  children: (control: ControlProps) => JSX.Element;
}

export function Field({ id, label, hint, error, errorPrefix, describedByIds = [], class: className, children }: Props) {
  const made = useFieldId();
  const controlId = id ?? made;
  const { hintId, errorId } = noteIds(controlId, hint, error);
  return (
    <div class={['field', error ? 'field--error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label class="field-label" for={controlId}>
        {label}
      </label>
      <FieldNotes base={controlId} hint={hint} error={error} errorPrefix={errorPrefix} />
      {children({
        id: controlId,
        'aria-describedby': describedBy(...describedByIds, hintId, errorId),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
    </div>
  );
}
