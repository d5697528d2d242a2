/** The actions of all worksheets as CSV, for a planning sheet: one row per action. */
import { toCsv } from '../csv';
import type { Status, Worksheet } from './model';
import { filledActions } from './worksheet';

export interface ActionsCsvLabels {
  headers: readonly [string, string, string, string, string];
  statuses: Record<Status, string>;
}

export function actionsToCsv(worksheets: readonly Worksheet[], labels: ActionsCsvLabels): string {
  const rows = worksheets.flatMap((worksheet) =>
    filledActions(worksheet).map((action) => [worksheet.title, action.what, action.who, action.when, labels.statuses[worksheet.status]]),
  );
  return toCsv([[...labels.headers], ...rows]);
}
