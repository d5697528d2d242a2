import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH } from '../../src/lib/limits';
import { scanSchema } from '../../src/lib/scan/model';
import {
  answerFor,
  createScan,
  duplicateScan,
  progress,
  setRating,
  toggleChosen,
  updateAnswer,
  updateDetails,
  type NewScan,
} from '../../src/lib/scan/scan';
import { domainIds, domains, exampleScan, ratedScan, strings, T1, T2, T3 } from '../fixtures/scan-examples';

const details: NewScan = { title: 'Groep 7, najaar', level: 'klas', schoolType: 'po', date: '2026-11-25', role: 'mentor' };

describe('createScan', () => {
  it('has one blank answer for each domain of the catalogue, no choices and the given id and time', () => {
    const scan = createScan(details, domains, 'abc123', T1);

    expect(Object.keys(scan.domains)).toEqual([...domainIds]);
    for (const id of domainIds) expect(scan.domains[id]).toEqual({ rating: null, seen: '', going: '' });
    expect(scan).toMatchObject({ ...details, id: 'abc123', chosen: [], createdAt: T1, updatedAt: T1 });
    expect(scanSchema.safeParse(scan).success).toBe(true);
  });

  it('gives every domain its own answer object, so changing one leaves the others blank', () => {
    const scan = createScan(details, domains, 'abc123', T1);
    const first = scan.domains.aanwezigheid;
    expect(first).toBeDefined();
    if (first) first.seen = 'veel verzuim';

    expect(scan.domains.energie?.seen).toBe('');
  });
});

describe('answerFor', () => {
  it('is blank for a domain the scan has no answer for (a domain added later)', () => {
    const scan = exampleScan();
    delete scan.domains.energie;

    expect(answerFor(scan, 'energie')).toEqual({ rating: null, seen: '', going: '' });
  });
});

describe('changing a scan', () => {
  it('updateAnswer changes one field of one domain, sets updatedAt and leaves the input untouched', () => {
    const scan = exampleScan({}, { energie: { rating: 'enige', seen: 'moe na de pauze' } });
    const before = structuredClone(scan);

    const next = updateAnswer(scan, 'energie', { going: 'goede sfeer' }, T2);

    expect(next).not.toBe(scan);
    expect(next.domains.energie).toEqual({ rating: 'enige', seen: 'moe na de pauze', going: 'goede sfeer' });
    expect(next.domains.concentratie).toEqual(scan.domains.concentratie);
    expect(next.updatedAt).toBe(T2);
    expect(next.createdAt).toBe(T1);
    expect(scan).toStrictEqual(before);
  });

  it('updateAnswer adds an answer for a domain the scan did not have yet', () => {
    const scan = exampleScan();
    delete scan.domains.energie;

    const next = updateAnswer(scan, 'energie', { seen: 'moe' }, T2);

    expect(next.domains.energie).toEqual({ rating: null, seen: 'moe', going: '' });
    expect(scan.domains.energie).toBeUndefined();
  });

  it('setRating sets and clears a rating without touching the notes or the input', () => {
    const scan = exampleScan({}, { motivatie: { seen: 'weinig zin in school' } });
    const before = structuredClone(scan);

    const rated = setRating(scan, 'motivatie', 'grote', T2);
    const cleared = setRating(rated, 'motivatie', null, T3);

    expect(rated.domains.motivatie).toEqual({ rating: 'grote', seen: 'weinig zin in school', going: '' });
    expect(rated.updatedAt).toBe(T2);
    expect(cleared.domains.motivatie?.rating).toBeNull();
    expect(cleared.updatedAt).toBe(T3);
    expect(rated.domains.motivatie?.rating).toBe('grote');
    expect(scan).toStrictEqual(before);
  });

  it('toggleChosen adds a type once, at the end, and removes it again', () => {
    const scan = exampleScan({ chosen: ['mindfulness'] });
    const before = structuredClone(scan);

    const added = toggleChosen(scan, 'veerkracht', true, T2);
    const again = toggleChosen(added, 'veerkracht', true, T3);
    const removed = toggleChosen(again, 'mindfulness', false, T3);

    expect(added.chosen).toEqual(['mindfulness', 'veerkracht']);
    expect(added.updatedAt).toBe(T2);
    expect(again.chosen).toEqual(['mindfulness', 'veerkracht']);
    expect(removed.chosen).toEqual(['veerkracht']);
    expect(removed.updatedAt).toBe(T3);
    expect(scan).toStrictEqual(before);
  });

  it('updateDetails changes the details, keeps the answers and leaves the input untouched', () => {
    const scan = ratedScan({ energie: 'grote' });
    const before = structuredClone(scan);

    const next = updateDetails(scan, { title: 'Groep 8', level: 'afdeling' }, T2);

    expect(next).toMatchObject({ title: 'Groep 8', level: 'afdeling', schoolType: 'po', updatedAt: T2, createdAt: T1 });
    expect(next.domains).toEqual(scan.domains);
    expect(scan).toStrictEqual(before);
  });
});

