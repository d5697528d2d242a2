const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "25 november 2026". Dates in content have no time; UTC keeps them from shifting a day. */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** "2026-11-25", for the datetime attribute of <time>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A real calendar day in YYYY-MM-DD form (not 2026-02-30). */
export function isValidDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

/** "2026-11-25" → "25 november 2026"; text that is not a real day is returned as it is. */
export function formatDay(day: string): string {
  return isValidDay(day) ? formatDate(new Date(`${day}T00:00:00Z`)) : day;
}

/** An ISO time `ms` milliseconds later: records made together get times in the order they were made. */
export function laterBy(iso: string, ms: number): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time + ms).toISOString();
}

/** Today's date in the user's time zone as YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
