import { describe, expect, it } from 'vitest';
import { MAX_NOTE_LENGTH } from '../../src/lib/limits';
import { scanSchema } from '../../src/lib/scan/model';
import type { Rating } from '../../src/lib/scan/ratings';
import { aggregateTeam, combineTeam, memberName } from '../../src/lib/scan/team';
import { format } from '../../src/lib/text';
import { domain, domainIds, domains, exampleScan, ratedScan, strings, T4, teamLabels } from '../fixtures/scan-examples';

const energie = domain('energie');

/** One member per rating, all for "Energie". */
const members = (...answers: (Rating | null)[]) =>
  answers.map((rating, index) => ratedScan({ energie: rating }, { id: `lid${index + 1}`, role: '' }));

const rowFor = (...answers: (Rating | null)[]) => {
  const [row] = aggregateTeam(members(...answers), [energie]);
  if (!row) throw new Error('no row');
  return row;
};

describe('aggregateTeam', () => {
  it('has a row per domain in source order', () => {
    expect(aggregateTeam(members('geen'), domains).map((row) => row.domain.id)).toEqual([...domainIds]);
  });

  it('counts each answer, with "leeg" for members who gave none', () => {
    expect(rowFor('grote', 'enige', 'grote', null, 'onbekend', 'geen').counts).toEqual({
      geen: 1,
      enige: 1,
      grote: 2,
      onbekend: 1,
      leeg: 1,
    });
  });

  it('gives the answer most members chose, without a tie', () => {
    const row = rowFor('geen', 'enige', 'geen');

    expect(row.mostCommon).toBe('geen');
    expect(row.tie).toBe(false);
  });

  it('resolves a tie to the answer with the most concern and says it was a tie', () => {
    expect(rowFor('geen', 'grote')).toMatchObject({ mostCommon: 'grote', tie: true });
    expect(rowFor('enige', 'geen', 'geen', 'enige')).toMatchObject({ mostCommon: 'enige', tie: true });
    expect(rowFor('onbekend', 'geen')).toMatchObject({ mostCommon: 'geen', tie: true });
  });

  it('has no most common answer when nobody answered; blanks never win', () => {
    expect(rowFor(null, null)).toMatchObject({ mostCommon: null, tie: false });
    expect(rowFor(null, null, 'enige')).toMatchObject({ mostCommon: 'enige', tie: false });
  });

  it('flags a domain for discussion when members are two steps apart (geen and grote)', () => {
    expect(rowFor('geen', 'grote').discuss).toBe(true);
    expect(rowFor('geen', 'enige', 'enige', 'grote').discuss).toBe(true);
  });

  it('does not flag one step apart, agreement, or "Weet ik niet" against anything', () => {
    expect(rowFor('geen', 'enige').discuss).toBe(false);
    expect(rowFor('enige', 'grote').discuss).toBe(false);
    expect(rowFor('grote', 'grote').discuss).toBe(false);
    expect(rowFor('onbekend', 'grote').discuss).toBe(false);
    expect(rowFor('geen', 'onbekend', null).discuss).toBe(false);
    expect(rowFor(null, null).discuss).toBe(false);
  });
});

describe('memberName', () => {
  it('signs with the role, or "Teamlid n" when there is none', () => {
    expect(memberName(exampleScan({ role: '  intern begeleider ' }), 1, teamLabels)).toBe('intern begeleider');
    expect(memberName(exampleScan({ role: '   ' }), 3, teamLabels)).toBe('Teamlid 3');
  });
});

describe('combineTeam', () => {
  const first = exampleScan(
    { id: 'a', title: 'Groep 7', level: 'klas', schoolType: 'vo', date: '2026-11-20', role: 'mentor', chosen: ['mindfulness'] },
    { energie: { rating: 'grote', seen: 'moe na de pauze', going: '' }, motivatie: { rating: 'geen' } },
  );
  const second = exampleScan(
    { id: 'b', title: 'Iets anders', level: 'school', schoolType: 'po', date: '2027-01-01', role: '' },
    { energie: { rating: 'enige', seen: '  ', going: 'goede gesprekken' }, motivatie: { rating: 'geen' } },
  );
  const third = exampleScan(
    { id: 'c', role: 'zorgcoördinator' },
    { energie: { rating: 'enige', seen: 'vaak geeuwen' }, motivatie: { rating: 'onbekend' } },
  );
  const title = format(strings.team.saveTitle, { title: first.title });
  const combined = combineTeam([first, second, third], domains, { id: 'team1', now: T4, title, labels: teamLabels });

  it('takes the most common rating per domain', () => {
    expect(combined.domains.energie?.rating).toBe('enige');
    expect(combined.domains.motivatie?.rating).toBe('geen');
    expect(combined.domains.concentratie?.rating).toBeNull();
    expect(Object.keys(combined.domains)).toEqual([...domainIds]);
  });

  it('signs every member’s notes with their role or "Teamlid n" and joins them', () => {
    expect(combined.domains.energie?.seen).toBe('mentor: moe na de pauze\n\nzorgcoördinator: vaak geeuwen');
    expect(combined.domains.energie?.going).toBe('Teamlid 2: goede gesprekken');
    expect(combined.domains.concentratie?.seen).toBe('');
  });

  it('records the number of members and takes the details from the first scan', () => {
    expect(combined).toMatchObject({
      id: 'team1',
      title: 'Team: Groep 7',
      level: 'klas',
      schoolType: 'vo',
      date: '2026-11-20',
      role: '',
      chosen: [],
      team: { members: 3 },
      createdAt: T4,
      updatedAt: T4,
    });
    expect(scanSchema.safeParse(combined).success).toBe(true);
  });

  it('throws when there is no scan to combine', () => {
    expect(() => combineTeam([], domains, { id: 't', now: T4, title: 'Team', labels: teamLabels })).toThrow();
  });

  it('keeps the combined scan valid for storage when members wrote long notes', () => {
    // Each member may write up to MAX_NOTE_LENGTH characters; the combined scan is saved and
    // exported like any other, so its notes must fit the same limit.
    const long = (id: string) => exampleScan({ id, role: '' }, { energie: { rating: 'enige', seen: 'x'.repeat(MAX_NOTE_LENGTH) } });

    const team = combineTeam([long('a'), long('b')], domains, { id: 't', now: T4, title: 'Team', labels: teamLabels });

    expect((team.domains.energie?.seen ?? '').length).toBeLessThanOrEqual(MAX_NOTE_LENGTH);
    expect(scanSchema.safeParse(team).success).toBe(true);
  });
});
