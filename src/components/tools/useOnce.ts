/**
 * For buttons that create a record: the first click does it, a second one (a double click, or a
 * click before the view has changed) does nothing. `reset` allows it again (after an error).
 */
import { useRef } from 'preact/hooks';

export function useOnce() {
  const done = useRef(false);
  return {
    run: (action: () => void) => {
      if (done.current) return;
      done.current = true;
      action();
    },
    reset: () => {
      done.current = false;
    },
  };
}
