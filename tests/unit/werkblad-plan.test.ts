import { describe, expect, it } from 'vitest';
import { assemblePlan, mostLinkedScanId, planWorksheet } from '../../src/lib/werkblad/plan';
import type { Rating } from '../../src/lib/scan/ratings';
import { domain, ratedScan, T1, T2 } from '../fixtures/scan-examples';
import { action, catalogue, domainIds, exampleWorksheet, questionIds, werkbladDoc } from '../fixtures/werkblad-examples';

const ratings1: Record<string, Rating> = { energie: 'enige', motivatie: 'grote', 'veerkracht-gezin': 'grote', concentratie: 'geen' };
const scan1 = ratedScan(ratings1, { id: 'scan1', title: 'Groep 7' });
const scan2 = ratedScan({ aanwezigheid: 'grote' }, { id: 'scan2', title: 'Groep 8' });

const fromScan = (id: string, scanId: string | null) => exampleWorksheet({ id, scanId });

describe('mostLinkedScanId', () => {
  it('picks the scan most worksheets came from', () => {
    expect(mostLinkedScanId([fromScan('a', 'scan1'), fromScan('b', 'scan2'), fromScan('c', 'scan2'), fromScan('d', null)])).toBe('scan2');
  });

  it('picks the first of the scans with the most worksheets on a tie', () => {
    expect(mostLinkedScanId([fromScan('a', 'scan1'), fromScan('b', 'scan2'), fromScan('c', 'scan2'), fromScan('d', 'scan1')])).toBe(
      'scan1',
    );
  });

  it('is null when no worksheet came from a scan', () => {
    expect(mostLinkedScanId([])).toBeNull();
    expect(mostLinkedScanId([fromScan('a', null), fromScan('b', null)])).toBeNull();
  });
});

describe('assemblePlan', () => {
  it('shows the scan the plan names, with a profile of every domain and the priorities', () => {
    const document = werkbladDoc(
      [fromScan('a', 'scan2')],
      {},
      { school: 'De Regenboog', date: '2026-12-01', scanId: 'scan1', updatedAt: T2 },
    );

    const plan = assemblePlan(document, [scan1, scan2], catalogue);

    expect(plan.school).toBe('De Regenboog');
    expect(plan.date).toBe('2026-12-01');
    expect(plan.scan.kind).toBe('scan');
    if (plan.scan.kind !== 'scan') return;
    expect(plan.scan.scan).toBe(scan1);
    expect(plan.scan.profile.map((row) => row.domain)).toEqual(catalogue.domains);
    expect(plan.scan.profile.map((row) => [row.domain.id, row.rating])).toEqual(domainIds.map((id) => [id, ratings1[id] ?? null]));
    expect(plan.scan.priorities.map((row) => [row.domain.id, row.rating])).toEqual([
      ['motivatie', 'grote'],
      ['veerkracht-gezin', 'grote'],
      ['energie', 'enige'],
    ]);
  });

  it('shows the scan most worksheets came from when the plan names none', () => {
    const document = werkbladDoc([fromScan('a', 'scan1'), fromScan('b', 'scan2'), fromScan('c', 'scan2')]);

    const plan = assemblePlan(document, [scan1, scan2], catalogue);

    expect(plan.scan.kind === 'scan' && plan.scan.scan.id).toBe('scan2');
  });

  it('says the scan is missing when the plan names a scan that was deleted', () => {
    const document = werkbladDoc([fromScan('a', 'scan1')], {}, { scanId: 'weg', updatedAt: T2 });

    expect(assemblePlan(document, [scan1, scan2], catalogue).scan).toEqual({ kind: 'missing', scanId: 'weg' });
  });

  it('has no scan when there are no scans and no worksheet came from one', () => {
    const plan = assemblePlan(werkbladDoc([fromScan('a', null)]), [], catalogue);

    expect(plan.scan).toEqual({ kind: 'none' });
    expect(plan.worksheets).toHaveLength(1);
  });

  it('has no scan and no worksheets for an empty document', () => {
    expect(assemblePlan(werkbladDoc([]), [scan1], catalogue)).toEqual({ school: '', date: '', scan: { kind: 'none' }, worksheets: [] });
  });

  it('lists every worksheet in the document’s order', () => {
    const document = werkbladDoc([fromScan('b', null), fromScan('a', 'scan1')]);

    expect(assemblePlan(document, [scan1], catalogue).worksheets.map((item) => item.worksheet.id)).toEqual(['b', 'a']);
  });
});

