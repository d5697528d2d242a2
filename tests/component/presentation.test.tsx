/**
 * The team session on the projector, rendered as the island in jsdom with a stored session of four
 * members (tests/fixtures/presentation.ts): the team's answers in numbers and words, long notes
 * folded with "Lees verder", the keys that move between domains and leave, focus on each new
 * domain's heading, full screen only where the browser has it; its markup passes html-validate
 * and axe, with a note folded and opened. Whether it fits the screen is for the browser test.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { HtmlValidate } from 'html-validate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import Schoolscan from '../../src/components/schoolscan/Schoolscan';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { SCAN_STORAGE_KEY } from '../../src/lib/scan/tool';
import { format } from '../../src/lib/text';
import {
  longestNote,
  memberScans,
  presentationHash,
  presentationStorage,
  presentedDomains,
  SESSION_ID,
  sessionHash,
  sessionTitle,
  shortNote,
} from '../fixtures/presentation';
import { contentCatalogue } from '../support/scan-catalogue';
import { wcagTags } from '../support/wcag';
import { presentStrings as PS } from '../../src/lib/i18n/present.nl';

const SS = S.session;
const catalogue = contentCatalogue();
const validator = new HtmlValidate({ ...config, rules: { ...config.rules, 'attribute-boolean-style': 'off' } });
const first = presentedDomains[0]!;
const last = presentedDomains.at(-1)!;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
});

/** The island on the presentation of the stored session, once the first domain shows. */
async function present(domain: string | null = null) {
  for (const [key, value] of Object.entries(presentationStorage)) localStorage.setItem(key, value);
  history.replaceState(null, '', `/schoolscan/${presentationHash(domain)}`);
  const view = render(<Schoolscan catalogue={catalogue} strings={S} />);
  await screen.findByRole('heading', { level: 3, name: domain ? presentedDomains.find((item) => item.id === domain)!.label : first.label });
  return view;
}

const domainHeading = () => screen.getByRole('heading', { level: 3 });

/** Presses `key` on a control other than the heading (the leave link unless given), so that focus must come back to it. */
async function pressAndArrive(key: string, hash: string, label: string, on?: HTMLElement) {
  const from = on ?? screen.getByRole('link', { name: PS.leave });
  from.focus();
  fireEvent.keyDown(from, { key });
  await waitFor(() => expect(location.hash).toBe(hash));
  await waitFor(() => expect(domainHeading().textContent).toBe(label));
  await waitFor(() => expect(document.activeElement, 'focus on the new domain’s heading').toBe(domainHeading()));
}

