/** "Je rol (niet verplicht)": the name a member's notes are signed with in a team overview. */
import { MAX_TITLE_LENGTH } from '../../lib/limits';
import { Field } from '../forms/Field';

interface Props {
  label: string;
  hint: string;
  value: string;
  onInput: (value: string) => void;
}

export function RoleField({ label, hint, value, onInput }: Props) {
  return (
    <Field label={label} hint={hint}>
      {(control) => (
        <input
          {...control}
          type="text"
          autocomplete="organization-title"
          maxLength={MAX_TITLE_LENGTH}
          value={value}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}