describe('planWorksheet', () => {
  const sheet = exampleWorksheet({
    id: 'ws',
    scanId: 'scan1',
    status: 'gepland',
    domains: ['veerkracht-gezin', 'onbekend-domein', 'motivatie'],
    answers: { aansluiting: 'Na de scan.', lesprogramma: 'In de mentorles.', training: '   ', 'oude-vraag': 'weg' },
    partners: ['ouders', 'gemeente', 'schoolbestuur', 'onbekende-partner'],
    actions: [action('a1', 'Studiedag', 'IB', 'maart'), action('a2'), action('a3', '', '', 'april')],
    updatedAt: T2,
  });

  it('lists an answer for each question of the catalogue, in its order', () => {
    const plan = planWorksheet(sheet, [scan1], catalogue);

    expect(questionIds).toEqual(['lesprogramma', 'training', 'verankering', 'aansluiting']);
    expect(plan.answers.map(({ question, answer }) => [question.id, answer])).toEqual([
      ['lesprogramma', 'In de mentorles.'],
      ['training', '   '],
      ['verankering', ''],
      ['aansluiting', 'Na de scan.'],
    ]);
    expect(plan.answers[0]?.question).toBe(catalogue.questions[0]);
    expect(plan.open.map((question) => question.id)).toEqual(['training', 'verankering']);
  });

  it('lists the partners in the catalogue’s order, leaving out ids it does not know', () => {
    expect(planWorksheet(sheet, [scan1], catalogue).partners.map((partner) => partner.id)).toEqual(['schoolbestuur', 'gemeente', 'ouders']);
  });

  it('lists only the filled actions', () => {
    expect(planWorksheet(sheet, [scan1], catalogue).actions).toEqual([
      action('a1', 'Studiedag', 'IB', 'maart'),
      action('a3', '', '', 'april'),
    ]);
  });

  it('gives the labels of the domains, in the worksheet’s order, without unknown ones', () => {
    expect(planWorksheet(sheet, [scan1], catalogue).domainLabels).toEqual([domain('veerkracht-gezin').label, domain('motivatie').label]);
  });

  it('carries the worksheet and its status', () => {
    const plan = planWorksheet(sheet, [scan1], catalogue);

    expect(plan.worksheet).toBe(sheet);
    expect(plan.status).toBe('gepland');
  });

  it('says when the worksheet’s scan is gone, and never for a worksheet without a scan', () => {
    expect(planWorksheet(sheet, [scan1], catalogue).scanGone).toBe(false);
    expect(planWorksheet(sheet, [scan2], catalogue).scanGone).toBe(true);
    expect(planWorksheet(sheet, [], catalogue).scanGone).toBe(true);
    expect(planWorksheet({ ...sheet, scanId: null }, [], catalogue).scanGone).toBe(false);
  });

  it('gives an empty worksheet every question as open and nothing else', () => {
    const plan = planWorksheet(exampleWorksheet({ createdAt: T1 }), [], catalogue);

    expect(plan.answers.map(({ question, answer }) => [question.id, answer])).toEqual(questionIds.map((id) => [id, '']));
    expect(plan.open).toEqual(catalogue.questions);
    expect(plan.partners).toEqual([]);
    expect(plan.actions).toEqual([]);
    expect(plan.domainLabels).toEqual([]);
  });
});

describe('assemblePlan when the plan names no scan and worksheets came from a deleted scan', () => {
  // plan.scanId null means "the scan most worksheets come from" (strings.plan.scanAuto); the
  // 'missing' state is documented as "the plan points to a scan that is no longer on this device".
  it('says the scan is gone when every worksheet came from a scan no longer on this device', () => {
    const document = werkbladDoc([fromScan('a', 'weg'), fromScan('b', 'weg')]);

    expect(assemblePlan(document, [], catalogue).scan).toEqual({ kind: 'missing', scanId: 'weg' });
  });

  it('has no scan when no worksheet came from a scan', () => {
    const document = werkbladDoc([{ ...fromScan('a', 'weg'), scanId: null }]);

    expect(assemblePlan(document, [], catalogue).scan).toEqual({ kind: 'none' });
  });

  it('shows the scan on this device most worksheets came from, not a deleted one', () => {
    const document = werkbladDoc([fromScan('a', 'weg'), fromScan('b', 'weg'), fromScan('c', 'scan1')]);

    const plan = assemblePlan(document, [scan1, scan2], catalogue);

    expect(plan.scan.kind === 'scan' && plan.scan.scan.id).toBe('scan1');
  });
});
