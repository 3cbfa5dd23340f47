// Every supported function, with Terraform's documented results.
import { createHash } from "node:crypto";
import { FUNCTIONS, ObjectValue, supportedFunctions, Unknown, Value } from "../src/hcl";
import { ev, raw } from "./hcl-support";

const roots = { var: { m: { b: 2, a: 1 }, l: ["x", "y"], s: " pad \n" } };

const cases: Record<string, [string, unknown][]> = {
  merge: [['merge({a = 1, b = 2}, {b = 3}, null)', { a: 1, b: 3 }], ["merge()", {}]],
  tomap: [['tomap({a = 1, b = "x"})', { a: "1", b: "x" }], ["tomap(null)", null]],
  toset: [['toset(["b", "a", "b"])', ["a", "b"]]],
  tolist: [['tolist(toset(["b", "a"]))', ["a", "b"]], ['tolist([1, "a"])', ["1", "a"]]],
  flatten: [["flatten([[1, [2]], [], 3])", [1, 2, 3]], ["flatten([[null]])", [null]]],
  keys: [["keys(var.m)", ["a", "b"]]],
  values: [["values(var.m)", [1, 2]]],
  zipmap: [['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }]],
  lookup: [['lookup(var.m, "a")', 1], ['lookup(var.m, "z", "d")', "d"]],
  concat: [["concat([1], [2, 3], [])", [1, 2, 3]]],
  distinct: [["distinct([1, 2, 1, 3, 2])", [1, 2, 3]]],
  setunion: [['setunion(["b"], ["a", "b"])', ["a", "b"]]],
  setintersection: [['setintersection(["a", "b"], ["b", "c"], ["b"])', ["b"]]],
  setsubtract: [['setsubtract(["a", "b", "c"], ["b"])', ["a", "c"]]],
  contains: [['contains(["a"], "a")', true], ["contains([1], \"1\")", false]],
  length: [['length("héllo😀")', 6], ["length(var.m)", 2], ["length([])", 0]],
  element: [["element([1, 2, 3], 4)", 2]],
  index: [['index(["a", "b"], "b")', 1]],
  slice: [["slice([1, 2, 3, 4], 1, 3)", [2, 3]]],
  reverse: [["reverse([1, 2, 3])", [3, 2, 1]]],
  sort: [['sort(["b", "a", "C"])', ["C", "a", "b"]]],
  range: [["range(3)", [0, 1, 2]], ["range(1, 4)", [1, 2, 3]], ["range(4, 1)", [4, 3, 2]], ["range(0, 1, 0.25)", [0, 0.25, 0.5, 0.75]]],
  coalesce: [['coalesce(null, "", "a", "b")', "a"]],
  coalescelist: [['coalescelist([], ["a"])', ["a"]]],
  compact: [['compact(["a", "", null, "b"])', ["a", "b"]]],
  one: [["one([])", null], ["one([5])", 5]],
  alltrue: [["alltrue([true, \"true\"])", true], ["alltrue([])", true]],
  anytrue: [["anytrue([false, true])", true], ["anytrue([])", false]],
  chunklist: [["chunklist([1, 2, 3], 2)", [[1, 2], [3]]]],
  matchkeys: [['matchkeys(["i1", "i2"], ["a", "b"], ["b"])', ["i2"]]],
  setproduct: [['setproduct(["a", "b"], [1, 2])', [["a", 1], ["a", 2], ["b", 1], ["b", 2]]]],
  transpose: [['transpose({a = ["1", "2"], b = ["2"]})', { "1": ["a"], "2": ["a", "b"] }]],
  sensitive: [['sensitive("s")', "s"]],
  nonsensitive: [["nonsensitive([1])", [1]]],
  sum: [["sum([1, 2.5])", 3.5]],
  min: [["min(3, 1, 2)", 1]],
  max: [['max(3, "7", 2)', 7]],
  abs: [["abs(-2.5)", 2.5]],
  ceil: [["ceil(1.2)", 2]],
  floor: [["floor(-1.2)", -2]],
  signum: [["signum(-3)", -1]],
  pow: [["pow(2, 10)", 1024]],
  log: [["log(8, 2)", 3]],
  parseint: [['parseint("ff", 16)', 255], ['parseint("-101", 2)', -5]],
  format: [
    ['format("%s-%d-%.2f-%t-%q-%5s|%-5s|%05d|%x|%X|%o|%b|%%", "a", 42, 3.14159, true, "q", "r", "l", -42, 255, 255, 8, 5)', 'a-42-3.14-true-"q"-    r|l    |-0042|ff|FF|10|101|%'],
    ['format("%v %v %#v", "s", 1.5, {a = [1]})', 's 1.5 {"a":[1]}'],
    ['format("%[2]s %[1]s", "a", "b")', "b a"],
    ['format("%e", 1234.5)', "1.234500e+03"],
  ],
  formatlist: [['formatlist("%s=%s", ["a", "b"], "x")', ["a=x", "b=x"]]],
  join: [['join("-", ["a", "b"], ["c"])', "a-b-c"], ['join(",", [1, true])', "1,true"]],
  split: [['split(",", "a,,b")', ["a", "", "b"]], ['split("", "ab")', ["a", "b"]]],
  lower: [['lower("ÀB")', "àb"]],
  upper: [['upper("àb")', "ÀB"]],
  title: [['title("hello world-wide don\'t_stop")', "Hello World-Wide Don'T_stop"]],
  replace: [
    ['replace("a.b.c", ".", "-")', "a-b-c"],
    ['replace("ab12", "/[0-9]+/", "#")', "ab#"],
    ['replace("key=val", "/(\\\\w+)=(\\\\w+)/", "$2=$1")', "val=key"],
    ['replace("ab", "/(?P<x>a)/", "[$${x}]")', "[a]b"],
    ['replace("Hello WORLD", "/(?i)[a-l]+o/", "_")', "_ WORLD"],
    ['replace("x-Y", "/(?i)[^x-]/", "!")', "x-!"],
    ['replace("AbC", "/(?i)c/", "!")', "Ab!"],
    ['replace("cost $5", "/\\\\$/", "$$")', "cost $5"],
  ],
  substr: [['substr("hello", 1, 3)', "ell"], ['substr("hello", -3, -1)', "llo"], ['substr("héllo", 0, 2)', "hé"]],
  trimspace: [["trimspace(var.s)", "pad"]],
  trim: [['trim("?!hello?!", "!?")', "hello"]],
  trimprefix: [['trimprefix("helloworld", "hello")', "world"]],
  trimsuffix: [['trimsuffix("helloworld", "world")', "hello"]],
  startswith: [['startswith("hello", "he")', true]],
  endswith: [['endswith("hello", "he")', false]],
  strcontains: [['strcontains("hello", "ll")', true]],
  strrev: [['strrev("abc")', "cba"]],
  chomp: [['chomp("a\\n\\n")', "a"]],
  indent: [['indent(2, "a\\nb")', "a\n  b"]],
  regex: [['regex("[a-z]+", "123abc")', "abc"], ['regex("(\\\\d+)-(\\\\d+)", "10-20")', ["10", "20"]], ['regex("(?P<y>\\\\d{4})", "in 2024")', { y: "2024" }]],
  regexall: [['regexall("\\\\d", "a1b2")', ["1", "2"]], ['length(regexall("z", "abc"))', 0]],
  jsonencode: [['jsonencode({b = [1, "<&>"], a = null, c = true})', '{"a":null,"b":[1,"\\u003c\\u0026\\u003e"],"c":true}']],
  jsondecode: [['jsondecode("{\\"a\\": [1, 2.5, null, \\"x\\"]}")', { a: [1, 2.5, null, "x"] }]],
  base64encode: [['base64encode("héllo")', Buffer.from("héllo").toString("base64")]],
  base64decode: [['base64decode("aGVsbG8=")', "hello"]],
  urlencode: [['urlencode("a b&c/d")', "a+b%26c%2Fd"]],
  md5: [['md5("x")', createHash("md5").update("x").digest("hex")]],
  sha1: [['sha1("x")', createHash("sha1").update("x").digest("hex")]],
  sha256: [['sha256("x")', createHash("sha256").update("x").digest("hex")]],
  sha512: [['sha512("x")', createHash("sha512").update("x").digest("hex")]],
  base64sha256: [['base64sha256("x")', createHash("sha256").update("x").digest("base64")]],
  base64sha512: [['base64sha512("x")', createHash("sha512").update("x").digest("base64")]],
  cidrsubnet: [
    ['cidrsubnet("172.16.0.0/12", 4, 2)', "172.18.0.0/16"],
    ['cidrsubnet("10.1.2.3/16", 8, 255)', "10.1.255.0/24"],
    ['cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)', "fd00:fd12:3456:7800:a200::/72"],
  ],
  cidrhost: [['cidrhost("10.12.112.0/20", 16)', "10.12.112.16"], ['cidrhost("10.12.112.0/20", -1)', "10.12.127.255"], ['cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)', "fd00:fd12:3456:7890::22"]],
  cidrnetmask: [['cidrnetmask("172.16.0.0/12")', "255.240.0.0"]],
  cidrsubnets: [['cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)', ["10.1.0.0/20", "10.1.16.0/20", "10.1.32.0/24", "10.1.48.0/20"]]],
  tostring: [["tostring(1.5)", "1.5"], ["tostring(true)", "true"], ["tostring(null)", null]],
  tonumber: [['tonumber("42")', 42], ["tonumber(null)", null]],
  tobool: [['tobool("true")', true], ["tobool(false)", false]],
};

describe.each(Object.keys(cases))("%s", (name) => {
  test.each(cases[name])("%s", (source, expected) => {
    expect(ev(source, roots)).toEqual(expected);
  });
});

test("every registered function has a test case here", () => {
  const untested = Object.keys(FUNCTIONS).filter((n) => !Object.hasOwn(cases, n) && !["uuid", "timestamp", "bcrypt"].includes(n));
  expect(untested).toEqual([]);
  expect(supportedFunctions().map((f) => f.name)).toEqual(expect.arrayContaining(["try", "can", "merge", "cidrsubnet"]));
});

test.each([
  'lookup({}, "x")',
  "element([], 0)",
  'index(["a"], "b")',
  "slice([1], 0, 5)",
  "one([1, 2])",
  "sum([])",
  'tonumber("abc")',
  'tobool("yes")',
  "tobool(1)",
  "tonumber(true)",
  "tostring([1])",
  'jsondecode("{bad")',
  'base64decode("###")',
  'cidrsubnet("10.0.0.0/30", 8, 1)',
  'cidrsubnet("not-a-cidr", 1, 1)',
  'cidrhost("10.0.0.0/30", 9)',
  'cidrnetmask("fd00::/8")',
  'regex("z", "abc")',
  'replace("a", "/(/", "")',
  'format("%d", 1.5)',
  'format("%s")',
  'format("%s", "a", "b")',
  "range(1, 5, -1)",
  'zipmap(["a"], [])',
  "merge([1])",
  "flatten(1)",
  "setsubtract([1])",
  'upper("a", "b")',
  'toset([null])',
  'toset(["a", [1]])',
])("%s is an error: unsupported, not a value", (source) => {
  const v = raw(source, roots);
  expect(v).toBeInstanceOf(Unknown);
  expect((v as Unknown).reason).toBe("unsupported");
});

test("functions Terraform has and govguard does not are unsupported", () => {
  for (const source of ['file("x")', 'templatefile("t", {})', "yamldecode(\"a: 1\")", 'fileexists("x")']) {
    const v = raw(source) as Unknown;
    expect(v).toBeInstanceOf(Unknown);
    expect(v.detail).toMatch(/is not supported by govguard/);
  }
});

test("RE2 syntax JS would read differently is unsupported, not misread", () => {
  for (const p of ["\\\\Qa.b\\\\E", "[[:alpha:]]", "(?U)a+", "a(?i)b", "\\\\pL", "(?i)é", "😀"]) {
    expect((raw(`regex("${p}", "a.b")`) as Unknown).reason).toBe("unsupported");
  }
});

describe("partly known arguments: known parts are kept exactly where Terraform keeps them", () => {
  const id = new Unknown("after_apply", "alicloud_vpc.v.id", ["alicloud_vpc.v.id"]);
  const partlyKnown = { var: new ObjectValue(new Map<string, Value>([["m", new ObjectValue(new Map<string, Value>([["a", "x"], ["b", id]]))], ["u", id]])) };

  test("merge keeps the known keys of a map with an unknown value, and is unknown with an unknown argument", () => {
    expect(ev('merge(var.m, { c = "y" })', partlyKnown)).toEqual({ a: "x", b: "<unknown:after_apply>", c: "y" });
    expect(ev('merge({ acl = "public-read" }, var.u)', partlyKnown)).toBe("<unknown:after_apply>");
    expect(ev('merge(var.u, { acl = "public-read" })', partlyKnown)).toBe("<unknown:after_apply>");
  });

  test("lookup in a map not wholly known is unknown (cty's lookup), even for a known key", () => {
    expect(ev('lookup(var.m, "a")', partlyKnown)).toBe("<unknown:after_apply>");
    expect(ev('lookup(var.m, "z", "d")', partlyKnown)).toBe("<unknown:after_apply>");
    expect(ev('var.m["a"]', partlyKnown)).toBe("x");
  });

  test("lookup with an unknown default is unknown, as every cty function with an unknown argument", () => {
    expect(ev('lookup({ a = "x" }, "a", var.u)', partlyKnown)).toBe("<unknown:after_apply>");
    expect(ev('lookup({ a = "x" }, "z", "d")', partlyKnown)).toBe("d");
  });

  test("contains finds an exact match beside unknown elements; without one it is unknown", () => {
    expect(ev('contains([var.u, "a"], "a")', partlyKnown)).toBe(true);
    expect(ev('contains([var.u, "a"], "b")', partlyKnown)).toBe("<unknown:after_apply>");
    expect(ev('contains([], var.u)', partlyKnown)).toBe(false);
    expect(ev('contains(["a"], var.u)', partlyKnown)).toBe("<unknown:after_apply>");
    expect(ev('contains(var.u, "a")', partlyKnown)).toBe("<unknown:after_apply>");
  });

  test("length of a list with unknown elements, concat and flatten of known lists", () => {
    expect(ev("length([var.u, 1])", partlyKnown)).toBe(2);
    expect(ev("concat([var.u], [1])", partlyKnown)).toEqual(["<unknown:after_apply>", 1]);
    expect(ev("concat([1], var.u)", partlyKnown)).toBe("<unknown:after_apply>");
    expect(ev("length(flatten([[], []]))", partlyKnown)).toBe(0);
  });
});
