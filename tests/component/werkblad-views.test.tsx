/**
 * The werkblad's views in jsdom, on the synthetic catalogues of tests/fixtures (four questions,
 * four partners, the five types of scan-examples.ts): the programme form's error summary,
 * worksheets made from a scan (once), answering and the progress on the sheet and the list (also
 * after a reload), the hints under the questions, a linked scan that is gone, deleting with undo,
 * and the message for each kind of bad file. What needs a real browser (the keyboard, tabs,
 * downloads, print, layout) is in tests/browser/werkblad.test.ts.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { werkbladStrings as W } from '../../src/lib/i18n/werkblad.nl';
import type { Scan } from '../../src/lib/scan/model';
import { SCAN_STORAGE_KEY } from '../../src/lib/scan/tool';
import { formatDay } from '../../src/lib/dates';
import { format, plural } from '../../src/lib/text';
import type { Worksheet } from '../../src/lib/werkblad/model';
import { WERKBLAD_STORAGE_KEY } from '../../src/lib/werkblad/tool';
import { domain, ratedScan, T1, T2, T3 } from '../fixtures/scan-examples';
import { action, catalogue, exampleWorksheet } from '../fixtures/werkblad-examples';
import { scanFileText, storedDocumentText } from '../support/scan-files';
import { storedWerkbladText, werkbladFileText } from '../support/werkblad-files';
import {
  go,
  listTitles,
  reloadTool,
  renderTool,
  storageContents,
  storedWerkbladDocument,
  textOf,
  waitForView,
  commonBadFiles,
  expectRefused,
  type BadFile,
  freshPageForEachTest,
} from '../support/tool-render';

freshPageForEachTest();

const questions = catalogue.questions;
const title = (typeId: string) => catalogue.interventions.find((type) => type.id === typeId)!.title;
const sheets = (...worksheets: Worksheet[]) => ({ [WERKBLAD_STORAGE_KEY]: storedWerkbladText(worksheets) });
const scansStored = (...scans: Scan[]) => ({ [SCAN_STORAGE_KEY]: storedDocumentText(scans) });
const programmeRegion = () => screen.getByRole('region', { name: W.create.programmeHeading });
const answerField = (n: number) => screen.getByLabelText(format(W.worksheet.answerLabel, { n })) as HTMLTextAreaElement;
const actionGroup = (n: number) => screen.queryByRole('group', { name: format(W.worksheet.action, { n }) });
const actionField = (n: number, field: 'what' | 'who' | 'when') =>
  within(actionGroup(n)!).getByLabelText(W.worksheet[field]) as HTMLInputElement;
const cards = () =>
  [...document.querySelectorAll('.tool-card')].map((card) => ({
    title: textOf(card.querySelector('h3')),
    meta: textOf(card.querySelector('h3 + p')),
    progress: textOf(card.querySelector('h3 + p + p')),
  }));
const storedSheet = (id: string) => storedWerkbladDocument().worksheets.find((sheet) => sheet.id === id);

describe('a named programme', () => {
  it('without a name: a summary that takes focus and links to the field, and nothing is stored', async () => {
    await renderTool('werkblad', W.views.create, { hash: '#nieuw' });
    fireEvent.click(
      within(await screen.findByRole('region', { name: W.create.programmeHeading })).getByRole('button', {
        name: W.create.programmeButton,
      }),
    );

    const summary = await screen.findByRole('alert', { name: W.create.summaryTitle });
    await waitFor(() => expect(document.activeElement, 'the summary has focus').toBe(summary));
    const field = screen.getByLabelText(W.create.programmeLabel);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const link = within(summary).getByRole('link', { name: W.create.programmeMissing });
    expect(link.getAttribute('href')).toBe(`#${field.id}`);
    expect(storageContents(), 'nothing stored').toEqual([]);
    fireEvent.click(link);
    expect(document.activeElement, 'the summary link focuses the name field').toBe(field);
  });

  it('with a name: a worksheet of the kind "Programma", listed so', async () => {
    await renderTool('werkblad', W.views.create, { hash: '#nieuw' });
    fireEvent.input(await screen.findByLabelText(W.create.programmeLabel), { target: { value: 'Kanjertraining' } });
    fireEvent.click(within(programmeRegion()).getByRole('button', { name: W.create.programmeButton }));

    await waitForView('Kanjertraining');
    await waitFor(() => expect(textOf(document.querySelector('.worksheet .tool-card__meta'))).toBe(W.worksheet.kindProgramme));
    expect(storedWerkbladDocument().worksheets.map((sheet) => ({ title: sheet.title, typeId: sheet.typeId }))).toEqual([
      { title: 'Kanjertraining', typeId: null },
    ]);
    await go('werkblad', '', W.views.list);
    expect(cards().map((card) => card.title)).toEqual(['Kanjertraining']);
    expect(cards()[0]!.meta.startsWith(`${W.list.programme} ·`), cards()[0]!.meta).toBe(true);
  });
});

describe('worksheets from a scan', () => {
  // Aanwezigheid with great concern, Energie and Concentratie with some, Motivatie none. The
  // concern domains each chosen type answers, read by hand from the links in scan-examples.ts
  // (great concern first, then some, each in the catalogue's order):
  const scan = ratedScan(
    { aanwezigheid: 'grote', energie: 'enige', concentratie: 'enige', motivatie: 'geen' },
    { id: 'bronscan', title: 'Scan voor het werkblad', chosen: ['klassenmanagement', 'mindfulness'] },
  );
  const answers = { klassenmanagement: ['aanwezigheid'], mindfulness: ['energie', 'concentratie'] };
  const option = format(W.create.scanOption, { title: scan.title, date: formatDay(scan.date), chosen: plural(2, W.create.chosenCount) });

  it('one per chosen type, with the scan and the concern domains it answers; the second time nothing is added, and it says so', async () => {
    await renderTool('werkblad', W.views.create, { storage: scansStored(scan), hash: '#nieuw' });
    fireEvent.click(await screen.findByRole('radio', { name: option }));
    fireEvent.click(screen.getByRole('button', { name: W.create.fromScanButton }));

    await waitForView(W.views.list);
    await waitFor(() =>
      expect(
        cards()
          .map((card) => card.title)
          .sort(),
      ).toEqual(['Klassenmanagement', 'Mindfulness']),
    );
    for (const card of cards()) expect(card.meta, card.title).toContain(format(W.list.fromScan, { title: scan.title }));
    await waitFor(() =>
      expect(textOf(document.querySelector('.werkblad [aria-live="polite"]')), 'announced').toBe(
        format(plural(2, W.create.fromScanDone), { title: scan.title }),
      ),
    );
    const made = storedWerkbladDocument().worksheets.map((sheet) => [sheet.typeId, sheet.scanId, sheet.domains]);
    expect(made.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['klassenmanagement', scan.id, answers.klassenmanagement],
      ['mindfulness', scan.id, answers.mindfulness],
    ]);

    for (const [typeId, ids] of Object.entries(answers)) {
      fireEvent.click(screen.getByRole('link', { name: title(typeId) }));
      await waitForView(title(typeId));
      const line = `${format(W.worksheet.fromScan, { title: scan.title })} ${W.worksheet.domains} ${ids.map((id) => domain(id).label).join(', ')}.`;
      await waitFor(() =>
        expect([...document.querySelectorAll('.worksheet > p')].map(textOf), `the scan line of ${typeId}`).toContain(line),
      );
      await go('werkblad', '', W.views.list);
    }

    await go('werkblad', '#nieuw', W.views.create);
    fireEvent.click(await screen.findByRole('radio', { name: option }));
    const before = storageContents();
    fireEvent.click(screen.getByRole('button', { name: W.create.fromScanButton }));
    await screen.findByText(format(W.create.fromScanNothing, { title: scan.title }));
    expect(location.hash, 'stays on the new-worksheet view').toBe('#nieuw');
    expect(storageContents(), 'nothing stored').toEqual(before);
  });
});

describe('answering a worksheet', () => {
  const sheet = exampleWorksheet({ id: 'antwoorden', title: 'Veerkracht', typeId: 'veerkracht' });
  const answer1 = 'We koppelen de lessen aan het mentoruur op maandag.';
  const answer3 = 'Iedereen gebruikt dezelfde afspraken; ouders krijgen een nieuwsbrief.';
  const actions = [
    { what: 'Teamvergadering over de aanpak', who: 'Intern begeleider', when: 'Week 12' },
    { what: 'Ouderavond organiseren', who: 'Directie', when: 'April' },
  ];
  const progressLine = `${format(W.worksheet.progress, { answered: 2, total: 4 })}. ${format(W.worksheet.openQuestions, { questions: '2, 4' })}`;
  const partnerBox = (id: string) => {
    const partner = catalogue.partners.find((candidate) => candidate.id === id)!;
    return screen.getByRole('checkbox', {
      name: partner.addition ? `${partner.label} ${W.worksheet.partnerAddition}` : partner.label,
    }) as HTMLInputElement;
  };

  it('stores answers, partners, actions and the status; shows the progress on the sheet and the list; and has all of it back after a reload', async () => {
    await renderTool('werkblad', sheet.title, { storage: sheets(sheet), hash: `#werkblad/${sheet.id}` });
    fireEvent.input(await screen.findByLabelText(format(W.worksheet.answerLabel, { n: 1 })), { target: { value: answer1 } });
    fireEvent.input(answerField(3), { target: { value: answer3 } });
    fireEvent.click(partnerBox('gemeente'));
    fireEvent.click(partnerBox('ouders'));
    for (const [index, item] of actions.entries()) {
      fireEvent.click(screen.getByRole('button', { name: W.worksheet.addAction }));
      const n = index + 1;
      await waitFor(() => expect(document.activeElement, `"${W.worksheet.what}" of action ${n} has focus`).toBe(actionField(n, 'what')));
      for (const field of ['what', 'who', 'when'] as const) fireEvent.input(actionField(n, field), { target: { value: item[field] } });
    }
    fireEvent.click(screen.getByRole('radio', { name: W.statuses.gepland }));

    await waitFor(() => expect(textOf(document.querySelector('.worksheet .tool-progress')), 'progress on the sheet').toBe(progressLine));
    await waitFor(() => {
      const stored = storedSheet(sheet.id)!;
      expect({
        answers: Object.fromEntries(Object.entries(stored.answers).filter(([, value]) => value !== '')),
        partners: stored.partners,
        actions: stored.actions.map(({ what, who, when }) => ({ what, who, when })),
        status: stored.status,
      }).toEqual({
        answers: { [questions[0]!.id]: answer1, [questions[2]!.id]: answer3 },
        partners: ['gemeente', 'ouders'],
        actions,
        status: 'gepland',
      });
    });

    await go('werkblad', '', W.views.list);
    const [card] = cards();
    const open = [2, 4].map((n) => format(W.list.questionNumber, { n })).join(', ');
    expect(card!.progress, 'progress on the list').toBe(
      `${format(W.list.progress, { answered: 2, total: 4 })}. ${format(W.list.open, { questions: open })}`,
    );
    expect(card!.meta).toContain(format(W.list.status, { status: W.statuses.gepland }));
    expect(screen.getByText(format(W.list.totalProgress, { answered: 2, total: 4 }), { exact: false })).toBeTruthy();

    await reloadTool('werkblad', sheet.title, { hash: `#werkblad/${sheet.id}` });
    await screen.findByLabelText(format(W.worksheet.answerLabel, { n: 1 }));
    expect([1, 2, 3, 4].map((n) => answerField(n).value)).toEqual([answer1, '', answer3, '']);
    for (const partner of catalogue.partners) {
      expect(partnerBox(partner.id).checked, `partner ${partner.id} after a reload`).toBe(['gemeente', 'ouders'].includes(partner.id));
    }
    expect(
      actions.map((_, index) => ({
        what: actionField(index + 1, 'what').value,
        who: actionField(index + 1, 'who').value,
        when: actionField(index + 1, 'when').value,
      })),
    ).toEqual(actions);
    expect((screen.getByRole('radio', { name: W.statuses.gepland }) as HTMLInputElement).checked, 'status after a reload').toBe(true);
    expect(textOf(document.querySelector('.worksheet .tool-progress')), 'progress after a reload').toBe(progressLine);
  });

  it('removing the first action keeps the second as "Actie 1", stores that, and puts focus on "Actie toevoegen"', async () => {
    const withActions = { ...sheet, actions: actions.map((item, index) => action(`a${index}`, item.what, item.who, item.when)) };
    await renderTool('werkblad', sheet.title, { storage: sheets(withActions), hash: `#werkblad/${sheet.id}` });
    fireEvent.click(await screen.findByRole('button', { name: format(W.worksheet.removeAction, { n: 1 }) }));

    await waitFor(() => expect(actionGroup(2), 'one action left').toBeNull());
    expect(['what', 'who', 'when'].map((field) => actionField(1, field as 'what').value)).toEqual([
      actions[1]!.what,
      actions[1]!.who,
      actions[1]!.when,
    ]);
    await waitFor(() => expect(storedSheet(sheet.id)!.actions.map(({ what, who, when }) => ({ what, who, when }))).toEqual([actions[1]]));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: W.worksheet.addAction }));
  });

  it('shows each question with its number and its hints from the guidance, each linking to its page by the page’s title', async () => {
    await renderTool('werkblad', sheet.title, { storage: sheets(sheet), hash: `#werkblad/${sheet.id}` });
    await screen.findByLabelText(format(W.worksheet.answerLabel, { n: 1 }));
    for (const [index, question] of questions.entries()) {
      const block = document.getElementById(`vraag-${question.id}`)!;
      expect(textOf(within(block).getByRole('heading', { level: 4 }))).toBe(
        `${format(W.worksheet.question, { n: index + 1 })}. ${question.text}`,
      );
      const hints = [...block.querySelectorAll('blockquote')].map((quote) => ({
        quote: textOf(quote.querySelector('p')),
        link: textOf(quote.querySelector('a')),
        href: quote.querySelector('a')?.getAttribute('href'),
      }));
      expect(hints, question.id).toEqual(
        question.hints.map((hint) => ({
          quote: hint.quote,
          link: format(W.worksheet.hintSource, { page: hint.pageTitle }),
          href: hint.href,
        })),
      );
    }
    expect(questions[0]!.hints, 'the catalogue has a hint to show').toHaveLength(1);
  });
});

describe('a linked scan that is gone', () => {
  const scan = ratedScan(
    { energie: 'grote', aanwezigheid: 'enige' },
    { id: 'verdwijnt', title: 'Scan die verdwijnt', chosen: ['stressmanagement', 'oudertraining'] },
  );
  const made = [
    exampleWorksheet({
      id: 'stress',
      title: title('stressmanagement'),
      typeId: 'stressmanagement',
      scanId: scan.id,
      domains: ['energie'],
      createdAt: T1,
      updatedAt: T1,
    }),
    exampleWorksheet({
      id: 'ouders',
      title: title('oudertraining'),
      typeId: 'oudertraining',
      scanId: scan.id,
      domains: ['aanwezigheid'],
      createdAt: T2,
      updatedAt: T2,
    }),
  ];

  it('deleted in the schoolscan: the worksheets stay, with "Scan niet op dit apparaat", a notice on the sheet and in the plan', async () => {
    await renderTool('schoolscan', S.views.list, { storage: { ...scansStored(scan), ...sheets(...made) } });
    fireEvent.click(
      within(screen.getByRole('group', { name: format(S.list.actionsFor, { title: scan.title }) })).getByRole('button', {
        name: S.list.delete,
      }),
    );
    fireEvent.click(
      within(screen.getByRole('group', { name: format(S.list.confirmDelete, { title: scan.title }) })).getByRole('button', {
        name: S.list.confirmDeleteYes,
      }),
    );
    await waitFor(() => expect(listTitles()).toEqual([]));
    cleanup();

    await renderTool('werkblad', W.views.list);
    expect(
      cards().map((card) => card.title),
      'the worksheets stay',
    ).toEqual(made.map((sheet) => sheet.title));
    for (const card of cards()) {
      expect(card.meta, card.title).toContain(W.list.scanGone);
      expect(card.meta).not.toContain(format(W.list.fromScan, { title: scan.title }));
    }
    await go('werkblad', `#werkblad/${made[0]!.id}`, made[0]!.title);
    await waitFor(() => expect(screen.getAllByText(W.worksheet.scanGone).length).toBeGreaterThan(0));
    await go('werkblad', '#plan', W.views.plan);
    const summary = await screen.findByRole('region', { name: W.plan.scanSummary });
    expect(textOf(summary)).toContain(W.plan.scanMissing);
  });

  it('a worksheet is deleted only after a confirmation, with focus on "Ongedaan maken", which brings it back as it was', async () => {
    await renderTool('werkblad', W.views.list, { storage: sheets(...made) });
    const name = made[1]!.title;
    fireEvent.click(
      within(screen.getByRole('group', { name: format(W.list.actionsFor, { title: name }) })).getByRole('button', { name: W.list.delete }),
    );
    const confirm = screen.getByRole('group', { name: format(W.list.confirmDelete, { title: name }) });
    expect(listTitles(), 'nothing is deleted before confirming').toEqual(made.map((sheet) => sheet.title));
    fireEvent.click(within(confirm).getByRole('button', { name: W.list.confirmDeleteYes }));

    await waitFor(() => expect(listTitles()).toEqual([made[0]!.title]));
    expect(screen.getAllByText(format(W.list.deleted, { title: name })).length).toBeGreaterThan(0);
    expect(
      storedWerkbladDocument().worksheets.map((sheet) => sheet.id),
      'stored after the delete',
    ).toEqual([made[0]!.id]);
    const undo = screen.getByRole('button', { name: W.list.undo });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await waitFor(() => expect(listTitles()).toEqual(made.map((sheet) => sheet.title)));
    const restored = storedSheet(made[1]!.id)!;
    expect({ ...restored, updatedAt: made[1]!.updatedAt }, 'the restored worksheet is stored').toEqual(made[1]);

    await reloadTool('werkblad', W.views.list);
    expect(listTitles(), 'after a reload').toEqual(made.map((sheet) => sheet.title));
  });
});

describe('a bad file chosen in the import', () => {
  const existing = exampleWorksheet({ id: 'bestaand', title: 'Bestaand werkblad', answers: { [questions[0]!.id]: 'Al ingevuld' } });
  const cases: BadFile[] = [
    ...commonBadFiles(werkbladFileText([exampleWorksheet({ id: 'geldig', title: 'Geldig' })], undefined, T3)),
    {
      label: 'a schoolscan file',
      name: 'schoolscan.json',
      text: scanFileText(ratedScan({}, { title: 'Een scan' }), T3),
      code: 'not-a-werkblad',
    },
    {
      label: 'an unknown partner',
      name: 'vreemde-partner.json',
      text: werkbladFileText(
        [exampleWorksheet({ id: 'vreemd', title: 'Vreemd', partners: ['gemeente', 'onbekende-partner'] })],
        undefined,
        T3,
      ),
      code: 'unknown-items',
      values: { ids: 'onbekende-partner' },
    },
    { label: 'no worksheets', name: 'niets.json', text: werkbladFileText([], undefined, T3), code: 'no-worksheets' },
  ];

  it.each(cases)('$label: the message for it, in a box that takes focus, and nothing changes', async (bad) => {
    await renderTool('werkblad', W.views.list, { storage: sheets(existing) });
    expect(listTitles()).toEqual([existing.title]);
    await expectRefused(W, bad);
  });
});
