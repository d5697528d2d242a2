import { describe, expect, it } from 'vitest';
import { notesPerDomain, profile, splitUnrated } from '../../src/lib/scan/analysis';
import { domains, exampleScan, ratedScan } from '../fixtures/scan-examples';

const labels = (rows: readonly { domain: { label: string } }[]) => rows.map((row) => row.domain.label);
const label = (id: string) => domains.find((domain) => domain.id === id)!.label;

describe('splitUnrated: the domains not rated yet on one line', () => {
  it('keeps the rated rows and names the others once, both in the source’s order', () => {
    const answered = ['motivatie', 'energie', 'concentratie'];
    const rows = profile(ratedScan({ motivatie: 'onbekend', energie: 'grote', concentratie: 'geen' }), domains);

    const [rated, unrated] = splitUnrated(rows);

    expect(labels(rated)).toEqual(domains.filter((domain) => answered.includes(domain.id)).map((domain) => domain.label));
    expect(unrated).toEqual(domains.filter((domain) => !answered.includes(domain.id)).map((domain) => domain.label));
  });

  it('counts "Weet ik niet" as an answer', () => {
    const [rated, unrated] = splitUnrated(profile(ratedScan({ energie: 'onbekend' }), domains));

    expect(labels(rated)).toEqual([label('energie')]);
    expect(unrated).not.toContain(label('energie'));
  });

  it('keeps a domain with the team’s notes as a row, rated or not', () => {
    const scan = exampleScan(
      {},
      { energie: { rating: null, seen: 'Moe na de pauze.', going: '' }, motivatie: { rating: null, seen: '', going: 'De projectweek.' } },
    );

    const [rows, unrated] = splitUnrated(notesPerDomain(scan, domains));

    expect(labels(rows)).toEqual([label('energie'), label('motivatie')]);
    expect(unrated).toHaveLength(domains.length - 2);
  });

  it('gives no line when every domain is rated, and no rows when none is', () => {
    const all = Object.fromEntries(domains.map((domain) => [domain.id, 'geen' as const]));

    expect(splitUnrated(profile(ratedScan(all), domains))[1]).toEqual([]);
    expect(splitUnrated(profile(ratedScan({}), domains))).toEqual([[], labels(domains.map((domain) => ({ domain })))]);
  });
});
