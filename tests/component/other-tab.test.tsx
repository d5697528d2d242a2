/**
 * Another tab's write of the record open here, in jsdom: a `storage` event as the browser sends it.
 * Each tab reads its own copy of storage, so the other tab may have typed from a copy without this
 * tab's last keystroke; both tabs' typing is kept. A text the other tab replaced is offered back,
 * until a later write holds it again.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { SCAN_STORAGE_KEY, scanTool } from '../../src/lib/scan/tool';
import { fieldsOf } from '../../src/lib/tools/entry';
import { Clock, edit, type Stamped } from '../../src/lib/tools/stamps';
import { createRecordStore } from '../../src/lib/tools/store';
import { catalogue, exampleScan, T1 } from '../fixtures/scan-examples';
import { freshPageForEachTest, renderTool, storedScanDocument } from '../support/tool-render';

freshPageForEachTest();

const [domain] = catalogue.domains as [(typeof catalogue.domains)[number]];
const scan = exampleScan({ id: 'samen', title: 'Samen typen', createdAt: T1, updatedAt: T1 }, { [domain.id]: { seen: 'Begin' } });
const key = `${SCAN_STORAGE_KEY}/${scan.id}`;
const path = `domains/${domain.id}/seen`;
const store = createRecordStore(scanTool);

/** The scan open on its rating view, stored as one entry by a tab before this one. */
async function openScan(): Promise<{ field: HTMLTextAreaElement; stored: Stamped }> {
  const clock = new Clock('eerder');
  store.save(scan.id, edit(null, fieldsOf(scan), clock), clock.tab);
  await renderTool('schoolscan', scan.title, { hash: `#scan/${scan.id}` });
  const group = screen.getByRole('group', { name: domain.label });
  return { field: within(group).getByLabelText(S.rating.seen) as HTMLTextAreaElement, stored: readStored() };
}

function readStored(): Stamped {
  return store.read(key, localStorage.getItem(key))!.stamped;
}

/** Another tab writes `seen` as its edit of `from`, and this tab hears of it. */
function otherTabWrites(from: Stamped, seen: string, tab: string) {
  const clock = new Clock(tab);
  const theirs = edit(from, { ...from.fields, [path]: seen }, clock);
  const text = store.entry(theirs);
  localStorage.setItem(key, text);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: text, storageArea: localStorage }));
}

const seenHere = () => storedScanDocument().scans[0]!.domains[domain.id]!.seen;

describe('another tab typing in the same text at the same moment', () => {
  it('keeps both tabs’ typing when the other tab typed from a copy without this tab’s keystroke', async () => {
    const { field, stored } = await openScan();
    fireEvent.input(field, { target: { value: 'Begin, hier' } });
    await waitFor(() => expect(seenHere()).toBe('Begin, hier'));

    // Its stamp's counter equals this tab's: it had not seen this tab's keystroke.
    otherTabWrites(stored, 'Begin en daar', '~laatste');

    await waitFor(() => expect(field.value).toBe('Begin, hier en daar'));
    expect(seenHere(), 'written back, so the other tab gets it too').toBe('Begin, hier en daar');
    expect(screen.queryByText(S.storage.replaced)).toBeNull();
  });

  it('offers back a text the other tab replaced, and takes the offer away when a later write holds it again', async () => {
    const { field, stored } = await openScan();
    fireEvent.input(field, { target: { value: 'Mijn tekst' } });
    await waitFor(() => expect(seenHere()).toBe('Mijn tekst'));

    otherTabWrites(stored, 'Hun tekst', '~laatste');
    await screen.findByRole('button', { name: S.storage.putBack });
    expect([...document.querySelectorAll('q')].map((quote) => quote.textContent)).toEqual(['Mijn tekst']);
    expect(field.value).toBe('Hun tekst');

    otherTabWrites(readStored(), 'Hun tekst. Mijn tekst', '~laatste');
    await waitFor(() => expect(field.value).toBe('Hun tekst. Mijn tekst'));
    await waitFor(() => expect(screen.queryByRole('button', { name: S.storage.putBack })).toBeNull());
  });
});
