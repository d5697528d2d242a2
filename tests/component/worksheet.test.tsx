/**
 * A worksheet in jsdom: a long paste is never cut (the count says how much is too much, and it is
 * stored once it is shorter); partners in and around the school first, the site's additions
 * labelled so, and partners of the school's own; "Volgende stap" names what is really open.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import Werkblad from '../../src/components/werkblad/Werkblad';
import { werkbladStrings as W } from '../../src/lib/i18n/werkblad.nl';
import { MAX_ANSWER_LENGTH } from '../../src/lib/limits';
import { format } from '../../src/lib/text';
import { WERKBLAD_STORAGE_KEY } from '../../src/lib/werkblad/tool';
import { contentWerkbladCatalogue } from '../fixtures/werkblad-examples';
import { makeWorksheet, storedWerkbladText } from '../support/werkblad-files';

const catalogue = contentWerkbladCatalogue();
const [q1] = catalogue.questions;

afterEach(() => {
  cleanup();
  localStorage.clear();
});

/** The worksheet as stored now, read from its entry. */
const storedSheet = () => {
  const raw = localStorage.getItem(`${WERKBLAD_STORAGE_KEY}/blad`);
  return raw ? (JSON.parse(raw) as { data: { fields: Record<string, unknown> } }).data.fields : null;
};

async function openSheet(sheets = [makeWorksheet({ id: 'blad', title: 'Rots en Water' })]) {
  localStorage.setItem(WERKBLAD_STORAGE_KEY, storedWerkbladText(sheets));
  history.replaceState(null, '', '/werkblad/#werkblad/blad');
  const { container } = render(<Werkblad catalogue={catalogue} strings={W} scanHref="/schoolscan/" />);
  await waitFor(() => expect(container.querySelector('.tool-view-heading')?.textContent).toBe('Rots en Water'));
  // The worksheet's form loads when it is opened.
  await screen.findByLabelText(format(W.worksheet.answerLabel, { n: 1 }));
}

describe('a long text', () => {
  it('is never cut: a 6,000-character paste stays, the count says 1,000 too many, and it is stored once it fits', async () => {
    await openSheet();
    const answer = screen.getByLabelText(format(W.worksheet.answerLabel, { n: 1 })) as HTMLTextAreaElement;
    fireEvent.input(answer, { target: { value: 'Kort antwoord.' } });
    await waitFor(() => expect(storedSheet()?.[`answers/${q1!.id}`]).toBe('Kort antwoord.'));

    fireEvent.input(answer, { target: { value: 'x'.repeat(MAX_ANSWER_LENGTH + 1000) } });
    expect(answer.value).toHaveLength(MAX_ANSWER_LENGTH + 1000);
    expect(answer.getAttribute('aria-invalid')).toBe('true');
    const count = screen.getByText(/Dit zijn 1\.000 tekens te veel/);
    expect(answer.getAttribute('aria-describedby')).toContain(count.id);
    expect(storedSheet()?.[`answers/${q1!.id}`], 'not stored while too long').toBe('Kort antwoord.');

    fireEvent.input(answer, { target: { value: 'x'.repeat(MAX_ANSWER_LENGTH - 10) } });
    await waitFor(() => expect(storedSheet()?.[`answers/${q1!.id}`]).toHaveLength(MAX_ANSWER_LENGTH - 10));
    expect(screen.getByText('Je kunt nog 10 tekens typen.')).toBeTruthy();
    expect(answer.hasAttribute('aria-invalid')).toBe(false);
  });
});

describe('partners', () => {
  it('offers those in and around the school first, the site’s additions labelled so, then those outside it', async () => {
    await openSheet();
    const school = screen.getByRole('group', { name: W.worksheet.partnersSchool });
    const labels = within(school)
      .getAllByRole('checkbox')
      .map((box) => box.closest('label')!.textContent);
    expect(labels).toEqual([
      `Intern begeleider of zorgcoördinator ${W.worksheet.partnerAddition}`,
      `Mentoren en andere collega's ${W.worksheet.partnerAddition}`,
      `Schoolleiding ${W.worksheet.partnerAddition}`,
      'Ouders',
    ]);
    const outside = screen.getByRole('group', { name: W.worksheet.partnersOutside });
    expect(within(outside).getByRole('checkbox', { name: 'Gemeente' })).toBeTruthy();
    expect(within(outside).queryByText(W.worksheet.partnerAddition)).toBeNull();
  });

  it('adds a partner of the school’s own, focuses its name, stores it, and removes it', async () => {
    await openSheet();
    fireEvent.click(screen.getByRole('button', { name: W.worksheet.addOwnPartner }));
    const name = (await screen.findByLabelText(format(W.worksheet.ownPartner, { n: 1 }))) as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(name));
    fireEvent.input(name, { target: { value: 'Buurtsportcoach' } });
    await waitFor(() => expect(Object.values(storedSheet() ?? {})).toContain('Buurtsportcoach'));

    fireEvent.click(screen.getByRole('button', { name: format(W.worksheet.removeOwnPartner, { n: 1 }) }));
    await waitFor(() => expect(Object.values(storedSheet() ?? {})).not.toContain('Buurtsportcoach'));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: W.worksheet.addOwnPartner }));
  });
});

describe('the next step', () => {
  it('names the open questions of this worksheet, and never says the others are done when this one is not', async () => {
    await openSheet();
    const next = screen.getByRole('heading', { name: W.worksheet.nextHeading }).parentElement!;
    expect(next.textContent).toContain(format(W.worksheet.nextOpenHere, { questions: 'vraag 1, 2, 3, 4 en 5' }));
    expect(next.textContent).toContain(W.worksheet.nextOthersDone);
    expect(next.textContent).not.toContain(W.worksheet.nextPlanIntro);
    expect(within(next).getByRole('link', { name: format(W.worksheet.nextOpenHereLink, { n: 1 }) })).toBeTruthy();
  });

  it('says all worksheets are done only when they are', async () => {
    const answers = Object.fromEntries(catalogue.questions.map((question) => [question.id, 'Klaar.']));
    await openSheet([makeWorksheet({ id: 'blad', title: 'Rots en Water', answers })]);
    const next = screen.getByRole('heading', { name: W.worksheet.nextHeading }).parentElement!;
    expect(next.textContent).toContain(W.worksheet.nextPlanIntro);
    expect(next.textContent).not.toContain(W.worksheet.nextOpenHere.slice(0, 20));
  });
});
