/**
 * A tool's view, kept in the address fragment ("#scan/<id>/resultaat") so that the back button,
 * reload and a bookmark work. Fragments the tool does not know (the skip link's "#inhoud") are
 * not routes and leave the view as it is. When the view changes, focus moves to its heading; a
 * page opened on a view other than the first scrolls the tool to the top of the screen.
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
  /** True for the view the page opened on: it scrolls to the top of the screen. */
  const landing = useRef(false);
  const changed = useRef(onChange);
  changed.current = onChange;

  useEffect(() => {
    const initial = initialRoute(router, location.search, location.hash, fallback);
    if (initial.fromQuery) {
      // Keep the route in the fragment, like every other view.
      history.replaceState(null, '', `${location.pathname}${router.toHash(initial.route)}`);
    }
    // A link to a view (an invitation, "Start de schoolscan", a scan) lands on that view, not on
    // the page's introduction above the tool: the tool comes to the top of the screen.
    if (initial.fromQuery || router.toHash(initial.route) !== router.toHash(fallback)) {
      focusNext.current = true;
      landing.current = true;
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
    if (!focusNext.current) return;
    focusNext.current = false;
    if (landing.current) {
      landing.current = false;
      // jsdom has no scrollIntoView.
      heading.current?.closest('.tool-root')?.scrollIntoView?.({ block: 'start' });
      heading.current?.focus({ preventScroll: true });
    } else heading.current?.focus();
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
