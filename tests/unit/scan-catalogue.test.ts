import { describe, expect, it } from 'vitest';
import { databankLinksFor } from '../../src/lib/scan/catalogue';
import type { ScanSchoolType } from '../../src/lib/scan/model';
import { catalogue } from '../fixtures/scan-examples';

const links = (schoolType: ScanSchoolType) => databankLinksFor(catalogue, schoolType).map((link) => [link.databank, link.url]);

const NJI = ['Databank Effectieve Jeugdinterventies', 'https://www.nji.nl/nl/Databank/Effectieve-Jeugdinterventies'];
const LOKET = 'Interventiedatabase van het Loket Gezond Leven';
const WOS = ['Welbevinden op School', 'https://www.welbevindenopschool.nl'];

describe('the scan catalogue from the content files', () => {
  it('has the 11 domains in source order and the 13 intervention types', () => {
    expect(catalogue.domains).toHaveLength(11);
    expect(catalogue.domains[0]?.id).toBe('aanwezigheid');
    expect(catalogue.domains.at(-1)?.id).toBe('veerkracht-gezin');
    expect(catalogue.interventions).toHaveLength(13);
  });

  it('links every domain only to intervention types that exist', () => {
    const typeIds = new Set(catalogue.interventions.map((type) => type.id));
    for (const domain of catalogue.domains) {
      expect(domain.interventions.length, domain.id).toBeGreaterThan(0);
      for (const link of domain.interventions) expect(typeIds.has(link.type), `${domain.id} → ${link.type}`).toBe(true);
    }
  });
});

describe('databankLinksFor', () => {
  it('gives po the NJi databank, the Loket po overview and Welbevinden op School', () => {
    expect(links('po')).toEqual([NJI, [LOKET, 'https://interventies.loketgezondleven.nl/interventieoverzicht5/po'], WOS]);
  });

  it('gives mbo the NJi databank and the Loket mbo overview, not Welbevinden op School', () => {
    expect(links('mbo')).toEqual([NJI, [LOKET, 'https://interventies.loketgezondleven.nl/interventieoverzicht5/mbo']]);
    expect(links('mbo')).not.toContainEqual(WOS);
  });

  it('gives vo its own Loket overview and so/vso both the po and the vo overview', () => {
    expect(links('vo')).toEqual([NJI, [LOKET, 'https://interventies.loketgezondleven.nl/interventieoverzicht5/vo'], WOS]);
    expect(links('so-vso')).toEqual([
      NJI,
      [LOKET, 'https://interventies.loketgezondleven.nl/interventieoverzicht5/po'],
      [LOKET, 'https://interventies.loketgezondleven.nl/interventieoverzicht5/vo'],
    ]);
  });

  it('gives every link its label', () => {
    expect(databankLinksFor(catalogue, 'mbo').map((link) => link.label)).toEqual([
      'Databank Effectieve Jeugdinterventies',
      'Overzicht voor het mbo',
    ]);
  });
});
