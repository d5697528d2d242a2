import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/**
 * Text for a polite live region, kept apart from visible text (govuk-frontend character-count).
 * "later" waits until typing pauses, so a screen reader hears "Opgeslagen" once, not per key.
 */
export function useAnnouncer() {
  const [liveText, setLiveText] = useState('');
  const timer = useRef<number | undefined>(undefined);

  const announce = useCallback((text: string, when: 'now' | 'later') => {
    window.clearTimeout(timer.current);
    // Emptying first makes screen readers repeat a message that is the same as the last one.
    setLiveText('');
    timer.current = window.setTimeout(() => setLiveText(text), when === 'now' ? 100 : 1500);
  }, []);

  useEffect(() => () => window.clearTimeout(timer.current), []);
  return { liveText, announce };
}
