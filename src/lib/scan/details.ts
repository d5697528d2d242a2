/** Checking the details of a scan before it is started or changed. */
import { MAX_TITLE_LENGTH } from '../limits';
import { levels, schoolTypes, type Level, type ScanSchoolType } from './model';
import { isValidDay } from '../dates';
import type { NewScan } from './scan';

/** The form's details: level and school type are empty until the user chooses them. */
export interface DetailsDraft extends Omit<NewScan, 'level' | 'schoolType'> {
  level: Level | '';
  schoolType: ScanSchoolType | '';
}

export type DetailsField = 'title' | 'level' | 'schoolType' | 'date';
export type DetailsError = 'titleMissing' | 'levelMissing' | 'schoolTypeMissing' | 'dateInvalid';
export type DetailsErrors = Partial<Record<DetailsField, DetailsError>>;

/** The fields in the order the form shows them, for the error summary. */
export const detailsFields: readonly DetailsField[] = ['title', 'level', 'schoolType', 'date'];

const isLevel = (value: string): value is Level => (levels as readonly string[]).includes(value);
const isSchoolType = (value: string): value is ScanSchoolType => (schoolTypes as readonly string[]).includes(value);

/** An empty form for a new scan: nothing chosen for the user but today's date. */
export const emptyDetails = (day: string): DetailsDraft => ({ title: '', level: '', schoolType: '', date: day, role: '' });

export function validateDetails(details: DetailsDraft): DetailsErrors {
  const errors: DetailsErrors = {};
  if (!details.title.trim()) errors.title = 'titleMissing';
  if (!isLevel(details.level)) errors.level = 'levelMissing';
  if (!isSchoolType(details.schoolType)) errors.schoolType = 'schoolTypeMissing';
  if (!isValidDay(details.date)) errors.date = 'dateInvalid';
  return errors;
}

/**
 * The details to store, trimmed and within the stored format's limits; or what is missing or
 * wrong. Nothing is filled in for the user.
 */
export function checkDetails(details: DetailsDraft): { ok: true; details: NewScan } | { ok: false; errors: DetailsErrors } {
  const errors = validateDetails(details);
  const { level, schoolType } = details;
  if (Object.keys(errors).length || !isLevel(level) || !isSchoolType(schoolType)) return { ok: false, errors };
  return {
    ok: true,
    details: {
      title: details.title.trim().slice(0, MAX_TITLE_LENGTH),
      level,
      schoolType,
      date: details.date,
      role: details.role.trim().slice(0, MAX_TITLE_LENGTH),
    },
  };
}
