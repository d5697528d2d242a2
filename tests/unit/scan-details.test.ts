import { describe, expect, it } from 'vitest';
import { isValidDay } from '../../src/lib/dates';
import { checkDetails, emptyDetails, validateDetails, type DetailsDraft } from '../../src/lib/scan/details';
import { MAX_TITLE_LENGTH } from '../../src/lib/limits';
import type { Level, ScanSchoolType } from '../../src/lib/scan/model';

const details: DetailsDraft = { title: 'Groep 7, najaar', level: 'klas', schoolType: 'po', date: '2026-11-25', role: '' };

describe('isValidDay', () => {
  it('accepts real calendar days in YYYY-MM-DD form, leap days included', () => {
    for (const day of ['2026-11-25', '2024-02-29', '2000-02-29', '2026-12-31', '2026-01-01']) expect(isValidDay(day), day).toBe(true);
  });

  it('refuses days that do not exist and other forms', () => {
    for (const day of [
      '2026-02-30',
      '2026-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-11-31',
      '2026-11-00',
      '25-11-2026',
      '2026-1-5',
      '2026-11-25T10:00',
      '',
      'morgen',
    ]) {
      expect(isValidDay(day), day).toBe(false);
    }
  });
});

describe('validateDetails', () => {
  it('has no errors for a title and a valid date; the role is optional', () => {
    expect(validateDetails(details)).toEqual({});
  });

  it('asks for a title when it is empty or only spaces', () => {
    expect(validateDetails({ ...details, title: '' })).toEqual({ title: 'titleMissing' });
    expect(validateDetails({ ...details, title: '  \t\n ' })).toEqual({ title: 'titleMissing' });
  });

  it('asks for a valid date', () => {
    for (const date of ['2026-02-30', '25-11-2026', ''])
      expect(validateDetails({ ...details, date }), date).toEqual({ date: 'dateInvalid' });
  });

  it('asks for the level and the school type when they are not chosen: nothing is chosen for the user', () => {
    expect(validateDetails(emptyDetails('2026-11-25'))).toEqual({
      title: 'titleMissing',
      level: 'levelMissing',
      schoolType: 'schoolTypeMissing',
    });
  });

  it('reports every problem at once', () => {
    expect(validateDetails({ ...details, title: ' ', date: '' })).toEqual({ title: 'titleMissing', date: 'dateInvalid' });
  });
});

describe('checkDetails', () => {
  const checked = (draft: DetailsDraft) => {
    const result = checkDetails(draft);
    if (!result.ok) throw new Error(`not ok: ${JSON.stringify(result.errors)}`);
    return result.details;
  };

  it('trims the title and the role', () => {
    expect(checked({ ...details, title: '  Groep 7  ', role: ' mentor \n' })).toEqual({
      ...details,
      title: 'Groep 7',
      role: 'mentor',
    });
  });

  it('caps the title and the role at the stored limit', () => {
    const cleaned = checked({ ...details, title: 'x'.repeat(200), role: `  ${'r'.repeat(130)}` });

    expect(cleaned.title).toBe('x'.repeat(MAX_TITLE_LENGTH));
    expect(cleaned.role).toBe('r'.repeat(MAX_TITLE_LENGTH));
  });

  it('refuses a level or school type the format does not know, instead of choosing one', () => {
    const tampered = { ...details, level: 'groep' as string as Level, schoolType: 'hbo' as string as ScanSchoolType };

    expect(checkDetails(tampered)).toEqual({ ok: false, errors: { level: 'levelMissing', schoolType: 'schoolTypeMissing' } });
    expect(checked({ ...details, level: 'school', schoolType: 'mbo' })).toMatchObject({ level: 'school', schoolType: 'mbo' });
  });

  it('refuses an empty form with the errors validateDetails gives', () => {
    const empty = emptyDetails('2026-11-25');
    expect(checkDetails(empty)).toEqual({ ok: false, errors: validateDetails(empty) });
  });
});
