// Lists as long as input makes them are never spread into a call's arguments: past about 120,000
// arguments (Node's default stack) the call throws RangeError, and the gate would end on a crash
// instead of a verdict. The reports' side is in report-scale.test.ts.
import { parseJSONValue } from "../src/hcl/json";

const LONG = 200_000;

describe("Terraform JSON values of 200,000 elements", () => {
  test("an array is one tuple of its elements, as deep as its deepest", () => {
    const node = parseJSONValue([...Array.from({ length: LONG - 1 }, (_, i) => `10.0.${i % 250}.0/24`), [["deep"]]]);
    expect(node.kind).toBe("tuple");
    expect(node.kind === "tuple" ? node.items.length : 0).toBe(LONG);
    expect(node.depth).toBe(4);
  });

  test("an object is one object of its members", () => {
    const node = parseJSONValue(Object.fromEntries(Array.from({ length: LONG }, (_, i) => [`k${i}`, i === LONG - 1 ? { a: [1] } : i])));
    expect(node.kind).toBe("object");
    expect(node.kind === "object" ? node.items.length : 0).toBe(LONG);
    expect(node.depth).toBe(4);
  });
});
