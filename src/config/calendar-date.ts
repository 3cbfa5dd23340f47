// Dates as waivers.yaml and GOVGUARD_TODAY write them: YYYY-MM-DD, and a day the calendar has.
// lib/waivers (Rego) checks waivers' dates the same way, for opa eval and conftest.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether `text` is YYYY-MM-DD naming a real day (no 2026-02-29, 2099-02-31 or 2026-13-01). */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
