/** Views that load on use (src/components/tools/useLazyModule.ts): tests wait for the view, not only its heading. */
import { waitFor } from '@testing-library/preact';

/** Resolves once no view in `root` is still loading; the first import of a view's module in a test can take a few seconds. */
export async function viewLoaded(root: ParentNode = document): Promise<void> {
  await waitFor(
    () => {
      if (root.querySelector('.tool-opening')) throw new Error('a view is still loading');
    },
    { timeout: 10_000 },
  );
}
