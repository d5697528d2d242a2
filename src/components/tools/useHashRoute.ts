/**
 * A tool's view, kept in the address fragment ("#scan/<id>/resultaat") so that the back button,
 * reload and a bookmark work. Fragments the tool does not know (the skip link's "#inhoud") are
 * not routes and leave the view as it is. When the view changes, focus moves to its heading.
 *
 * The first render (on the server, and the browser's first) shows `fallback`; the address is read
 * after that, in an effect.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { initialRoute, type HashRouter } from '../../lib/tools/router';

export function useHashRoute<R>(router: HashRouter<R>, fallback: R, onChange?: () => void) {
  const [route, setRoute] = useState<R>(fallback);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef(false);
  const changed = useRef(onChange);
  changed.current = onChange;

  useEffect(() => {
    const initial = initialRoute(router, location.search, location.hash, fallback);
    if (initial.fromQuery) {
      // Keep the route in the fragment, like every other view, and bring it into view.
      history.replaceState(null, '', `${location.pathname}${router.toHash(initial.route)}`);
      focusNext.current = true;
    }
    setRoute(initial.route);
    const onHash = () => {
      const next = router.parse(location.hash);
      if (!next) return;
      focusNext.current = true;
      changed.current?.();
      setRoute(next);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [router]);

  useEffect(() => {
    if (focusNext.current) {
      focusNext.current = false;
      heading.current?.focus();
    }
  }, [route]);

  const go = useMemo(
    () => (next: R) => {
      const hash = router.toHash(next);
      if (location.hash !== hash) location.hash = hash;
    },
    [router],
  );

  return { route, go, heading };
}
