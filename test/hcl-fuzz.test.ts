// Random input never makes the expression engine throw anything but HclSyntaxError (parsing) or
// CapError (cost), and evaluation of whatever parses returns a value or throws only CapError.
import { CapError, evaluate, HclSyntaxError, ObjectValue, parseExpression, parseJSONValue, parseTemplate, references, toPlanJSON, Unknown, Value } from "../src/hcl";
import { scopeOf } from "./hcl-support";
import { prng as rng } from "./helpers";


const TOKENS = [
  "${", "}", "%{", "$${", "%%{", "~", "if ", "else", "endif", "for ", " in ", "endfor", "{", "[", "]", "(", ")", "\"", "\\", "\\u00e9",
  "\\q", ",", ":", "=", "=>", "==", "!=", "&&", "||", "!", "-", "+", "*", "/", "%", "<", ">=", "?", ".", "...", "[*]", ".*", "\n", " ",
  "#", "//", "/*", "*/", "<<EOT\n", "EOT", "<<-X\n", "1", "0.5", "1e5", "99999999999", "true", "null", "var", "local", "each",
  "__proto__", "constructor", "toString", "x", "k", "v", "merge", "range", "toset", "for_each", "try", "can", "format", "\"%5d\"",
  "regex", "\"/(a+)+/\"", "replace", "jsonencode", "jsondecode", "cidrsubnet", "lookup", "flatten", "😀", "\u0000", "\u202e", "'",
];

function garbage(r: () => number, maxTokens: number): string {
  const n = 1 + Math.floor(r() * maxTokens);
  let s = "";
  for (let i = 0; i < n; i++) {
    s += r() < 0.8 ? TOKENS[Math.floor(r() * TOKENS.length)] : String.fromCharCode(Math.floor(r() * 0x3000));
  }
  return s;
}

const scope = scopeOf({
  var: { x: "a", k: ["b", "c"], v: { __proto__: 1, constructor: { toString: 2 } }, n: 3 },
  local: { x: [1, 2], k: null },
  each: { key: "k", value: { x: "y" } },
  alicloud_oss_bucket: new ObjectValue(new Map([["x", new ObjectValue(new Map([["id", new Unknown("after_apply", "id")]]))]])),
});

function check(parse: () => ReturnType<typeof parseExpression>, input: string): void {
  let expr;
  try {
    expr = parse();
  } catch (e) {
    if (e instanceof HclSyntaxError || e instanceof CapError) {
      expect(e.message).not.toContain("\n");
      return;
    }
    throw new Error(`parsing ${JSON.stringify(input)} threw ${String(e)}`);
  }
  let v: Value;
  evaluated++;
  try {
    v = evaluate(expr, scope);
    references(expr);
    toPlanJSON(v);
  } catch (e) {
    if (e instanceof CapError) return;
    throw new Error(`evaluating ${JSON.stringify(input)} threw ${String(e)}`);
  }
}

let evaluated = 0;

test("random templates and expressions", () => {
  const r = rng(20241204);
  evaluated = 0;
  for (let i = 0; i < 15_000; i++) {
    const input = garbage(r, 24);
    check(() => parseTemplate(input), input);
    check(() => parseExpression(input), input);
  }
  // The inputs reach the evaluator often enough to exercise it.
  expect(evaluated).toBeGreaterThan(3_000);
});

test("random JSON attribute values", () => {
  const r = rng(7);
  for (let i = 0; i < 3_000; i++) {
    const value = { [garbage(r, 4)]: [garbage(r, 8), { [garbage(r, 3)]: garbage(r, 8) }, 1, null, true] };
    check(() => parseJSONValue(value), JSON.stringify(value));
  }
});

test("well-formed expressions built at random evaluate without throwing", () => {
  const r = rng(99);
  const atoms = ["var.x", "var.k", "var.v", "var.n", "local.x", "local.k", "each.value", "alicloud_oss_bucket.x.id", "1", '"s"', "null", "true", "[]", "{}"];
  const build = (d: number): string => {
    if (d === 0 || r() < 0.3) return atoms[Math.floor(r() * atoms.length)];
    const a = build(d - 1);
    const b = build(d - 1);
    const forms = [
      `(${a} + ${b})`, `(${a} == ${b})`, `(${a} && ${b})`, `(${a} ? ${b} : ${a})`, `[${a}, ${b}]`, `{ k = ${a}, (${b}) = 1 }`,
      `merge(${a}, ${b})`, `concat(${a}, ${b})`, `length(${a})`, `${a}[0]`, `${a}.x`, `${a}[*].x`, `[for q in ${a} : ${b}]`,
      `{ for q, w in ${a} : q => ${b}... }`, `try(${a}, ${b})`, `can(${a})`, `"${"${"}${a}}-${"${"}${b}}"`, `toset(${a})`,
      `flatten([${a}, ${b}])`, `keys(${a})`, `lookup(${a}, ${b}, 1)`, `jsonencode(${a})`, `tostring(${a})`, `!${a}`, `-${a}`,
    ];
    return forms[Math.floor(r() * forms.length)];
  };
  for (let i = 0; i < 5_000; i++) {
    const input = build(4);
    check(() => parseExpression(input), input);
  }
});
