/** Pure operations on worksheets. Every change returns a new worksheet with a new `updatedAt`. */
import { limitText } from '../text';
import type { WerkbladQuestion } from './catalogue';
import { MAX_ACTIONS, MAX_OWN_PARTNERS, MAX_TITLE_LENGTH } from '../limits';
import type { Action, Status, Worksheet } from './model';

export type WorksheetSubject = { kind: 'type'; typeId: string; title: string } | { kind: 'programme'; name: string };

export function createWorksheet(
  subject: WorksheetSubject,
  link: { scanId: string | null; domains: string[] },
  id: string,
  now: string,
): Worksheet {
  return {
    id,
    title: limitText((subject.kind === 'type' ? subject.title : subject.name).trim(), MAX_TITLE_LENGTH),
    typeId: subject.kind === 'type' ? subject.typeId : null,
    scanId: link.scanId,
    domains: [...link.domains],
    answers: {},
    partners: [],
    actions: [],
    status: 'idee',
    createdAt: now,
    updatedAt: now,
  };
}

export function setAnswer(worksheet: Worksheet, questionId: string, answer: string, now: string): Worksheet {
  return { ...worksheet, answers: { ...worksheet.answers, [questionId]: answer }, updatedAt: now };
}

export function setTitle(worksheet: Worksheet, title: string, now: string): Worksheet {
  return { ...worksheet, title: limitText(title, MAX_TITLE_LENGTH), updatedAt: now };
}

export function setStatus(worksheet: Worksheet, status: Status, now: string): Worksheet {
  return { ...worksheet, status, updatedAt: now };
}

export function togglePartner(worksheet: Worksheet, partnerId: string, on: boolean, now: string): Worksheet {
  const without = worksheet.partners.filter((id) => id !== partnerId);
  return { ...worksheet, partners: on ? [...without, partnerId] : without, updatedAt: now };
}

/** Adds a partner of the school's own, without a name yet; does nothing when the list is full. */
export function addOwnPartner(worksheet: Worksheet, id: string, now: string): Worksheet {
  const own = worksheet.ownPartners ?? [];
  if (own.length >= MAX_OWN_PARTNERS) return worksheet;
  return { ...worksheet, ownPartners: [...own, { id, name: '' }], updatedAt: now };
}

export function renameOwnPartner(worksheet: Worksheet, id: string, name: string, now: string): Worksheet {
  const own = (worksheet.ownPartners ?? []).map((partner) => (partner.id === id ? { ...partner, name } : partner));
  return { ...worksheet, ownPartners: own, updatedAt: now };
}

export function removeOwnPartner(worksheet: Worksheet, id: string, now: string): Worksheet {
  return { ...worksheet, ownPartners: (worksheet.ownPartners ?? []).filter((partner) => partner.id !== id), updatedAt: now };
}

/** Adds an empty action at the end; does nothing when the list is full. */
export function addAction(worksheet: Worksheet, id: string, now: string): Worksheet {
  if (worksheet.actions.length >= MAX_ACTIONS) return worksheet;
  return { ...worksheet, actions: [...worksheet.actions, { id, what: '', who: '', when: '' }], updatedAt: now };
}

export function updateAction(worksheet: Worksheet, actionId: string, change: Partial<Omit<Action, 'id'>>, now: string): Worksheet {
  return {
    ...worksheet,
    actions: worksheet.actions.map((action) => (action.id === actionId ? { ...action, ...change } : action)),
    updatedAt: now,
  };
}

export function removeAction(worksheet: Worksheet, actionId: string, now: string): Worksheet {
  return { ...worksheet, actions: worksheet.actions.filter((action) => action.id !== actionId), updatedAt: now };
}

/** The questions that have no answer yet, in the source's order. */
export function openQuestions(worksheet: Worksheet, questions: readonly WerkbladQuestion[]): WerkbladQuestion[] {
  return questions.filter((question) => !(worksheet.answers[question.id] ?? '').trim());
}

export type AnswerProgress = {
  answered: number;
  total: number;
};

export function worksheetProgress(worksheet: Worksheet, questions: readonly WerkbladQuestion[]): AnswerProgress {
  return { answered: questions.length - openQuestions(worksheet, questions).length, total: questions.length };
}

/** Answered questions over all worksheets. */
export function totalProgress(worksheets: readonly Worksheet[], questions: readonly WerkbladQuestion[]): AnswerProgress {
  return worksheets.reduce(
    (sum, worksheet) => {
      const one = worksheetProgress(worksheet, questions);
      return { answered: sum.answered + one.answered, total: sum.total + one.total };
    },
    { answered: 0, total: 0 },
  );
}

/** Actions that have at least one field filled in (empty rows are not printed or exported). */
export function filledActions(worksheet: Worksheet): Action[] {
  return worksheet.actions.filter((action) => action.what.trim() || action.who.trim() || action.when.trim());
}
