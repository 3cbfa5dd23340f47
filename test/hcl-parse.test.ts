// Parsing Terraform's expression language: every construct, templates and escapes, and errors
// that are one-line HclSyntaxErrors (never crashes).
import { HclSyntaxError, parseExpression, parseTemplate, sourceText } from "../src/hcl";
import { ev, evt } from "./hcl-support";

describe("native expression syntax", () => {
  test.each([
    ["42", 42],
    ["1.5", 1.5],
    ["1e3", 1000],
    ["2.5E-1", 0.25],
    ["-7", -7],
    ["true", true],
    ["false", false],
    ["null", null],
    ['"text"', "text"],
    ["[1, 2, 3,]", [1, 2, 3]],
    ["[]", []],
    ['{ a = 1, "b" = 2, c: 3 }', { a: 1, b: 2, c: 3 }],
    ['{ ("k${1}") = "v" }', { k1: "v" }],
    ["{\n  a = 1\n  b = [\n    2,\n    3\n  ]\n}", { a: 1, b: [2, 3] }],
    ["(1 + 2) * 3", 9],
    ["1 + 2 * 3", 7],
    ["10 - 2 - 3", 5],
    ["7 % 4 / 2", 1.5],
    ["1 < 2 && 2 <= 2 && 3 > 2 && 3 >= 4 == false", true],
    ["true || false && false", true],
    ["!true == false", true],
    ["- -3", 3],
    ["1 == 1 ? \"yes\" : \"no\"", "yes"],
    ["false ? 1 : true ? 2 : 3", 2],
    ["[10, 20, 30][1]", 20],
    ['{ a = { b = "c" } }.a.b', "c"],
    ['{ a = { b = "c" } }["a"]["b"]', "c"],
    ["[[1, 2], [3]].0.1", 2],
    ['[{ a = 1 }, { a = 2 }][*].a', [1, 2]],
    ['[{ a = 1 }, { a = 2 }].*.a', [1, 2]],
    ['[{ a = [1] }, { a = [2] }][*].a[0]', [1, 2]],
    ["[for x in [1, 2, 3] : x * 2]", [2, 4, 6]],
    ["[for i, x in [\"a\", \"b\"] : \"${i}${x}\" if i > 0]", ["1b"]],
    ['{ for k, v in { a = 1, b = 2 } : v => k }', { "1": "a", "2": "b" }],
    ['{ for x in ["a", "bb", "cc"] : length(x) => x... }', { "1": ["a"], "2": ["bb", "cc"] }],
    ["max([1, 5, 3]...)", 5],
    ["upper(\n  \"x\",\n)", "X"],
    ["# comment\n1 /* inner */ + // line\n 2", 3],
  ])("%s", (source, expected) => {
    expect(ev(source)).toEqual(expected);
  });

  test("identifiers may contain dashes; `a - b` is subtraction", () => {
    expect(ev("var.my-name", { var: { "my-name": "x" } })).toBe("x");
    expect(ev("var.a - var.b", { var: { a: 5, b: 2 } })).toBe(3);
  });

  test("an object item ends at a newline", () => {
    expect(ev("{\n  a = var.x\n  (var.k) = 2\n}", { var: { x: 1, k: "kk" } })).toEqual({ a: 1, kk: 2 });
    expect(ev("{\n  a = 1\n  -2 = 3\n}")).toEqual({ a: 1, "-2": 3 });
  });

  test("for expressions may span lines inside braces", () => {
    expect(ev("{\n  for k, v in { a = 1 } :\n  k => v\n  if v > 0\n}")).toEqual({ a: 1 });
  });

  test("quoted strings: escapes, nested templates, directives", () => {
    expect(ev('"a\\nb\\t\\"q\\" \\\\ \\u00e9 \\U0001F600"')).toBe('a\nb\t"q" \\ é 😀');
    expect(ev('"$${x} %%{y}"')).toBe("${x} %{y}");
    expect(ev('"x-${"in-${1 + 1}"}"')).toBe("x-in-2");
    expect(ev('"%{ if true }yes%{ else }no%{ endif }"')).toBe("yes");
    expect(ev('"%{ for x in [1, 2] }<${x}>%{ endfor }"')).toBe("<1><2>");
  });

  test('a string that is exactly one interpolation keeps its type ("${1}" is a number)', () => {
    expect(ev('"${1}"')).toBe(1);
    expect(ev('"${[1]}"')).toEqual([1]);
    expect(ev('"${~ true ~}"')).toBe(true);
    expect(ev('" ${1}"')).toBe(" 1");
  });

  test("heredocs, plain and indented", () => {
    expect(ev("<<EOT\nhello ${1 + 1}\n  world\nEOT")).toBe("hello 2\n  world\n");
    expect(ev("<<-EOT\n    a\n      b\n    EOT")).toBe("a\n  b\n");
    expect(ev('<<EOT\nno \\n escapes "here"\nEOT')).toBe('no \\n escapes "here"\n');
  });

  test("strip markers remove white space next to them", () => {
    expect(ev('"a   ${~ "b" ~}   c"')).toBe("abc");
    expect(evt("x \n %{~ if true ~} \n y %{~ endif ~}\n")).toBe("xy");
  });

  test("sourceText gives the text as written", () => {
    const e = parseExpression("  merge(local.a, { b = 1 })  ");
    expect(sourceText(e)).toBe("merge(local.a, { b = 1 })");
    const t = parseTemplate("${var.x}");
    expect(sourceText(t)).toBe("var.x");
  });
});

