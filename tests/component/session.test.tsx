/**
 * The team session's views in jsdom: the invitation as a member opens it (once, and again on the
 * same device), the coordinator's list of members with "Verwijderen uit de sessie" and undo, and
 * the team overview that arrives with that view, the paste box with no link in it, "Kopieer de
 * link" saying "Gekopieerd", and a member's next step.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Schoolscan from '../../src/components/schoolscan/Schoolscan';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { invitePath, inviteOf } from '../../src/lib/scan/invite';
import type { Scan } from '../../src/lib/scan/model';
import { joinScan } from '../../src/lib/scan/session';
import { SCAN_STORAGE_KEY } from '../../src/lib/scan/tool';
import { format, plural } from '../../src/lib/text';
import { catalogue, exampleScan, T1, T2 } from '../fixtures/scan-examples';
import { viewLoaded } from '../support/lazy-view';

const SS = S.session;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
});

const session: Scan = exampleScan({ id: 'sessie', title: 'Klas 2B', session: 'sessie', createdAt: T1, updatedAt: T1 });
const invite = inviteOf(session);
const member = (n: number, role: string, received = true): Scan => ({
  ...joinScan(invite, role, catalogue.domains, { id: `lid${n}`, member: `sleutel${n}`, now: T2, today: '2026-11-25' }),
  ...(received ? { received: T2 } : {}),
});

function seed(scans: Scan[]) {
  localStorage.setItem(SCAN_STORAGE_KEY, JSON.stringify({ version: 1, data: { scans, deleted: {} } }));
}

async function open(hash: string, heading: string) {
  history.replaceState(null, '', `/schoolscan/${hash}`);
  const view = render(<Schoolscan catalogue={catalogue} strings={S} />);
  await waitFor(() => expect(view.container.querySelector('.tool-view-heading')?.textContent).toBe(heading));
  await viewLoaded();
  return view;
}

describe('the invitation', () => {
  it('names the session and starts the scan in one step, with the details of the invitation', async () => {
    seed([]);
    await open(`#${invitePath(invite)}`, format(SS.joinHeading, { title: 'Klas 2B' }));
    await screen.findByText(format(SS.joinIntro, { title: 'Klas 2B' }));
    fireEvent.input(screen.getByLabelText(S.details.role), { target: { value: 'mentor 2B' } });
    fireEvent.click(screen.getByRole('button', { name: S.details.start }));

    await screen.findByRole('heading', { level: 2, name: 'Klas 2B' });
    const stored = Object.entries(localStorage).filter(([key]) => key.startsWith(`${SCAN_STORAGE_KEY}/`));
    expect(stored).toHaveLength(1);
    const fields = JSON.parse(stored[0]![1]).data.fields as Record<string, unknown>;
    expect(fields).toMatchObject({ session: 'sessie', role: 'mentor 2B', title: 'Klas 2B', level: session.level });
    expect(typeof fields.member).toBe('string');
  });

  it('opened again on a device that started a scan for it: that scan, to go on with, and no new one', async () => {
    const own = member(1, 'mentor', false);
    seed([own]);
    await open(`#${invitePath(invite)}`, format(SS.joinHeading, { title: 'Klas 2B' }));
    await screen.findByText(format(SS.joinAgain, { title: 'Klas 2B' }));
    expect(screen.getByRole('link', { name: SS.joinContinue }).getAttribute('href')).toBe('#scan/lid1');
    expect(screen.getByRole('link', { name: SS.sendLink }).getAttribute('href')).toBe('#scan/lid1/delen');
    expect(screen.queryByRole('button', { name: S.details.start })).toBeNull();
  });

  it('does not take a scan that came in by link for this device’s own', async () => {
    seed([session, member(1, 'mentor')]);
    await open(`#${invitePath(invite)}`, format(SS.joinHeading, { title: 'Klas 2B' }));
    await screen.findByRole('button', { name: S.details.start });
  });
});

describe('the coordinator’s overview', () => {
  it('lists each member once, takes one out and puts it back', async () => {
    seed([
      session,
      member(1, 'mentor 2B'),
      member(2, 'docent Engels'),
      { ...member(2, 'docent Engels'), id: 'kopie', updatedAt: '2026-11-25T10:30:00.000Z' },
    ]);
    await open('#sessie/sessie', format(SS.heading, { title: 'Klas 2B' }));
    await screen.findByText(plural(2, SS.collected));

    fireEvent.click(screen.getByRole('button', { name: format(SS.removeMemberLabel, { name: 'mentor 2B' }) }));
    await screen.findByText(plural(1, SS.collected));
    const undo = screen.getByRole('button', { name: S.list.undo });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect(screen.getByText(format(SS.memberRemoved, { title: 'mentor 2B' }))).toBeTruthy();

    fireEvent.click(undo);
    await screen.findByText(plural(2, SS.collected));
  });

  it('shows the team overview with the members, in the view as it arrives (its code loads with the view)', async () => {
    seed([session, member(1, 'mentor 2B'), member(2, 'docent Engels')]);
    await open('#sessie/sessie', format(SS.heading, { title: 'Klas 2B' }));
    // The view and its overview are there together: no part of the view follows later.
    expect(screen.getByText(plural(2, SS.collected))).toBeTruthy();
    expect(screen.getByRole('table', { name: S.team.tableCaption })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: S.team.tableCaption })).toBeTruthy();
  });

  it('says once that there is no link in what was pasted', async () => {
    seed([session]);
    await open('#sessie/sessie', format(SS.heading, { title: 'Klas 2B' }));
    fireEvent.input(await screen.findByLabelText(SS.pasteLabel), { target: { value: 'Hoi allemaal, de link komt zo. Groet, Anna' } });
    fireEvent.click(screen.getByRole('button', { name: SS.pasteButton }));
    await screen.findByText(SS.pasteNone);
    expect(document.querySelectorAll('.session-report li')).toHaveLength(1);
  });

  it('says "Gekopieerd" next to "Kopieer de link"', async () => {
    seed([session]);
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await open('#sessie/sessie', format(SS.heading, { title: 'Klas 2B' }));
    const button = await screen.findByRole('button', { name: SS.copy });
    fireEvent.click(button);
    await waitFor(() => expect(within(button.parentElement!).getByRole('status').textContent).toBe(SS.copied));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining(`#${invitePath(invite)}`));
  });
});

describe('a member’s next step', () => {
  it('is sending the scan, after the last domain; the result offers no types to choose', async () => {
    seed([member(1, 'mentor', false)]);
    await open('#scan/lid1', 'Klas 2B');
    const fieldsets = document.querySelectorAll('.domain-fieldset');
    const send = screen.getByRole('link', { name: SS.sendLink });
    expect(fieldsets[fieldsets.length - 1]!.compareDocumentPosition(send) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    history.replaceState(null, '', '/schoolscan/#scan/lid1/resultaat');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await screen.findByRole('heading', { level: 2, name: `${S.views.result}: Klas 2B` });
    expect(screen.getAllByRole('link', { name: SS.sendLink })).toHaveLength(1);
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });
});
