/**
 * Views that load when they are first opened, so a tool page's first view downloads the shell and
 * that view only. A view's module can be fetched earlier, on intent (a pointer over or focus on a
 * link to it) or when it is the likely next step, so that it is there when it is opened. A load
 * that fails (the connection dropped) is shown by the view that waits for it (Opening, ToolShell.tsx).
 */
import { useEffect, useState } from 'preact/hooks';
import type { HashRouter } from '../../lib/tools/router';

export type Load = () => Promise<unknown>;

const loaded = new Map<Load, unknown>();
const pending = new Map<Load, Promise<unknown>>();
const failed = new Set<Load>();
const listeners = new Map<Load, Set<() => void>>();

const settle = (load: Load) => listeners.get(load)?.forEach((listener) => listener());

/** Starts loading a module once; what waits for it hears when it has loaded or failed. */
function start(load: Load): Promise<unknown> {
  let promise = pending.get(load);
  if (!promise) {
    promise = load().then(
      (module) => {
        loaded.set(load, module);
        failed.delete(load);
        settle(load);
        return module;
      },
      (error: unknown) => {
        pending.delete(load);
        failed.add(load);
        settle(load);
        throw error;
      },
    );
    pending.set(load, promise);
  }
  return promise;
}

/** Fetches a module ahead of need; a failure is shown by the view that waits for it, not here. */
export function prefetch(load: Load | undefined): void {
  if (load && !loaded.has(load)) start(load).catch(() => undefined);
}

/** Rerenders the component when `load` has loaded or failed. */
function useSettled(load: Load): void {
  const [, setVersion] = useState(0);
  useEffect(() => {
    const listener = () => setVersion((version) => version + 1);
    const set = listeners.get(load) ?? new Set();
    listeners.set(load, set.add(listener));
    return () => void set.delete(listener);
  }, [load]);
}

/** The module once `load` has resolved; null until then, and while `wanted` is false. */
export function useLazyModule<M>(load: () => Promise<M>, wanted: boolean): M | null {
  useSettled(load);
  const module = (loaded.get(load) as M | undefined) ?? null;
  useEffect(() => {
    if (wanted && !module && !failed.has(load)) prefetch(load);
  }, [wanted, module]);
  return module;
}

/** Whether the last try to load `load` failed; the component rerenders when that changes. */
export function useLoadFailed(load: Load): boolean {
  useSettled(load);
  return failed.has(load);
}

/**
 * Fetches the module of the view a link leads to when a pointer rests on the link or it gets
 * focus: the time between intent and click is often enough to fetch a small view.
 */
export function usePrefetchOnIntent<R>(router: HashRouter<R>, loadFor: (route: R) => Load | undefined): void {
  useEffect(() => {
    const onIntent = (event: Event) => {
      const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
      const route = link ? router.parse(link.getAttribute('href') ?? '') : null;
      if (route) prefetch(loadFor(route));
    };
    document.addEventListener('pointerover', onIntent, { passive: true });
    document.addEventListener('focusin', onIntent);
    return () => {
      document.removeEventListener('pointerover', onIntent);
      document.removeEventListener('focusin', onIntent);
    };
  }, [router]);
}