describe("JSON-syntax templates (hcl2json and .tf.json strings)", () => {
  test.each([
    ["plain text", "plain text"],
    ["", ""],
    ["cn-${var.city}", "cn-hangzhou"],
    ["${var.n}", 3],
    ["${var.n}${var.n}", "33"],
    ["$${var.city}", "${var.city}"],
    ["%%{ if x }", "%{ if x }"],
    ["$$${var.city}", "$${var.city}"],
    ["100$ and 5%", "100$ and 5%"],
    ['back\\slash "quoted" \n newline', 'back\\slash "quoted" \n newline'],
    ["${{ for k, v in var.m : k => v if v.open }}", { b: { open: true } }],
    ["%{ for k, v in var.m }${k}=${v.open};%{ endfor }", "a=false;b=true;"],
    ["%{ if var.n > 2 }big%{ endif }", "big"],
  ])("%j", (template, expected) => {
    expect(evt(template, { var: { city: "hangzhou", n: 3, m: { b: { open: true }, a: { open: false } } } })).toEqual(expected);
  });

  test("JSON templates do not interpret backslash escapes", () => {
    expect(evt("a\\nb")).toBe("a\\nb");
  });
});

describe("syntax errors are one-line HclSyntaxErrors", () => {
  test.each([
    "${",
    "${var.x",
    "${var.x + }",
    "%{ if true }no end",
    "%{ endif }",
    "%{ else }",
    "%{ for x in [1] }",
    "%{ bogus }",
    "${1 ? 2}",
    "${[1, 2}",
    "${{ a = 1 b = 2 }}",
    "${f(1,,2)}",
    "${\"unterminated}",
    "${\"bad \\q escape\"}",
    "${\"\\uZZZZ\"}",
    "${\"line\nbreak\"}",
    "${<<EOT\nno end}",
    "${[for x in y]}",
    "${{for x in y : x}}",
    "${a.}",
    "${1 2}",
    "${)}",
    "${/* open comment}",
  ])("%j", (template) => {
    let caught: unknown;
    try {
      parseTemplate(template);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(HclSyntaxError);
    expect((caught as Error).message).not.toContain("\n");
  });

  test("parseExpression refuses trailing text", () => {
    expect(() => parseExpression("1 2")).toThrow(HclSyntaxError);
    expect(() => parseExpression("")).toThrow(HclSyntaxError);
  });
});
