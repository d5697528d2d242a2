/**
 * "Lege scan afdrukken" / "Leeg werkblad afdrukken": prints the tool's blank paper form (rendered
 * by its Astro wrapper, the same form readers without JavaScript get) with the hint beside it.
 * The view stays as it is, and so does the focus: cancelling the dialog leaves the user where
 * they were.
 */
import { useEffect, useRef } from 'preact/hooks';
import { printBlankForm, type BlankForm } from '../../lib/tools/print-blank';
import { useFieldId } from '../forms/ids';

interface Props {
  form: BlankForm;
  strings: { button: string; hint: string };
}

export function BlankPrint({ form, strings }: Props) {
  const clear = useRef<(() => void) | null>(null);
  // When the view goes, a mark left by a dialog that never said it closed goes with it.
  useEffect(() => () => clear.current?.(), []);
  const hintId = useFieldId();
  return (
    <div class="blank-print print-hidden">
      <button
        type="button"
        class="button button--secondary"
        aria-describedby={hintId}
        onClick={() => {
          clear.current?.();
          clear.current = printBlankForm(form, window);
        }}
      >
        {strings.button}
      </button>
      <p class="blank-print__hint" id={hintId}>
        {strings.hint}
      </p>
    </div>
  );
}
