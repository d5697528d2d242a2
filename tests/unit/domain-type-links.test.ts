import { describe, expect, it } from 'vitest';
import { byDataOrder, domainsForType, typesForAudience, typesForDomain } from '../../src/lib/domain-type-links';
import type { Audience } from '../../src/lib/content-schemas';

const domain = (id: string, order: number, links: [string, string][]) => ({
  id,
  data: { order, interventions: links.map(([type, rationale]) => ({ type: { id: type }, rationale })) },
});
const type = (id: string, order: number, audiences: Audience[]) => ({ id, data: { order, audiences } });

const domains = [
  domain('concentratie', 3, [
    ['mindfulness', 'aandacht richten'],
    ['klassenmanagement', 'rust in de klas'],
  ]),
  domain('energie', 2, [['mindfulness', 'ontspanning']]),
  domain('aanwezigheid', 1, [['klassenmanagement', 'voorspelbare klas']]),
];
const types = [
  type('klassenmanagement', 11, ['leerkrachten']),
  type('mindfulness', 4, ['leerlingen']),
  type('veerkracht', 3, ['leerlingen', 'leerkrachten']),
];

describe('byDataOrder', () => {
  it('sorts entries by data.order without changing the input', () => {
    const input = [...domains];
    expect(byDataOrder(input).map((d) => d.id)).toEqual(['aanwezigheid', 'energie', 'concentratie']);
    expect(input.map((d) => d.id)).toEqual(['concentratie', 'energie', 'aanwezigheid']);
  });
});

describe('domainsForType', () => {
  it('finds every domain that links a type, in domain order, with the rationale of that link', () => {
    expect(domainsForType(domains, 'mindfulness').map(({ domain, rationale }) => [domain.id, rationale])).toEqual([
      ['energie', 'ontspanning'],
      ['concentratie', 'aandacht richten'],
    ]);
  });

  it('is empty for a type no domain links', () => {
    expect(domainsForType(domains, 'veerkracht')).toEqual([]);
  });
});

describe('typesForDomain', () => {
  it('gives the types in the order the domain lists them', () => {
    const [concentratie] = domains;
    expect(concentratie).toBeDefined();
    expect(typesForDomain(concentratie!, types).map(({ type: t, rationale }) => [t.id, rationale])).toEqual([
      ['mindfulness', 'aandacht richten'],
      ['klassenmanagement', 'rust in de klas'],
    ]);
  });

  it('skips a link to a type that does not exist (the integrity check reports it)', () => {
    const broken = domain('x', 9, [['bestaat-niet', 'r']]);
    expect(typesForDomain(broken, types)).toEqual([]);
  });
});

describe('typesForAudience', () => {
  it('keeps the source order and only types for that doelgroep', () => {
    expect(typesForAudience(types, 'leerkrachten').map((t) => t.id)).toEqual(['veerkracht', 'klassenmanagement']);
    expect(typesForAudience(types, 'ouders')).toEqual([]);
  });
});
