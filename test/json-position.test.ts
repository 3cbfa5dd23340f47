import { findJsonError } from "../src/inputs/json-position";

test.each([
  ['{"a": 1}', undefined],
  ['[1, -2.5e3, "x\\u00e9", true, false, null, {}, []]', undefined],
  ['{"a": 1,}', { offset: 8, truncated: false }],
  ['{"a" 1}', { offset: 5, truncated: false }],
  ['{"a": }', { offset: 6, truncated: false }],
  ['[1, 2', { offset: 5, truncated: true }],
  ['{"a": "unterminated', { offset: 19, truncated: true }],
  ["01", { offset: 1, truncated: false }],
  ["truex", { offset: 4, truncated: false }],
  ['{"a": 1} x', { offset: 9, truncated: false }],
  ["", { offset: 0, truncated: true }],
  ['"tab\there"', { offset: 4, truncated: false }],
])("%j", (text, expected) => {
  // Anything JSON.parse accepts the scanner accepts, and the reverse.
  let parses = true;
  try {
    JSON.parse(text);
  } catch {
    parses = false;
  }
  expect(parses).toBe(expected === undefined);
  expect(findJsonError(text)).toEqual(expected);
});

test("deep nesting does not exhaust the stack", () => {
  const deep = "[".repeat(200000) + "]".repeat(199999);
  expect(findJsonError(deep)).toEqual({ offset: deep.length, truncated: true });
});
