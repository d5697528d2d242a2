import { describe, expect, it } from 'vitest';
import { chosenTypes, priorities, profile, suggestions, unrated } from '../../src/lib/scan/analysis';
import type { ScanCatalogue } from '../../src/lib/scan/catalogue';
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

describe('suggestions', () => {
  it('gives the linked intervention types only for domains of concern, in priority order', () => {
    const scan = ratedScan({ aanwezigheid: 'enige', energie: 'geen', 'veerkracht-gezin': 'grote', motivatie: 'onbekend' });

    const result = suggestions(scan, catalogue);

    expect(result.map((s) => [s.domain.id, s.rating])).toEqual([
      ['veerkracht-gezin', 'grote'],
      ['aanwezigheid', 'enige'],
    ]);
    expect(result[0]?.types.map((t) => t.type.id)).toEqual(['oudertraining', 'veerkracht']);
    expect(result[1]?.types.map((t) => t.type.id)).toEqual(['klassenmanagement', 'oudertraining']);
  });

  it('gives each type the rationale from the domain it is suggested for', () => {
    const scan = ratedScan({ energie: 'enige', concentratie: 'enige' });

    const [energie, concentratie] = suggestions(scan, catalogue);

    expect(energie?.types.map((t) => [t.type.id, t.rationale])).toEqual(
      domain('energie').interventions.map((link) => [link.type, link.rationale]),
    );
    const mindfulnessForEnergie = energie?.types.find((t) => t.type.id === 'mindfulness');
    const mindfulnessForConcentratie = concentratie?.types.find((t) => t.type.id === 'mindfulness');
    expect(mindfulnessForEnergie?.rationale).toContain('moe of gespannen');
    expect(mindfulnessForConcentratie?.rationale).not.toBe(mindfulnessForEnergie?.rationale);
    expect(mindfulnessForEnergie?.type.title).toBe('Mindfulness');
    expect(mindfulnessForEnergie?.type.href).toBe('/interventietypen/mindfulness/');
  });

  it('is empty when no domain has concerns', () => {
    expect(suggestions(ratedScan({ energie: 'geen', motivatie: 'onbekend' }), catalogue)).toEqual([]);
  });

  it('skips a linked type that is not in the catalogue', () => {
    const smaller: ScanCatalogue = {
      ...catalogue,
      interventions: catalogue.interventions.filter((type) => type.id !== 'stressmanagement'),
    };

    const [energie] = suggestions(ratedScan({ energie: 'grote' }), smaller);

    expect(energie?.types.map((t) => t.type.id)).toEqual(['mindfulness']);
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
