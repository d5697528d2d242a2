import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/i18n/nl';
import { audiences, schoolTypes, scopes } from '../../src/lib/content-schemas';

describe('Dutch interface strings', () => {
  it('has a label for every doelgroep, scope and school type the schemas allow', () => {
    for (const audience of audiences) expect(t.audiences[audience]).toMatch(/\S/);
    for (const scope of scopes) expect(t.scopes[scope]).toMatch(/\S/);
    // On the type's page the scope stands after "Bereik" as plain sentences, not as "a: b".
    for (const scope of scopes) expect(t.scopeSentences[scope]).toMatch(/^[A-Z][^:]*\.$/);
    for (const type of schoolTypes) expect(t.schoolTypes[type]).toMatch(/\S/);
  });

  it('builds sentences with the right number', () => {
    expect(t.interventions.audienceLead('ouders', 1)).toBe('Eén van de typen interventies uit de handreiking richt zich op ouders.');
    expect(t.interventions.audienceLead('leerlingen', 11)).toBe(
      '11 van de typen interventies uit de handreiking richten zich op leerlingen.',
    );
  });

  it('lists the source organisations with "en" before the last', () => {
    expect(t.layout.sourceCredit(['A', 'B', 'C'], 'voorjaar 2021')).toBe('Brontekst (voorjaar 2021): A, B en C.');
  });

  it('dates the source text in the notes next to time-bound remarks', () => {
    expect(t.sourceDate.short('het voorjaar van 2021')).toContain('geschreven in het voorjaar van 2021');
    expect(t.sourceDate.detailed('het voorjaar van 2021')).toContain('februari 2021');
  });
});