async function validates(container: Element, name: string) {
  const page = `<!DOCTYPE html><html lang="nl"><head><title>Test</title></head><body><main>${container.innerHTML}</main></body></html>`;
  const report = await validator.validateString(page, name);
  expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([]);
  const results = await axe.run(container, { runOnly: { type: 'tag', values: wcagTags } });
  expect(
    results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`)),
  ).toEqual([]);
}

describe('the presentation of a team session', () => {
  it('shows the domain, its position, the team’s answers in numbers and words, the notes and the decision', async () => {
    await present();
    const presentation = screen.getByRole('region', { name: format(SS.presentHeading, { title: sessionTitle }) });

    expect(within(presentation).getByText(format(PS.position, { n: 1, total: presentedDomains.length }))).toBeTruthy();
    expect(within(presentation).getByText(PS.toDiscuss)).toBeTruthy();
    const answers = memberScans.map((scan) => scan.domains[first.id]!.rating);
    const counts = [...presentation.querySelectorAll('.present__counts li')].map((item) => item.textContent?.replace(/\s+/g, ' ').trim());
    expect(counts).toEqual(
      (['geen', 'enige', 'grote', 'onbekend'] as const).map(
        (rating) => `${answers.filter((answer) => answer === rating).length} ${S.rating.options[rating]}`,
      ),
    );
    const decision = within(presentation).getByRole('group', { name: PS.agreedLegend });
    expect(
      within(decision)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual(Object.values(S.rating.options));
    expect(within(presentation).getByRole('button', { name: PS.next })).toBeTruthy();
    expect(within(presentation).queryByRole('button', { name: PS.previous }), 'nothing before the first domain').toBeNull();
    expect(within(presentation).getByRole('link', { name: PS.leave }).getAttribute('href')).toBe(sessionHash);
    await waitFor(() => expect(document.activeElement, 'focus on the domain’s heading').toBe(domainHeading()));
  });

  it('folds a long note to a few lines with “Lees verder”, which opens it in place, and leaves a short note as it is', async () => {
    const { container } = await present();
    const notes = screen.getByRole('region', { name: PS.notesLabel });
    const long = within(notes).getByText(longestNote);
    const more = within(notes).getAllByRole('button', { name: PS.readMore });
    const button = more.find((item) => item.getAttribute('aria-controls') === long.id)!;

    expect(long.classList.contains('present__note--folded'), 'folded').toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(
      within(notes)
        .getAllByText(shortNote)
        .every((note) => !note.nextElementSibling),
      'no button under a short note',
    ).toBe(true);
    await validates(container, 'presentation, notes folded');

    fireEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('true'));
    expect(button.textContent).toBe(PS.readLess);
    expect(long.classList.contains('present__note--folded'), 'open').toBe(false);
    await validates(container, 'presentation, a note opened');

    fireEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('false'));
    expect(long.classList.contains('present__note--folded'), 'folded again').toBe(true);
  });

  it('moves with the arrow keys, Home and End, and focus goes to each new domain’s heading', async () => {
    await present();

    await pressAndArrive('ArrowRight', presentationHash(presentedDomains[1]!.id), presentedDomains[1]!.label);
    expect(screen.getByText(format(PS.position, { n: 2, total: presentedDomains.length }))).toBeTruthy();
    await pressAndArrive('End', presentationHash(last.id), last.label);
    expect(screen.getByRole('button', { name: PS.finish }), 'the last domain saves the agreement').toBeTruthy();
    expect(screen.queryByRole('button', { name: PS.next })).toBeNull();
    await pressAndArrive('ArrowLeft', presentationHash(presentedDomains.at(-2)!.id), presentedDomains.at(-2)!.label);
    await pressAndArrive('Home', presentationHash(first.id), first.label);

    // A move sets the address at once (its view follows): none is set before the first domain.
    fireEvent.keyDown(domainHeading(), { key: 'ArrowLeft' });
    fireEvent.keyDown(domainHeading(), { key: 'Home' });
    expect(location.hash, 'nothing before the first domain').toBe(presentationHash(first.id));
  });

  it('leaves the arrow keys to a focused radio button and to key combinations', async () => {
    await present();
    const radio = within(screen.getByRole('group', { name: PS.agreedLegend })).getAllByRole('radio')[1]!;
    radio.focus();

    const ignored = [
      fireEvent.keyDown(radio, { key: 'ArrowRight' }),
      fireEvent.keyDown(radio, { key: 'ArrowLeft' }),
      fireEvent.keyDown(domainHeading(), { key: 'ArrowRight', altKey: true }),
      fireEvent.keyDown(domainHeading(), { key: 'End', shiftKey: true }),
    ];

    expect(ignored, 'each key left to the browser (not prevented)').toEqual([true, true, true, true]);
    expect(location.hash).toBe(presentationHash());
    await pressAndArrive('End', presentationHash(last.id), last.label, radio);
  });

  it('leaves for the session’s overview with Escape', async () => {
    await present(presentedDomains[2]!.id);
    expect(document.documentElement.classList.contains('presenting'), 'the page around it hidden').toBe(true);

    fireEvent.keyDown(domainHeading(), { key: 'Escape' });

    await screen.findByRole('heading', { level: 2, name: format(SS.heading, { title: sessionTitle }) });
    expect(location.hash).toBe(sessionHash);
    expect(document.querySelector('.present'), 'the presentation is gone').toBeNull();
    expect(document.documentElement.classList.contains('presenting'), 'the page is back').toBe(false);
  });

  it('offers full screen only where the browser has it, on the presentation itself', async () => {
    await present();
    expect(screen.queryByRole('button', { name: PS.fullScreen }), 'jsdom has no full screen').toBeNull();
    cleanup();
    localStorage.clear();

    Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: true });
    const requested: Element[] = [];
    HTMLElement.prototype.requestFullscreen = vi.fn(function (this: HTMLElement) {
      requested.push(this);
      return Promise.resolve();
    });
    try {
      await present();
      const button = screen.getByRole('button', { name: PS.fullScreen });
      expect(button.getAttribute('aria-pressed')).toBe('false');
      fireEvent.click(button);
      expect(requested).toEqual([document.querySelector('.present')]);
    } finally {
      delete (document as { fullscreenEnabled?: boolean }).fullscreenEnabled;
      delete (HTMLElement.prototype as { requestFullscreen?: unknown }).requestFullscreen;
    }
  });

  it('says so in the presentation when the team’s choice could not be saved', async () => {
    await present();
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key === `${SCAN_STORAGE_KEY}/${SESSION_ID}`) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    });

    fireEvent.click(within(screen.getByRole('group', { name: PS.agreedLegend })).getByRole('radio', { name: S.rating.options.grote }));

    const presentation = screen.getByRole('region', { name: format(SS.presentHeading, { title: sessionTitle }) });
    expect((await within(presentation).findByRole('alert')).textContent).toBe(PS.notSaved);
  });
});
