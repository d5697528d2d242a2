/** Checking the details of a scan before it is started or changed. */
import { MAX_TITLE_LENGTH } from '../limits';
import { levels, schoolTypes, type Level, type ScanSchoolType } from './model';
import { isValidDay } from '../dates';
import type { NewScan } from './scan';

export type DetailsError = 'titleMissing' | 'dateInvalid';
export type DetailsErrors = Partial<Record<'title' | 'date', DetailsError>>;

export function validateDetails(details: NewScan): DetailsErrors {
  const errors: DetailsErrors = {};
  if (!details.title.trim()) errors.title = 'titleMissing';
  if (!isValidDay(details.date)) errors.date = 'dateInvalid';
  return errors;
}

/** Trims text and keeps values within the stored format's limits. */
export function cleanDetails(details: NewScan): NewScan {
  return {
    title: details.title.trim().slice(0, MAX_TITLE_LENGTH),
    level: (levels as readonly string[]).includes(details.level) ? details.level : ('klas' satisfies Level),
    schoolType: (schoolTypes as readonly string[]).includes(details.schoolType) ? details.schoolType : ('po' satisfies ScanSchoolType),
    date: details.date,
    role: details.role.trim().slice(0, MAX_TITLE_LENGTH),
  };
}
