import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chosenTypes, chosenWithReasons, notesPerDomain, priorities, profile, typesByConcern, unrated } from '../../src/lib/scan/analysis';
import type { ScanCatalogue } from '../../src/lib/scan/catalogue';
import type { Rating } from '../../src/lib/scan/ratings';
import { catalogue, domain, domainIds, domains, exampleScan, ratedScan } from '../fixtures/scan-examples';

const ids = (rows: readonly { domain: { id: string } }[]) => rows.map((row) => row.domain.id);

describe('profile', () => {
  it('lists every domain in the source order with its rating', () => {
    const rows = profile(ratedScan({ energie: 'grote', motivatie: 'onbekend' }), domains);

    expect(ids(rows)).toEqual([...domainIds]);
    expect(rows.find((row) => row.domain.id === 'energie')?.rating).toBe('grote');
    expect(rows.find((row) => row.domain.id === 'motivatie')?.rating).toBe('onbekend');
    expect(rows.find((row) => row.domain.id === 'concentratie')?.rating).toBeNull();
  });
});

describe('priorities', () => {
  it('puts all "Grote zorgen" before "Enige zorgen", each in the source order', () => {
    // Rated out of the catalogue's order on purpose: veerkracht-gezin is its last domain.
    const scan = ratedScan({
      'veerkracht-gezin': 'grote',
      aanwezigheid: 'enige',
      motivatie: 'grote',
      energie: 'grote',
      'algemene-stemming': 'enige',
      concentratie: 'geen',
    });

    const rows = priorities(scan, domains);

    expect(ids(rows)).toEqual(['energie', 'motivatie', 'veerkracht-gezin', 'aanwezigheid', 'algemene-stemming']);
    expect(rows.map((row) => row.rating)).toEqual(['grote', 'grote', 'grote', 'enige', 'enige']);
  });

  it('leaves out "Geen zorgen", "Weet ik niet" and unanswered domains', () => {
    const scan = ratedScan({ energie: 'geen', motivatie: 'onbekend' });

    expect(priorities(scan, domains)).toEqual([]);
    expect(priorities(exampleScan(), domains)).toEqual([]);
  });
});

describe('unrated', () => {
  it('lists the domains without an answer, in the source order; "Weet ik niet" is an answer', () => {
    const rated = Object.fromEntries(domainIds.map((id) => [id, 'geen' as const]));
    const scan = ratedScan({ ...rated, energie: null, 'veerkracht-gezin': null, motivatie: 'onbekend' });

    expect(unrated(scan, domains).map((d) => d.id)).toEqual(['energie', 'veerkracht-gezin']);
  });

  it('is every domain for a blank scan', () => {
    expect(unrated(exampleScan(), domains)).toEqual(domains);
  });
});

