// Cost is bounded: constructs beyond the documented caps are refused with a CapError (never a
// hang, a stack overflow or an out-of-memory), and the caps are exported for the README.
import {
  Budget,
  CapError,
  evaluate,
  fromJSON,
  ListValue,
  toJSON,
  MAX_COLLECTION_ELEMENTS,
  MAX_EVALUATION_DEPTH,
  MAX_NESTING_DEPTH,
  MAX_NUMBER_DIGITS,
  MAX_STRING_LENGTH,
  MAX_TOTAL_STRING_LENGTH,
  MAX_TOTAL_ELEMENTS,
  ObjectValue,
  parseExpression,
  parseTemplate,
  Scope,
  Value,
} from "../src/hcl";
import { ev, raw, scopeOf } from "./hcl-support";

function capOf(f: () => unknown): CapError {
  try {
    f();
  } catch (e) {
    if (e instanceof CapError) return e;
    throw e;
  }
  throw new Error("no CapError was thrown");
}

test("the caps have the documented values", () => {
  expect([MAX_COLLECTION_ELEMENTS, MAX_TOTAL_ELEMENTS, MAX_STRING_LENGTH, MAX_NESTING_DEPTH, MAX_NUMBER_DIGITS]).toEqual([
    10_000, 100_000, 1_048_576, 256, 400,
  ]);
});

describe("numbers", () => {
  test.each(["1e1000000", "1e309", "9".repeat(MAX_NUMBER_DIGITS + 1), "1e-400", "0.1e1000000000000000000000"])("literal %s is refused", (lit) => {
    const e = capOf(() => parseExpression(lit.length > 60 ? lit : `${lit}`));
    expect(e.construct).toBe("number literal");
    expect(e.text.zh).toContain("上限");
    expect(e.message).not.toContain("\n");
  });

  test("the same in templates and in tonumber(), which try() does not hide", () => {
    expect(() => parseTemplate("${1e1000000}")).toThrow(CapError);
    expect(() => raw('tonumber("1e1000000")')).toThrow(CapError);
    expect(() => raw('try(tonumber("1e1000000"), 0)')).toThrow(CapError);
    expect(() => raw("1e308 * 10")).toThrow(CapError);
    expect(ev("1e308 + 1")).toBe(1e308);
    expect(ev("0e0")).toBe(0);
  });

  // Terraform computes with 512-bit floats whose exponent reaches far past a double's:
  // 1e-200 * 1e-200 > 0 is true there, and a count built on it would hide a resource here.
  test.each(["1e-200 * 1e-200", "1 / 1e308 / 1e308", "-1e-300 * 1e-300", "5e-324 / 2"])("%s, non-zero but 0 as a double, is refused", (expr) => {
    expect(capOf(() => raw(expr)).construct).toBe("arithmetic");
  });

  test("products and quotients a double holds, and exact zeros, are computed", () => {
    expect(ev("0 * 1e-300")).toBe(0);
    expect(ev("0 / 7")).toBe(0);
    expect(ev("1e-200 * 1e-100")).toBe(1e-300);
    expect(ev("3 - 3")).toBe(0);
  });
});

describe("collections", () => {
  test("range() beyond the collection cap is refused before it is built", () => {
    expect(capOf(() => raw("range(10000000)")).construct).toBe("range()");
    expect(capOf(() => raw("range(0, 1e300, 1)")).construct).toBe("range()");
    expect((ev(`range(${MAX_COLLECTION_ELEMENTS})`) as number[]).length).toBe(MAX_COLLECTION_ELEMENTS);
    expect(capOf(() => raw("setproduct(range(1000), range(1000))")).construct).toBe("setproduct()");
  });

  test("elements made across one evaluation are bounded in total", () => {
    expect(() => raw("[for i in range(10000) : range(100)]")).toThrow(CapError);
    expect(() => raw("flatten([for i in range(10000) : [i, i]])")).toThrow(CapError);
  });

  test("a shared Budget bounds several evaluations together", () => {
    const budget = new Budget(15_000);
    const expr = parseExpression("range(10000)");
    evaluate(expr, scopeOf({}), { budget });
    expect(() => evaluate(expr, scopeOf({}), { budget })).toThrow(CapError);
  });
});