describe('duplicateScan', () => {
  it('gives a copy with a new id, "(kopie)" after the title and new times', () => {
    const scan = ratedScan({ energie: 'grote' }, { id: 'origineel', chosen: ['mindfulness'] });

    const copy = duplicateScan(scan, 'kopie1', T3, strings.list.duplicateSuffix);

    expect(copy.id).toBe('kopie1');
    expect(copy.title).toBe('Groep 7, najaar (kopie)');
    expect(copy.createdAt).toBe(T3);
    expect(copy.updatedAt).toBe(T3);
    expect(copy.domains).toEqual(scan.domains);
    expect(copy.chosen).toEqual(['mindfulness']);
    expect(scan.id).toBe('origineel');
    expect(scan.title).toBe('Groep 7, najaar');
  });

  it('is a deep copy: changing the copy leaves the original intact', () => {
    const scan = ratedScan({ energie: 'grote' }, { chosen: ['mindfulness'] });
    const before = structuredClone(scan);

    const copy = duplicateScan(scan, 'kopie1', T3, '(kopie)');
    const energie = copy.domains.energie;
    if (energie) {
      energie.rating = 'geen';
      energie.seen = 'veranderd';
    }
    copy.chosen.push('veerkracht');

    expect(scan).toStrictEqual(before);
  });

  it('does not start the title with a space when the original had none', () => {
    expect(duplicateScan(exampleScan({ title: '' }), 'k', T2, '(kopie)').title).toBe('(kopie)');
  });

  it('keeps the copy of a scan with a title of maximum length valid for storage', () => {
    // The title field allows 120 characters; the copy must still fit the stored format,
    // or the whole list fails validation on the next load.
    const scan = exampleScan({ title: 'x'.repeat(MAX_TITLE_LENGTH) });

    const copy = duplicateScan(scan, 'kopie1', T2, strings.list.duplicateSuffix);

    expect(copy.title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(scanSchema.safeParse(copy).success).toBe(true);
  });
});

describe('progress', () => {
  it('counts "Weet ik niet" as answered and blank domains as not', () => {
    const scan = ratedScan({ aanwezigheid: 'geen', energie: 'onbekend', concentratie: 'grote' });

    expect(progress(scan, domains)).toEqual({ rated: 3, total: domains.length });
  });

  it('is 0 of all for a new scan and all of all when every domain has an answer', () => {
    expect(progress(createScan(details, domains, 'a', T1), domains)).toEqual({ rated: 0, total: domains.length });
    const all = ratedScan(Object.fromEntries(domainIds.map((id) => [id, 'onbekend' as const])));
    expect(progress(all, domains)).toEqual({ rated: domains.length, total: domains.length });
  });

  it('only counts domains of the current catalogue', () => {
    const scan = ratedScan({ energie: 'enige' });
    scan.domains['oud-domein'] = { rating: 'grote', seen: '', going: '' };

    expect(progress(scan, domains)).toEqual({ rated: 1, total: domains.length });
  });
});