describe('typesByConcern', () => {
  const ranked = (scan: Parameters<typeof typesByConcern>[0], from: ScanCatalogue = catalogue) =>
    typesByConcern(scan, from).map((fit) => [fit.type.id, fit.domains.map((entry) => entry.domain.id)]);
  /** The catalogue's links, so the expectations below are read from the fixture, not assumed. */
  const linked = (domainId: string) => domain(domainId).interventions.map((link) => link.type);

  it('lists each type linked to a domain of concern once, with every domain of concern it fits, in priority order', () => {
    const scan = ratedScan({ aanwezigheid: 'enige', energie: 'geen', 'veerkracht-gezin': 'grote', motivatie: 'onbekend' });

    const fits = typesByConcern(scan, catalogue);

    const expected = new Set([...linked('veerkracht-gezin'), ...linked('aanwezigheid')]);
    expect(fits.map((fit) => fit.type.id).sort()).toEqual([...expected].sort());
    expect(new Set(fits.map((fit) => fit.type.id)).size).toBe(fits.length);
    for (const fit of fits) {
      const fitting = ['veerkracht-gezin', 'aanwezigheid'].filter((id) => linked(id).includes(fit.type.id));
      expect(
        fit.domains.map((entry) => entry.domain.id),
        fit.type.id,
      ).toEqual(fitting);
    }
  });

  it('puts the type that fits the most domains of concern first', () => {
    // oudertraining is linked to both aanwezigheid and veerkracht-gezin in the fixture.
    expect(linked('aanwezigheid')).toContain('oudertraining');
    expect(linked('veerkracht-gezin')).toContain('oudertraining');
    const scan = ratedScan({ aanwezigheid: 'enige', 'veerkracht-gezin': 'enige' });

    const [first, ...rest] = ranked(scan);

    expect(first).toEqual(['oudertraining', ['aanwezigheid', 'veerkracht-gezin']]);
    expect(rest.every(([, fitting]) => fitting!.length === 1)).toBe(true);
  });

  it('puts a type that fits the one domain with "Grote zorgen" above types that fit several with "Enige zorgen"', () => {
    // oudertraining fits aanwezigheid and veerkracht-gezin; the types of energie fit neither.
    const energieTypes = linked('energie');
    expect(energieTypes.some((id) => linked('aanwezigheid').includes(id) || linked('veerkracht-gezin').includes(id))).toBe(false);
    const scan = ratedScan({ aanwezigheid: 'enige', 'veerkracht-gezin': 'enige', energie: 'grote' });

    const order = ranked(scan);

    expect(order.slice(0, energieTypes.length)).toEqual(energieTypes.map((id) => [id, ['energie']]));
    expect(order[energieTypes.length]).toEqual(['oudertraining', ['aanwezigheid', 'veerkracht-gezin']]);
  });

  it('ranks by the weight of concern, for any scan: more "Grote zorgen" domains first, then more domains of concern', () => {
    const rating = fc.constantFrom<Rating | null>('geen', 'enige', 'grote', 'onbekend', null);
    const scans = fc.record(Object.fromEntries(domainIds.map((id) => [id, rating]))).map((ratings) => ratedScan(ratings));
    fc.assert(
      fc.property(scans, (scan) => {
        const fits = typesByConcern(scan, catalogue);
        const weight = (fit: (typeof fits)[number]) => [fit.domains.filter((entry) => entry.rating === 'grote').length, fit.domains.length];
        for (let index = 1; index < fits.length; index += 1) {
          const [groteBefore, allBefore] = weight(fits[index - 1]!);
          const [grote, all] = weight(fits[index]!);
          expect(groteBefore! > grote! || (groteBefore === grote && allBefore! >= all!)).toBe(true);
        }
        // In particular: every type that fits a domain with "Grote zorgen" comes before every one that fits none.
        const firstWithout = fits.findIndex((fit) => weight(fit)[0] === 0);
        if (firstWithout !== -1) expect(fits.slice(firstWithout).every((fit) => weight(fit)[0] === 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('on a tie, puts types of a domain with "Grote zorgen" before those of "Enige zorgen", whatever the source order', () => {
    // aanwezigheid comes before motivatie in the source, and its types share no domain with veerkracht.
    const scan = ratedScan({ aanwezigheid: 'enige', motivatie: 'grote' });

    expect(ranked(scan)).toEqual([['veerkracht', ['motivatie']], ...linked('aanwezigheid').map((id) => [id, ['aanwezigheid']])]);
  });

  it('on a full tie, keeps the order of the domain’s own list, not the catalogue’s', () => {
    const scan = ratedScan({ aanwezigheid: 'enige' });
    const catalogueOrder = catalogue.interventions.map((type) => type.id).filter((id) => linked('aanwezigheid').includes(id));
    expect(catalogueOrder).not.toEqual(linked('aanwezigheid'));

    expect(ranked(scan).map(([id]) => id)).toEqual(linked('aanwezigheid'));
  });

  it('gives each fitting domain the rationale of that link', () => {
    const scan = ratedScan({ energie: 'enige', concentratie: 'enige' });

    const mindfulness = typesByConcern(scan, catalogue).find((fit) => fit.type.id === 'mindfulness');

    expect(mindfulness?.domains.map((entry) => [entry.domain.id, entry.rationale])).toEqual(
      ['energie', 'concentratie'].map((id) => [id, domain(id).interventions.find((link) => link.type === 'mindfulness')?.rationale]),
    );
    expect(mindfulness?.domains[0]?.rationale).toContain('moe of gespannen');
    expect(mindfulness?.domains[1]?.rationale).not.toBe(mindfulness?.domains[0]?.rationale);
    expect(mindfulness?.type.title).toBe('Mindfulness');
    expect(mindfulness?.type.href).toBe('/interventietypen/mindfulness/');
  });

  it('is empty when no domain has concerns', () => {
    expect(typesByConcern(ratedScan({ energie: 'geen', motivatie: 'onbekend' }), catalogue)).toEqual([]);
    expect(typesByConcern(exampleScan(), catalogue)).toEqual([]);
  });

  it('skips a linked type that is not in the catalogue', () => {
    const smaller: ScanCatalogue = {
      ...catalogue,
      interventions: catalogue.interventions.filter((type) => type.id !== 'stressmanagement'),
    };

    expect(ranked(ratedScan({ energie: 'grote' }), smaller)).toEqual([['mindfulness', ['energie']]]);
  });
});

describe('chosenTypes', () => {
  it('gives the chosen types in the order they were chosen', () => {
    const scan = exampleScan({ chosen: ['veerkracht', 'mindfulness'] });

    expect(chosenTypes(scan, catalogue).map((t) => [t.id, t.title])).toEqual([
      ['veerkracht', 'Veerkracht'],
      ['mindfulness', 'Mindfulness'],
    ]);
  });

  it('ignores ids that are no longer in the catalogue', () => {
    const scan = exampleScan({ chosen: ['verdwenen-type', 'mindfulness', 'ook-weg'] });

    expect(chosenTypes(scan, catalogue).map((t) => t.id)).toEqual(['mindfulness']);
  });
});

describe('chosenWithReasons', () => {
  it('lists the chosen types that fit a concern first, ranked, each with the site’s reason per domain of concern', () => {
    const chosen = [domain('energie').interventions[0]!.type, domain('concentratie').interventions.at(-1)!.type];
    const scan = exampleScan({ chosen }, { concentratie: { rating: 'grote' }, energie: { rating: 'enige' } });
    const ranked = typesByConcern(scan, catalogue).map((fit) => fit.type.id);
    const printed = chosenWithReasons(scan, catalogue);

    expect(printed.map((choice) => choice.type.id)).toEqual(ranked.filter((id) => chosen.includes(id)));
    expect(printed).toHaveLength(new Set(chosen).size);
    for (const choice of printed) {
      expect(choice.reasons.length).toBeGreaterThan(0);
      for (const reason of choice.reasons) {
        const link = domain(reason.domain.id).interventions.find((entry) => entry.type === choice.type.id);
        expect(reason.rationale).toBe(link?.rationale);
      }
    }
  });

  it('keeps a chosen type that fits no domain of concern, last and without reasons', () => {
    const scan = exampleScan({ chosen: ['oudertraining', 'mindfulness'] }, { concentratie: { rating: 'grote' } });
    const printed = chosenWithReasons(scan, catalogue);

    expect(printed.map((choice) => [choice.type.id, choice.reasons.length > 0])).toEqual([
      ['mindfulness', true],
      ['oudertraining', false],
    ]);
  });
});

describe('notesPerDomain', () => {
  it('gives every domain in the source order with its rating and trimmed notes', () => {
    const scan = exampleScan({}, { energie: { rating: 'enige', seen: '  Moe na de pauze.\n', going: ' ' } });
    const rows = notesPerDomain(scan, domains);

    expect(ids(rows)).toEqual([...domainIds]);
    expect(rows.find((row) => row.domain.id === 'energie')).toMatchObject({ rating: 'enige', seen: 'Moe na de pauze.', going: '' });
    expect(rows.find((row) => row.domain.id === 'motivatie')).toMatchObject({ rating: null, seen: '', going: '' });
  });
});
