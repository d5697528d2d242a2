/**
 * What the tools say about saving, in jsdom: a change that could not be stored stays listed (and
 * the "saved" line does not claim otherwise) until it is stored or downloaded, whatever later saves
 * succeed; an import that does not fit is refused whole with the room it needs; a broken invitation
 * says so; deleting and undoing never leave focus on the page itself.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Schoolscan from '../../src/components/schoolscan/Schoolscan';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { exportScan } from '../../src/lib/scan/exchange';
import { SCAN_STORAGE_KEY } from '../../src/lib/scan/tool';
import { PROBE_KEY } from '../../src/lib/tools/room-check';
import { format, plural } from '../../src/lib/text';
import { catalogue, exampleScan, T1, T2 } from '../fixtures/scan-examples';
import { viewLoaded } from '../support/lazy-view';
import { importInput } from '../support/tool-render';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
});

const groot = exampleScan({ id: 'groot', title: 'Groep 8, lange notitie', createdAt: T1, updatedAt: T1 });
const klein = exampleScan({ id: 'klein', title: 'Groep 3', createdAt: T2, updatedAt: T2 });

/** Both scans stored as a version 1 document, which the tool moves into entries when it loads. */
function seed() {
  localStorage.setItem(SCAN_STORAGE_KEY, JSON.stringify({ version: 1, data: { scans: [groot, klein], deleted: {} } }));
}

async function open(hash: string, heading: string) {
  history.replaceState(null, '', `/schoolscan/${hash}`);
  const view = render(<Schoolscan catalogue={catalogue} strings={S} />);
  await waitFor(() => expect(view.container.querySelector('.tool-view-heading')?.textContent).toBe(heading));
  await viewLoaded();
  return view;
}

/** Goes to another view as a link in the page would. */
async function go(hash: string, heading: string) {
  history.replaceState(null, '', `/schoolscan/${hash}`);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  await screen.findByRole('heading', { level: 2, name: heading });
  await viewLoaded();
}

describe('a save that fails', () => {
  it('stays listed whatever later saves succeed, until it is downloaded, and the page asks before it is left meanwhile', async () => {
    seed();
    await open('#scan/groot', groot.title);
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key === `${SCAN_STORAGE_KEY}/groot`) throw quota();
      setItem.call(this, key, value);
    });
    const [first] = catalogue.domains;
    fireEvent.input(within(screen.getByRole('group', { name: first!.label })).getByLabelText(S.rating.seen), {
      target: { value: 'Moe na de pauze' },
    });

    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain(plural(1, S.storage.unsavedCount));
    expect(
      within(notice)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([groot.title]);
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented, 'the browser asks before the page is left').toBe(true);

    // Another scan saves; the first stays listed, and "saved" is not claimed.
    await go('#scan/klein', klein.title);
    fireEvent.click(within(screen.getByRole('group', { name: first!.label })).getByRole('radio', { name: S.rating.options.grote }));
    await waitFor(() => expect(localStorage.getItem(`${SCAN_STORAGE_KEY}/klein`)).toContain('grote'));
    expect(screen.getByRole('alert').textContent).toContain(groot.title);
    expect(document.querySelector('.tool-saved')?.textContent).toBe(S.autosave.problem);

    // Downloaded: no longer listed, and leaving is no longer asked about.
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    fireEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: S.storage.downloadUnsaved }));
    expect(created).toHaveBeenCalledOnce();
    const file = await (created.mock.calls[0]![0] as Blob).text();
    expect(file).toContain('Moe na de pauze');
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    const again = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(again);
    expect(again.defaultPrevented).toBe(false);
  });
});

describe('an import that does not fit', () => {
  it('is refused whole, with the room it needs and the room there is, and adds nothing', async () => {
    seed();
    await open('', S.views.list);
    const before = { ...localStorage };
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation((key: string) => {
      if (key === PROBE_KEY) throw quota();
    });
    const file = new File([JSON.stringify(exportScan({ ...klein, id: 'nieuw', title: 'Uit een bestand' }, T2))], 'scan.json', {
      type: 'application/json',
    });
    const input = await importInput(S.import.label);
    Object.defineProperty(input, 'files', { configurable: true, value: [file] });
    fireEvent.change(input);

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toMatch(/‘scan\.json’ past niet in de opslag van je browser: er is \d+ kB nodig en nog \d+ kB vrij/);
    expect({ ...localStorage }).toEqual(before);
    expect(screen.queryByText('Uit een bestand')).toBeNull();
  });
});

describe('a broken invitation', () => {
  it('says that the link is not complete and what to do, instead of showing the list without a word', async () => {
    await open('#doe-mee/abc/klas', S.session.inviteBrokenTitle);
    expect(screen.getByRole('alert').textContent).toContain(S.session.inviteBroken);
    expect(screen.getByRole('link', { name: S.nav.backToList })).toBeTruthy();
  });
});

describe('deleting from the list', () => {
  it('moves focus to the question, back to "Verwijderen" on cancel, to "Ongedaan maken" after deleting, and to the scan after undoing', async () => {
    seed();
    await open('', S.views.list);
    const card = () => screen.getByRole('heading', { level: 3, name: klein.title }).closest('li')!;
    fireEvent.click(within(card()).getByRole('button', { name: S.list.delete }));
    expect(document.activeElement?.textContent).toBe(format(S.list.confirmDelete, { title: klein.title }));

    fireEvent.click(within(card()).getByRole('button', { name: S.list.cancel }));
    await waitFor(() => expect(document.activeElement).toBe(within(card()).getByRole('button', { name: S.list.delete })));

    fireEvent.click(within(card()).getByRole('button', { name: S.list.delete }));
    fireEvent.click(within(card()).getByRole('button', { name: S.list.confirmDeleteYes }));
    const undo = await screen.findByRole('button', { name: S.list.undo });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect(JSON.parse(localStorage.getItem(`${SCAN_STORAGE_KEY}/klein`)!).data.fields).toEqual({ $deleted: true });

    fireEvent.click(undo);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('link', { name: klein.title })));
  });
});
