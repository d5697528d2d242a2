const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "25 november 2026". Dates in content have no time; UTC keeps them from shifting a day. */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** "2026-11-25", for the datetime attribute of <time>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
