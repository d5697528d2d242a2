import { describe, expect, it } from 'vitest';
import { MAX_ACTIONS, MAX_TITLE_LENGTH } from '../../src/lib/limits';
import { worksheetSchema, type Worksheet } from '../../src/lib/werkblad/model';
import {
  addAction,
  createWorksheet,
  filledActions,
  openQuestions,
  removeAction,
  setAnswer,
  setStatus,
  setTitle,
  togglePartner,
  totalProgress,
  updateAction,
  worksheetProgress,
} from '../../src/lib/werkblad/worksheet';
import { T1, T2, T3 } from '../fixtures/scan-examples';
import { action, catalogue, exampleWorksheet, questionIds } from '../fixtures/werkblad-examples';

const questions = catalogue.questions;

describe('createWorksheet', () => {
  it('makes a worksheet for an intervention type, linked to a scan', () => {
    const domains = ['algemene-stemming', 'motivatie'];
    const sheet = createWorksheet({ kind: 'type', typeId: 'veerkracht', title: 'Veerkracht' }, { scanId: 'scan1', domains }, 'abc', T1);

    expect(sheet).toStrictEqual({
      id: 'abc',
      title: 'Veerkracht',
      typeId: 'veerkracht',
      scanId: 'scan1',
      domains: ['algemene-stemming', 'motivatie'],
      answers: {},
      partners: [],
      actions: [],
      status: 'idee',
      createdAt: T1,
      updatedAt: T1,
    });
    expect(worksheetSchema.safeParse(sheet).success).toBe(true);
  });

  it('copies the list of domains instead of sharing it', () => {
    const domains = ['energie'];
    const sheet = createWorksheet({ kind: 'type', typeId: 'mindfulness', title: 'Mindfulness' }, { scanId: null, domains }, 'abc', T1);
    domains.push('motivatie');

    expect(sheet.domains).toEqual(['energie']);
  });

  it('makes a worksheet for a named programme: no type, the name trimmed, status idee', () => {
    const sheet = createWorksheet({ kind: 'programme', name: '   Rots en Water \n' }, { scanId: null, domains: [] }, 'p1', T2);

    expect(sheet).toMatchObject({ id: 'p1', title: 'Rots en Water', typeId: null, scanId: null, domains: [], status: 'idee' });
    expect(sheet.createdAt).toBe(T2);
    expect(sheet.updatedAt).toBe(T2);
  });

  it('caps a long name at 120 characters, ending in an ellipsis', () => {
    const name = `  ${'Programma '.repeat(20)}  `;
    const sheet = createWorksheet({ kind: 'programme', name }, { scanId: null, domains: [] }, 'p1', T1);

    expect(sheet.title).toHaveLength(MAX_TITLE_LENGTH);
    expect(sheet.title.endsWith('…')).toBe(true);
    expect(sheet.title.startsWith('Programma Programma')).toBe(true);
    expect(worksheetSchema.safeParse(sheet).success).toBe(true);
  });

  it('does not cut a character of two UTF-16 code units in half when it caps a name', () => {
    // 118 letters and two emoji: 122 code units, so the cut falls inside the first emoji.
    const name = `${'x'.repeat(MAX_TITLE_LENGTH - 2)}\u{1F600}\u{1F600}`;
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

    const title = createWorksheet({ kind: 'programme', name }, { scanId: null, domains: [] }, 'p1', T1).title;

    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title.endsWith('…')).toBe(true);
    expect(title).not.toMatch(loneSurrogate);
  });

  it('keeps a name of exactly 120 characters as it is', () => {
    const name = 'x'.repeat(MAX_TITLE_LENGTH);

    expect(createWorksheet({ kind: 'programme', name }, { scanId: null, domains: [] }, 'p1', T1).title).toBe(name);
  });
});

