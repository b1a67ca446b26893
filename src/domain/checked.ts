// When a source was last read and found to say what a record cites, and whether that is over
// a year ago. Dates are partial ("2026", "2026-11", "2026-11-20"): a claim about their age
// holds for every day the date could mean, so "over a year" is said only when it is certain.
// `today` is passed in (YYYY-MM-DD): the page reads the clock, the tests pick the day.

/** What the rule needs of a source: its check date, or when it was read, for older data. */
export interface CheckedSource {
  verified?: string;
  accessed: string;
}

/** The date a source was last checked: `verified` when set, otherwise when it was read. */
export const checkedOn = (source: CheckedSource): string => source.verified ?? source.accessed;

const pad = (value: number) => String(value).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day a partial date can mean: "2026-11" is 2026-11-01 at the earliest. */
export function earliestDay(date: string): string {
  const [year = '0000', month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day a partial date can mean: "2026-11" is 2026-11-30 at the latest. */
export function latestDay(date: string): string {
  const [yearText = '0000', monthText, dayText] = date.split('-');
  const year = Number(yearText);
  const month = monthText === undefined ? 12 : Number(monthText);
  const day = dayText === undefined ? daysInMonth(year, month) : Number(dayText);
  return `${yearText}-${pad(month)}-${pad(day)}`;
}

/** The same day a year later (29 February becomes 28 February). */
export function oneYearAfter(day: string): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const next = year + 1;
  return `${String(next).padStart(4, '0')}-${pad(month)}-${pad(Math.min(date, daysInMonth(next, month)))}`;
}

/**
 * True when more than twelve months have passed since the latest day `checked` can mean:
 * checked on 2025-12-02 is over a year old from 2026-12-03; checked in 2025-11, from 2026-12-01.
 */
export function isOverAYearOld(checked: string, today: string): boolean {
  return today > oneYearAfter(latestDay(checked));
}

/** True when every day `checked` can mean lies within the twelve months up to `today`. */
export function isWithinAYear(checked: string, today: string): boolean {
  return oneYearAfter(earliestDay(checked)) >= today && earliestDay(checked) <= today;
}

/** How many records were checked within the twelve months up to `today`, of how many. */
export function countCheckedWithinAYear(
  records: readonly { lastVerified?: string }[],
  today: string,
): { checked: number; of: number } {
  const checked = records.filter(
    (record) => record.lastVerified !== undefined && isWithinAYear(record.lastVerified, today),
  ).length;
  return { checked, of: records.length };
}

/** The newest of some check dates (by the latest day each can mean), or undefined for none. */
export function newestCheck(dates: readonly string[]): string | undefined {
  let newest: string | undefined;
  for (const date of dates) {
    if (newest === undefined || latestDay(date) > latestDay(newest)) newest = date;
  }
  return newest;
}