describe("strings", () => {
  const big = "x".repeat(1000);
  test.each([
    ['join(",", [for i in range(2000) : var.big])'],
    ['"%{ for i in range(2000) }${var.big}%{ endfor }"'],
    ['format("%2000000s", "x")'],
    ['format("%.2000000f", 1)'],
    ['replace("${var.big}${var.big}", "", var.big)'],
    ['replace(join("", [for i in range(600) : var.big]), "x", "yy")'],
    ['indent(100000, join("\\n", [for i in range(100) : "a"]))'],
    ['jsonencode([for i in range(2000) : var.big])'],
  ])("%s is refused", (source) => {
    expect(() => raw(source, { var: { big } })).toThrow(CapError);
  });

  test("distinct large strings made in one evaluation are bounded in total", () => {
    const roots = { var: { big: "x".repeat(10_000) } };
    expect(capOf(() => raw("[for i in range(10000) : upper(var.big)]", roots)).cap).toContain(String(MAX_TOTAL_STRING_LENGTH));
    expect(capOf(() => raw('formatlist("%s%d", var.big, range(10000))', roots)).cap).toContain(String(MAX_TOTAL_STRING_LENGTH));
    expect(capOf(() => raw('[for i in range(10000) : "${var.big}${i}"]', roots)).cap).toContain(String(MAX_TOTAL_STRING_LENGTH));
    const wide = `[${Array(110).fill("var.big").join(", ")}]`;
    expect(capOf(() => raw(`toset([${wide}])`, roots)).construct).toBe("set element");
    // the same string repeated is not copied, so it is fine
    expect((ev("length([for i in range(10000) : var.big])", roots) as number)).toBe(10_000);
  });

  test("regular expressions run in linear time (no catastrophic backtracking)", () => {
    const s = "a".repeat(50_000) + "!";
    expect(ev('replace(var.s, "/(a+)+$/", "x")', { var: { s } })).toBe(s);
    expect(ev('can(regex("(a|aa)*b$", var.s))', { var: { s } })).toBe(false);
    expect(() => raw('replace(var.s, "/a/", "b")', { var: { s: "a".repeat(200_000) } })).toThrow(CapError);
  });
});

describe("nesting", () => {
  const n = 100_000;
  test.each([
    ["parentheses", "(".repeat(n) + "1" + ")".repeat(n)],
    ["tuples", "[".repeat(n) + "]".repeat(n)],
    ["objects", "{a=".repeat(n) + "1" + "}".repeat(n)],
    ["unary minus", "-".repeat(n) + "1"],
    ["negation", "!".repeat(n) + "true"],
    ["attribute chain", "a" + ".b".repeat(n)],
    ["index chain", "a" + "[0]".repeat(n)],
    ["binary chain", "1" + "+1".repeat(n)],
    ["conditional chain", "true ? 1 : ".repeat(n) + "0"],
    ["calls", "abs(".repeat(n) + "1" + ")".repeat(n)],
    ["templates", '"${'.repeat(n) + "1" + '}"'.repeat(n)],
    ["for expressions", "[for x in ".repeat(n) + "[]" + " : x]".repeat(n)],
  ])("100k-deep %s are refused", (_, source) => {
    expect(capOf(() => parseExpression(source)).construct).toBe("expression nesting");
  });

  test("100k-deep template directives are refused", () => {
    expect(() => parseTemplate("%{ if true }".repeat(n) + "%{ endif }".repeat(n))).toThrow(CapError);
    expect(() => parseTemplate("%{ for x in [1] }".repeat(n) + "%{ endfor }".repeat(n))).toThrow(CapError);
  });

  test(`nesting up to ${MAX_NESTING_DEPTH} levels is fine`, () => {
    expect(ev("(".repeat(100) + "1" + ")".repeat(100))).toBe(1);
    expect(ev("a" + ".b".repeat(200), { a: nest(200) })).toBe("leaf");
  });

  test("a chain of references evaluated through the scope cannot exhaust the stack", () => {
    class Chain extends ObjectValue {
      constructor(private readonly scope: () => Scope) {
        super(new Map());
      }
      override get(key: string): Value | undefined {
        const i = Number(key.slice(1));
        return evaluate(parseExpression(i >= 100_000 ? "1" : `local.a${i + 1}`), this.scope());
      }
    }
    const scope: Scope = { lookup: (root) => (root === "local" ? locals : undefined) };
    const locals = new Chain(() => scope);
    expect(capOf(() => evaluate(parseExpression("local.a0"), scope)).cap).toContain(String(MAX_EVALUATION_DEPTH));
    // and the depth counter recovers afterwards
    expect(evaluate(parseExpression("local.a99990"), scope)).toBe(1);
  });

  test("values nested beyond the value cap are refused by functions that walk them", () => {
    let v: Value = 1;
    for (let i = 0; i < 5000; i++) v = new ListValue([v]);
    const deep = v;
    for (const fn of ["jsonencode", "flatten", "toset", "distinct"]) {
      expect(() => evaluate(parseExpression(`${fn}([deep])`), { lookup: () => deep })).toThrow(CapError);
    }
    expect(() => fromJSON(JSON.parse("[".repeat(5000) + "]".repeat(5000)))).toThrow(CapError);
    expect(() => toJSON(deep)).toThrow(CapError);
  });
});

function nest(depth: number): unknown {
  let v: unknown = "leaf";
  for (let i = 0; i < depth; i++) v = { b: v };
  return v;
}
