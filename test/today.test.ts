// The date waivers expire against is today's date in China. It is computed as UTC plus eight hours
// (China Standard Time has no daylight saving); Intl with the Asia/Shanghai time zone must agree.
import { todayInChina } from "../src/engine/check";

test("today in China is Asia/Shanghai's date, on each side of midnight there, from 1992 to 2040", () => {
  const before = process.env.GOVGUARD_TODAY;
  delete process.env.GOVGUARD_TODAY;
  try {
    const shanghai = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });
    let checked = 0;
    for (let t = Date.UTC(1992, 0, 1); t < Date.UTC(2040, 0, 1); t += 7 * 86_400_000 + 3_600_000) {
      // Midnight in China is 16:00 UTC: a millisecond before and at it, and the instant itself.
      const midnight = t - (t % 86_400_000) + 16 * 3_600_000;
      for (const instant of [t, midnight - 1, midnight]) {
        expect(todayInChina(new Date(instant))).toBe(shanghai.format(new Date(instant)));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(7000);
  } finally {
    if (before !== undefined) process.env.GOVGUARD_TODAY = before;
  }
});
