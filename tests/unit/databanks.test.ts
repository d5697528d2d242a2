import { describe, expect, it } from 'vitest';
import { organisationLine } from '../../src/lib/databanks';

describe('organisationLine', () => {
  it('names the organisation when it says more than the databank’s name', () => {
    expect(organisationLine('Databank Effectieve Jeugdinterventies', 'Nederlands Jeugdinstituut (NJi)')).toBe(
      'Nederlands Jeugdinstituut (NJi)',
    );
  });

  it('leaves it out when it would repeat the name, in any case or spacing', () => {
    expect(organisationLine('Welbevinden op School', 'Landelijk ondersteuningsprogramma Welbevinden op School')).toBeUndefined();
    expect(organisationLine('Databank  X', 'databank x')).toBeUndefined();
  });
});
