import { describe, expect, it } from 'vitest';
import { werkbladDocumentMigrations, werkbladFileMigrations } from '../../src/lib/werkblad/migrations';
import { WERKBLAD_VERSION } from '../../src/lib/werkblad/model';

describe('werkblad migrations', () => {
  it('have a step for every version before the current one, and none beyond it', () => {
    for (const migrations of [werkbladDocumentMigrations, werkbladFileMigrations]) {
      const steps = Object.keys(migrations).map(Number);
      const expected = Array.from({ length: WERKBLAD_VERSION - 1 }, (_, index) => index + 1);
      expect(steps.sort((a, b) => a - b)).toEqual(expected);
    }
  });
});