describe('changing a worksheet', () => {
  const base = (): Worksheet =>
    exampleWorksheet({
      answers: { lesprogramma: 'In de mentorles.' },
      partners: ['gemeente'],
      actions: [action('a1', 'Training plannen', 'IB', 'januari'), action('a2', 'Ouderavond')],
    });

  /** Runs `change` on a fresh worksheet and checks that the input was left as it was. */
  function changed(change: (sheet: Worksheet) => Worksheet): Worksheet {
    const input = base();
    const before = structuredClone(input);
    const result = change(input);
    expect(input).toStrictEqual(before);
    expect(result).not.toBe(input);
    expect(result.updatedAt).toBe(T2);
    expect(result.createdAt).toBe(T1);
    return result;
  }

  it('setAnswer sets one answer and keeps the others', () => {
    const result = changed((sheet) => setAnswer(sheet, 'training', 'Studiedag in maart.', T2));

    expect(result.answers).toEqual({ lesprogramma: 'In de mentorles.', training: 'Studiedag in maart.' });
  });

  it('setAnswer replaces an existing answer', () => {
    expect(changed((sheet) => setAnswer(sheet, 'lesprogramma', 'Anders.', T2)).answers).toEqual({ lesprogramma: 'Anders.' });
  });

  it('setTitle sets the title, capped at 120 characters', () => {
    expect(changed((sheet) => setTitle(sheet, 'Veerkracht in groep 7', T2)).title).toBe('Veerkracht in groep 7');
    const long = changed((sheet) => setTitle(sheet, 'a'.repeat(200), T2)).title;
    expect(long).toBe(`${'a'.repeat(MAX_TITLE_LENGTH - 1)}…`);
  });

  it('setStatus sets the status', () => {
    expect(changed((sheet) => setStatus(sheet, 'loopt', T2)).status).toBe('loopt');
  });

  it('togglePartner adds a partner once and removes it again', () => {
    const on = changed((sheet) => togglePartner(sheet, 'ouders', true, T2));
    expect(on.partners).toEqual(['gemeente', 'ouders']);
    expect(togglePartner(on, 'ouders', true, T3).partners).toEqual(['gemeente', 'ouders']);

    const off = changed((sheet) => togglePartner(sheet, 'gemeente', false, T2));
    expect(off.partners).toEqual([]);
    expect(togglePartner(off, 'gemeente', false, T3).partners).toEqual([]);
  });

  it('addAction adds an empty action at the end', () => {
    const result = changed((sheet) => addAction(sheet, 'a3', T2));

    expect(result.actions.map((item) => item.id)).toEqual(['a1', 'a2', 'a3']);
    expect(result.actions[2]).toStrictEqual({ id: 'a3', what: '', who: '', when: '' });
  });

  it('updateAction changes only the fields given of only that action', () => {
    const result = changed((sheet) => updateAction(sheet, 'a2', { who: 'Directie', when: 'februari' }, T2));

    expect(result.actions).toEqual([action('a1', 'Training plannen', 'IB', 'januari'), action('a2', 'Ouderavond', 'Directie', 'februari')]);
  });

  it('removeAction removes only that action', () => {
    expect(changed((sheet) => removeAction(sheet, 'a1', T2)).actions).toEqual([action('a2', 'Ouderavond')]);
  });

  it('addAction stops at MAX_ACTIONS', () => {
    let sheet = exampleWorksheet();
    for (let i = 0; i < MAX_ACTIONS + 5; i++) sheet = addAction(sheet, `a${i}`, T2);

    expect(MAX_ACTIONS).toBe(100);
    expect(sheet.actions).toHaveLength(MAX_ACTIONS);
    expect(sheet.actions.at(-1)?.id).toBe(`a${MAX_ACTIONS - 1}`);
    expect(worksheetSchema.safeParse(sheet).success).toBe(true);

    const full = sheet;
    const again = addAction(full, 'extra', T3);
    expect(again.actions).toHaveLength(MAX_ACTIONS);
    expect(again.actions.some((item) => item.id === 'extra')).toBe(false);
  });
});

describe('progress', () => {
  it('lists every question as open for a new worksheet, in the source’s order', () => {
    expect(openQuestions(exampleWorksheet(), questions).map((question) => question.id)).toEqual(questionIds);
  });

  it('counts answers of only spaces and line breaks as open', () => {
    const sheet = exampleWorksheet({
      answers: { lesprogramma: '  \n\t ', training: 'Studiedag', verankering: '', aansluiting: ' Ja ' },
    });

    expect(questionIds).toEqual(['lesprogramma', 'training', 'verankering', 'aansluiting']);
    expect(openQuestions(sheet, questions).map((question) => question.id)).toEqual(['lesprogramma', 'verankering']);
    expect(worksheetProgress(sheet, questions)).toEqual({ answered: 2, total: questions.length });
  });

  it('ignores answers to questions that are not in the catalogue', () => {
    const sheet = exampleWorksheet({ answers: { 'oude-vraag': 'antwoord', training: 'ja' } });

    expect(worksheetProgress(sheet, questions)).toEqual({ answered: 1, total: questions.length });
  });

  it('adds up the progress over all worksheets', () => {
    const all = Object.fromEntries(questionIds.map((id) => [id, 'antwoord']));
    const complete = exampleWorksheet({ id: 'a', answers: all });
    const sheets = [complete, exampleWorksheet({ id: 'b', answers: { training: 'x' } }), exampleWorksheet({ id: 'c' })];

    expect(worksheetProgress(complete, questions)).toEqual({ answered: questions.length, total: questions.length });
    expect(openQuestions(complete, questions)).toEqual([]);
    expect(totalProgress(sheets, questions)).toEqual({ answered: questions.length + 1, total: 3 * questions.length });
    expect(totalProgress([], questions)).toEqual({ answered: 0, total: 0 });
  });
});

describe('filledActions', () => {
  it('drops rows with no text in any field, keeps rows with text in one field', () => {
    const sheet = exampleWorksheet({
      actions: [
        action('leeg'),
        action('spaties', '  ', '\n', '\t'),
        action('wat', 'Training'),
        action('wie', '', 'IB'),
        action('wanneer', '', '', 'maart'),
      ],
    });

    expect(filledActions(sheet).map((item) => item.id)).toEqual(['wat', 'wie', 'wanneer']);
    expect(filledActions(exampleWorksheet())).toEqual([]);
  });
});
