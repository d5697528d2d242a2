/**
 * The import's form loads after the list has shown (FileImport.tsx). When its code does not load
 * (the connection dropped), the field stays disabled and says why, with a way to try again, instead
 * of a field that does nothing. In a file of its own: a module that failed to load stays failed
 * for the rest of the file, as in a browser until the page loads again.
 */
import { screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { werkbladStrings as W } from '../../src/lib/i18n/werkblad.nl';
import { freshPageForEachTest, renderTool } from '../support/tool-render';

vi.mock('../../src/components/tools/FileImportForm', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

freshPageForEachTest();

describe.each([
  ['schoolscan', S.views.list, S.import.label],
  ['werkblad', W.views.list, W.import.label],
] as const)('the %s list when the import’s code does not load', (tool, heading, label) => {
  it('keeps the field disabled and says why, with a button that loads the page again', async () => {
    await renderTool(tool, heading);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(S.import.openFailed);
    const reload = vi.fn();
    vi.stubGlobal('location', { ...location, reload });
    within(alert).getByRole('button', { name: S.import.openAgain }).click();
    expect(reload).toHaveBeenCalledOnce();
    expect((screen.getByLabelText(label) as HTMLInputElement).disabled).toBe(true);
    vi.unstubAllGlobals();
  });
});
