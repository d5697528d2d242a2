/** A module loaded on first need (a view few visitors open), so it stays out of the tool's first download. */
import { useEffect, useState } from 'preact/hooks';

const loaded = new Map<() => Promise<unknown>, unknown>();

/** The module once `load` has resolved; null until then, and while `wanted` is false. */
export function useLazyModule<M>(load: () => Promise<M>, wanted: boolean): M | null {
  const [module, setModule] = useState<M | null>((loaded.get(load) as M | undefined) ?? null);
  useEffect(() => {
    if (!wanted || module) return;
    let live = true;
    void load().then((value) => {
      loaded.set(load, value);
      if (live) setModule(value);
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  return module;
}
