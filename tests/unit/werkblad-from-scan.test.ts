import { describe, expect, it } from 'vitest';
import { laterBy } from '../../src/lib/dates';
import type { ScanCatalogue } from '../../src/lib/scan/catalogue';
import { worksheetSchema, type Worksheet } from '../../src/lib/werkblad/model';
import { concernDomainsFor, worksheetsFromScan } from '../../src/lib/werkblad/from-scan';
import { exportScan, parseScanFile } from '../../src/lib/scan/exchange';
import { knownDomainIds, ratedScan, T1, T2, T3 } from '../fixtures/scan-examples';
import { catalogue, exampleWorksheet } from '../fixtures/werkblad-examples';

/** Ids 'n1', 'n2', … in order. */
function counter(prefix = 'n'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/**
 * In the fixture's catalogue, veerkracht is linked to motivatie, algemene-stemming and
 * veerkracht-gezin; mindfulness to energie and concentratie; klassenmanagement to aanwezigheid.
 */
const scan = ratedScan(
  {
    aanwezigheid: 'onbekend',
    energie: 'grote',
    concentratie: 'geen',
    motivatie: 'enige',
    'algemene-stemming': 'grote',
    'veerkracht-gezin': 'grote',
  },
  { id: 'scan1', title: 'Groep 7', chosen: ['veerkracht', 'mindfulness'] },
);

const linking = (typeId: string) =>
  catalogue.domains.filter((domain) => domain.interventions.some((link) => link.type === typeId)).map((domain) => domain.id);

describe('the catalogue the examples rely on', () => {
  it('links each type to these domains, in this order', () => {
    expect(linking('veerkracht')).toEqual(['motivatie', 'algemene-stemming', 'veerkracht-gezin']);
    expect(linking('mindfulness')).toEqual(['energie', 'concentratie']);
    expect(linking('klassenmanagement')).toEqual(['aanwezigheid']);
  });
});

describe('concernDomainsFor', () => {
  it('gives the domains with concern that link the type, grote zorgen first, each in the source’s order', () => {
    expect(concernDomainsFor(scan, 'veerkracht', catalogue)).toEqual(['algemene-stemming', 'veerkracht-gezin', 'motivatie']);
  });

  it('leaves out domains with no concern, unknown or no answer, and domains that do not link the type', () => {
    // Mindfulness: energie (grote), concentratie (geen zorgen).
    expect(concernDomainsFor(scan, 'mindfulness', catalogue)).toEqual(['energie']);
    // Klassenmanagement: aanwezigheid (weet ik niet).
    expect(concernDomainsFor(scan, 'klassenmanagement', catalogue)).toEqual([]);
    expect(concernDomainsFor(ratedScan({}), 'veerkracht', catalogue)).toEqual([]);
  });

  it('gives nothing for a type the catalogue does not know', () => {
    expect(concernDomainsFor(scan, 'bestaat-niet', catalogue)).toEqual([]);
  });
});

describe('worksheetsFromScan', () => {
  it('makes one worksheet per chosen type, in the order chosen (one millisecond apart), with the scan and its domains of concern', () => {
    const sheets = worksheetsFromScan(scan, catalogue, [], counter(), T2);

    expect(sheets).toStrictEqual([
      {
        id: 'n1',
        title: 'Veerkracht',
        typeId: 'veerkracht',
        scanId: 'scan1',
        domains: ['algemene-stemming', 'veerkracht-gezin', 'motivatie'],
        answers: {},
        partners: [],
        actions: [],
        status: 'idee',
        createdAt: T2,
        updatedAt: T2,
      },
      {
        id: 'n2',
        title: 'Mindfulness',
        typeId: 'mindfulness',
        scanId: 'scan1',
        domains: ['energie'],
        answers: {},
        partners: [],
        actions: [],
        status: 'idee',
        createdAt: laterBy(T2, 1),
        updatedAt: laterBy(T2, 1),
      },
    ]);
    for (const sheet of sheets) expect(worksheetSchema.safeParse(sheet).success).toBe(true);
  });

  it('makes nothing for a scan without chosen types', () => {
    expect(worksheetsFromScan({ ...scan, chosen: [] }, catalogue, [], counter(), T2)).toEqual([]);
  });

  it('skips chosen types that are no longer in the catalogue, without using an id for them', () => {
    const sheets = worksheetsFromScan({ ...scan, chosen: ['oud-type', 'veerkracht'] }, catalogue, [], counter(), T2);

    expect(sheets.map((sheet) => [sheet.id, sheet.typeId])).toEqual([['n1', 'veerkracht']]);
  });

  it('skips a type that is gone from a smaller catalogue', () => {
    const smaller: ScanCatalogue = { ...catalogue, interventions: catalogue.interventions.filter((type) => type.id !== 'mindfulness') };

    expect(worksheetsFromScan(scan, smaller, [], counter(), T2).map((sheet) => sheet.typeId)).toEqual(['veerkracht']);
  });

  it('adds nothing the second time', () => {
    const first = worksheetsFromScan(scan, catalogue, [], counter('a'), T2);
    const second = worksheetsFromScan(scan, catalogue, first, counter('b'), T3);

    expect(first).toHaveLength(2);
    expect(second).toEqual([]);
  });

  it('adds only the types chosen since the first time', () => {
    const first = worksheetsFromScan(scan, catalogue, [], counter('a'), T2);
    const later = { ...scan, chosen: [...scan.chosen, 'oudertraining'] };

    expect(worksheetsFromScan(later, catalogue, first, counter('b'), T3).map((sheet) => [sheet.id, sheet.typeId, sheet.domains])).toEqual([
      ['b1', 'oudertraining', ['veerkracht-gezin']],
    ]);
  });

  it('is not blocked by a worksheet for the same type from another scan, or one without a scan', () => {
    const existing: Worksheet[] = [
      exampleWorksheet({ id: 'x', typeId: 'veerkracht', scanId: 'andere-scan', createdAt: T1, updatedAt: T1 }),
      exampleWorksheet({ id: 'y', typeId: 'veerkracht', scanId: null }),
      exampleWorksheet({ id: 'z', typeId: null, title: 'Mindfulness', scanId: 'scan1' }),
    ];

    expect(worksheetsFromScan(scan, catalogue, existing, counter(), T2).map((sheet) => sheet.typeId)).toEqual([
      'veerkracht',
      'mindfulness',
    ]);
  });
});

describe('worksheetsFromScan with a type chosen twice', () => {
  it('makes one worksheet for a type that an imported scan file lists twice', () => {
    // The scan file's schema accepts a repeated id in `chosen` (a hand-edited or combined file);
    // the contract is one worksheet per chosen type.
    const imported = parseScanFile(JSON.stringify(exportScan({ ...scan, chosen: ['veerkracht', 'veerkracht'] }, T2)), knownDomainIds);
    if (!imported.ok) throw new Error('the scan file must import');
    const twice = imported.scans[0]!;

    expect(worksheetsFromScan(twice, catalogue, [], counter(), T2).map((sheet) => sheet.typeId)).toEqual(['veerkracht']);
  });
});
