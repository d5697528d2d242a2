/**
 * databankLinksFor on the synthetic catalogue, then the scan's catalogue built from the real
 * content (through the schemas, as the site builds it): its domains, types and databank links.
 */
import { describe, expect, it } from 'vitest';
import { buildScanCatalogue, databankLinksFor } from '../../src/lib/scan/catalogue';
import type { ScanSchoolType } from '../../src/lib/scan/model';
import { catalogue as synthetic, catalogueSources } from '../fixtures/scan-examples';
import { contentCatalogue } from '../support/scan-catalogue';

describe('buildScanCatalogue', () => {
  it('keeps the order of the collections, turns references into ids and adds the base path to type pages', () => {
    const built = buildScanCatalogue(catalogueSources, (path) => `/welbevinden${path}`);

    expect(built.domains.map((domain) => domain.id)).toEqual(catalogueSources.domains.map((domain) => domain.id));
    expect(built.domains[0]?.interventions).toEqual([
      { type: 'klassenmanagement', rationale: 'Een voorspelbare klas maakt komen makkelijker.' },
      { type: 'oudertraining', rationale: 'Ouders helpen hun kind op tijd naar school.' },
    ]);
    expect(built.interventions[0]).toEqual({ id: 'mindfulness', title: 'Mindfulness', href: '/welbevinden/interventietypen/mindfulness/' });
    expect(built.databankLinks.map((link) => [link.databank, link.label])).toEqual([
      ['Databank Een', 'Alles van Een'],
      ['Databank Twee', 'Twee voor po'],
      ['Databank Twee', 'Twee voor vo'],
    ]);
  });
});

describe('databankLinksFor', () => {
  const urls = (schoolType: ScanSchoolType) => databankLinksFor(synthetic, schoolType).map((link) => link.url);

  it('gives the links that serve a school type, in the catalogue’s order', () => {
    expect(urls('po')).toEqual(['https://een.example/alles', 'https://twee.example/po']);
    expect(urls('vo')).toEqual(['https://een.example/alles', 'https://twee.example/vo']);
    expect(urls('so-vso')).toEqual(['https://een.example/alles', 'https://twee.example/po', 'https://twee.example/vo']);
    expect(urls('mbo')).toEqual(['https://een.example/alles']);
  });
});

describe('the scan catalogue from the content files', () => {
  const catalogue = contentCatalogue();
  const links = (schoolType: ScanSchoolType) => databankLinksFor(catalogue, schoolType).map((link) => [link.databank, link.url]);

  const NJI = ['Databank Effectieve Jeugdinterventies', 'https://www.nji.nl/nl/Databank/Effectieve-Jeugdinterventies'];
  const LOKET = 'Interventiedatabase van het Loket Gezond Leven';
  const WOS = ['Welbevinden op School', 'https://www.welbevindenopschool.nl'];

  it('has the 11 domains in source order and the 13 intervention types', () => {
    expect(catalogue.domains).toHaveLength(11);
    expect(catalogue.domains[0]?.id).toBe('aanwezigheid');
    expect(catalogue.domains.at(-1)?.id).toBe('veerkracht-gezin');
    expect(catalogue.interventions).toHaveLength(13);
  });

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

  it('names each databank once: no link repeats its databank’s name, which the result shows after it', () => {
    for (const link of catalogue.databankLinks) expect(link.label.toLowerCase(), link.url).not.toBe(link.databank.toLowerCase());
  });

  it('gives every link its label', () => {
    expect(databankLinksFor(catalogue, 'mbo').map((link) => link.label)).toEqual([
      'Interventies zoeken in de databank',
      'Overzicht voor het mbo',
    ]);
  });
});
