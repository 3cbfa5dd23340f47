// The bench records what a first touch of memory costs on the machine it ran on: on a VM that
// backs guest memory lazily it decides most of a cold evaluation's time, and figures from machines
// that differ there are not comparable.
import { freshMemoryMsPerGiB } from "../bench/environment";

test("the first touch of memory is measured in ms per GiB", () => {
  const ms = freshMemoryMsPerGiB();
  expect(ms).not.toBeNull();
  expect(ms as number).toBeGreaterThan(0);
  expect(Number.isInteger(ms)).toBe(true);
});
