import { describe, expect, it } from 'vitest';
import {
  checkedOn,
  countCheckedWithinAYear,
  isOverAYearOld,
  isWithinAYear,
  latestDay,
  newestCheck,
  oneYearAfter,
} from './checked';

describe('the twelve-month rule', () => {
  it('marks a day-precise check from the day after its first anniversary', () => {
    expect(isOverAYearOld('2025-12-02', '2026-12-02')).toBe(false);
    expect(isOverAYearOld('2025-12-02', '2026-12-03')).toBe(true);
  });

  it('counts a month-precise check from its last day: never says "over a year" too soon', () => {
    expect(isOverAYearOld('2025-11', '2026-11-30')).toBe(false);
    expect(isOverAYearOld('2025-11', '2026-12-01')).toBe(true);
    expect(isOverAYearOld('2025', '2026-12-31')).toBe(false);
    expect(isOverAYearOld('2025', '2027-01-01')).toBe(true);
  });

  it('handles 29 February and month ends', () => {
    expect(oneYearAfter('2024-02-29')).toBe('2025-02-28');
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(latestDay('2026-11-20')).toBe('2026-11-20');
    expect(isOverAYearOld('2024-02-29', '2025-02-28')).toBe(false);
    expect(isOverAYearOld('2024-02-29', '2025-03-01')).toBe(true);
  });

  it('counts a record as checked in the last twelve months only when every day it can mean is', () => {
    expect(isWithinAYear('2025-12-02', '2026-12-02')).toBe(true);
    expect(isWithinAYear('2025-12-01', '2026-12-02')).toBe(false);
    expect(isWithinAYear('2025-12', '2026-12-02')).toBe(false);
    expect(isWithinAYear('2026-11', '2026-12-02')).toBe(true);
    expect(isWithinAYear('2027-01', '2026-12-02')).toBe(false);
    const records = [{ lastVerified: '2026-11' }, { lastVerified: '2024-05' }];
    expect(countCheckedWithinAYear(records, '2026-12-02')).toEqual({ checked: 1, of: 2 });
  });

  it('uses the check date when set, otherwise the date the page was read', () => {
    expect(checkedOn({ accessed: '2024-01', verified: '2026-11-20' })).toBe('2026-11-20');
    expect(checkedOn({ accessed: '2024-01' })).toBe('2024-01');
  });

  it('finds the newest check by the latest day each date can mean', () => {
    expect(newestCheck(['2026-11-20', '2026-11', '2025-12-31'])).toBe('2026-11');
    expect(newestCheck(['2026-10-31', '2026-11-01'])).toBe('2026-11-01');
    expect(newestCheck([])).toBeUndefined();
  });
});
