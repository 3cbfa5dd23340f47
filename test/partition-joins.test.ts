// The partitioner reads what must stay together from the bundle (govguard/about/joins); a bundle
// built from other sources could answer anything, and a wrong answer must stop the run with a
// message naming the entrypoint, never split a plan on a misread declaration.
import { parseJoins } from "../src/engine/partition";

const valid = { names: [{ namespace: "n", type: "t_x", attributes: ["a", ["b", "c"]], named: true }], hubs: [], witnesses: [], siblings: [], companions: { hub_x: ["t_y"] }, aliases: {} };

test("an attribute is a name or a list of alternatives in the rules' order", () => {
  expect(parseJoins(valid).names[0].attributes).toEqual([["a"], ["b", "c"]]);
});

test.each([
  ["siblings missing", { ...valid, siblings: undefined }],
  ["companions missing", { ...valid, companions: undefined }],
  ["companions that are not lists of types", { ...valid, companions: { hub_x: "t_y" } }],
  ["an empty list of alternatives", { ...valid, names: [{ namespace: "n", type: "t_x", attributes: [[]] }] }],
  ["an alternative that is not a name", { ...valid, names: [{ namespace: "n", type: "t_x", attributes: [["a", 1]] }] }],
  ["a pattern that is not a regular expression", { ...valid, names: [{ namespace: "n", type: "t_x", attributes: ["a"], pattern: "([" }] }],
])("refuses %s, naming the entrypoint", (_, raw) => {
  expect(() => parseJoins(raw)).toThrow(/govguard\/about\/joins/);
});
