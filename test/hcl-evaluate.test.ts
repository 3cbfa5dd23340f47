// Evaluating expressions with Terraform's semantics: conversions, null, sets, unknown values,
// proto-named keys, values that look like syntax, try/can, references and JSON conversion.
import {
  evaluate,
  fromJSON,
  ListValue,
  ObjectValue,
  parseExpression,
  parseJSONValue,
  parseTemplate,
  references,
  toJSON,
  toPlanJSON,
  Unknown,
  Value,
} from "../src/hcl";
import { ev, evt, json, plain, raw, scopeOf } from "./hcl-support";

const bucketId = new Unknown("after_apply", "alicloud_oss_bucket.b.id", ["alicloud_oss_bucket.b.id", "alicloud_oss_bucket.b"]);
const resources = {
  alicloud_oss_bucket: new ObjectValue(new Map([["b", new ObjectValue(new Map<string, Value>([["id", bucketId], ["bucket", "logs"]]))]])),
};

describe("conversions as Terraform makes them", () => {
  test.each([
    ['"5" + 1', 6],
    ['"2" * "3"', 6],
    ['"1.5" < 2', true],
    ['!"true"', false],
    ['"false" || true', true],
    ["1 == \"1\"", false],
    ['"a" == "a"', true],
    ["[1, 2] == [1, 2]", true],
    ['{ a = 1 } == { a = 1 }', true],
    ["null == null", true],
    ['"x" != null', true],
    ["5 / 2", 2.5],
    ["-7 % 3", -1],
    ['true ? 1 : "x"', "1"],
    ["1e21 + 0", 1e21],
  ])("%s", (source, expected) => {
    expect(ev(source)).toEqual(expected);
  });

  test.each([
    ['"n=${1e21}"', "n=1000000000000000000000"],
    ['"n=${0.0000001}"', "n=0.0000001"],
    ['"${1.5}-${true}-${-0}"', "1.5-true-0"],
    ['"n=${2 / 3}"', `n=${2 / 3}`],
    ['tostring(1.25e-7)', "0.000000125"],
  ])("numbers and bools in templates: %s", (source, expected) => {
    expect(ev(source)).toBe(expected);
  });

  test("type errors and null in templates are errors: unsupported unknowns, never values", () => {
    for (const source of ['"a" + 1', "true + 1", "null + 1", '"${null}x"', '"${[1]}x"', "1 / 0", "[1][5]", "{a = 1}.b", "null.a", "toset([1])[0]"]) {
      const v = raw(source);
      expect(v).toBeInstanceOf(Unknown);
      expect((v as Unknown).reason).toBe("unsupported");
    }
  });
});

describe("unknown values", () => {
  const roots = { ...resources, var: { on: true, list: ["a"] } };

  test("any operation touching an unknown is unknown, carrying the references", () => {
    for (const source of [
      "alicloud_oss_bucket.b.id",
      '"arn:${alicloud_oss_bucket.b.id}"',
      "alicloud_oss_bucket.b.id == \"x\"",
      "upper(alicloud_oss_bucket.b.id)",
      "alicloud_oss_bucket.b.id ? 1 : 2",
      "alicloud_oss_bucket.b.id.nested",
      "[for x in alicloud_oss_bucket.b.id : x]",
      "join(\",\", [alicloud_oss_bucket.b.id])",
      '"%{ if alicloud_oss_bucket.b.id }x%{ endif }"',
      "toset([alicloud_oss_bucket.b.id])",
      "-alicloud_oss_bucket.b.id",
    ]) {
      const v = raw(source, roots);
      expect([source, v instanceof Unknown]).toEqual([source, true]);
      expect((v as Unknown).reason).toBe("after_apply");
      expect((v as Unknown).references).toEqual(["alicloud_oss_bucket.b.id", "alicloud_oss_bucket.b"]);
    }
  });

  test("a collection holding an unknown stays a collection", () => {
    expect(ev("[alicloud_oss_bucket.b.id, 1]", roots)).toEqual(["<unknown:after_apply>", 1]);
    expect(ev("{ id = alicloud_oss_bucket.b.id, n = 1 }", roots)).toEqual({ id: "<unknown:after_apply>", n: 1 });
    expect(ev("length([alicloud_oss_bucket.b.id, 1])", roots)).toBe(2);
    expect(ev("merge({ a = alicloud_oss_bucket.b.id }, { b = 2 })", roots)).toEqual({ a: "<unknown:after_apply>", b: 2 });
    expect(ev("keys({ a = alicloud_oss_bucket.b.id })", roots)).toEqual(["a"]);
    expect(ev("[for x in [alicloud_oss_bucket.b.id, 2] : x]", roots)).toEqual(["<unknown:after_apply>", 2]);
    expect(ev("alicloud_oss_bucket.b.bucket", roots)).toBe("logs");
  });

  test("&& and || decide with a known operand as Terraform does", () => {
    expect(ev("false && alicloud_oss_bucket.b.id", roots)).toBe(false);
    expect(ev("alicloud_oss_bucket.b.id || true", roots)).toBe(true);
    expect(ev("true && alicloud_oss_bucket.b.id", roots)).toBe("<unknown:after_apply>");
    expect(ev("var.x != null && var.x.y", { var: { x: null } })).toBe(false);
  });

  test("a conditional with a known condition evaluates only the chosen side", () => {
    expect(ev("var.on ? \"yes\" : alicloud_oss_bucket.b.id", roots)).toBe("yes");
    expect(ev("var.x == null ? \"none\" : var.x.y", { var: { x: null } })).toBe("none");
  });

  test("unknown and unsupported: unsupported wins, references merge", () => {
    const v = raw('"${alicloud_oss_bucket.b.id}-${nosuchfn(var.list)}"', roots) as Unknown;
    expect(v.reason).toBe("unsupported");
    expect(v.detail).toContain("nosuchfn");
    expect(v.references).toEqual(expect.arrayContaining(["alicloud_oss_bucket.b.id", "var.list"]));
  });

  test("an unknown function or name is unsupported, not an error", () => {
    const f = raw("file(\"x\")") as Unknown;
    expect(f).toBeInstanceOf(Unknown);
    // The message names the expression written, not only the function.
    expect(f.detail).toBe('file("x"): function file is not supported by govguard');
    expect(raw("provider::aws::arn_parse(\"x\")")).toBeInstanceOf(Unknown);
    expect((raw("nosuchroot.x") as Unknown).reason).toBe("unsupported");
    expect((raw("var.missing", { var: {} }) as Unknown).reason).toBe("unsupported");
  });

  test("uuid() and timestamp() are known only after apply", () => {
    expect((raw("uuid()") as Unknown).reason).toBe("after_apply");
    expect((raw('"t-${timestamp()}"') as Unknown).reason).toBe("after_apply");
  });
});

describe("try() and can()", () => {
  test.each([
    ['try(var.m.missing, "default")', "default"],
    ["try(var.m.a, 0)", 1],
    ['try(tonumber("x"), -1)', -1],
    ["can(var.m.a)", true],
    ["can(var.m.missing)", false],
    ['can(regex("^a", "abc"))', true],
    ['can(regex("^z", "abc"))', false],
  ])("%s", (source, expected) => {
    expect(ev(source, { var: { m: { a: 1 } } })).toEqual(expected);
  });

  test("try() of an unknown is unknown; try() with no good argument is unsupported", () => {
    expect(ev("try(alicloud_oss_bucket.b.id, 1)", resources)).toBe("<unknown:after_apply>");
    expect(ev("try(var.m.x, var.m.y)", { var: { m: {} } })).toBe("<unknown:unsupported>");
  });
});

describe("no key is special", () => {
  const names = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"];

  test.each(names)("object literal key %s", (name) => {
    const v = raw(`{ ${name} = "x", other = 1 }`);
    expect(v).toBeInstanceOf(ObjectValue);
    expect((v as ObjectValue).get(name)).toBe("x");
    expect((v as ObjectValue).keys().sort()).toEqual([name, "other"].sort());
    const out = toJSON(v) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBeNull();
    expect(Object.hasOwn(out, name)).toBe(true);
    expect(JSON.parse(JSON.stringify(out))).toEqual(JSON.parse(`{"${name}":"x","other":1}`));
  });

  test.each(names)("for over a map with key %s, lookup, merge, index, keys", (name) => {
    const roots = { var: JSON.parse(`{"m": {"${name}": {"open": true}, "a": {"open": false}}}`) };
    expect(json(ev("{ for k, v in var.m : k => v.open if v.open }", roots))).toEqual(JSON.parse(`{"${name}": true}`));
    expect(ev(`var.m["${name}"].open`, roots)).toBe(true);
    expect(ev(`lookup(var.m, "${name}", null).open`, roots)).toBe(true);
    expect(ev(`keys(merge(var.m, { "${name}" = 1 }))`, roots)).toEqual([name, "a"].sort());
    expect(ev(`contains(keys(var.m), "${name}")`, roots)).toBe(true);
    expect(ev(`length(zipmap(["${name}"], [1]))`, roots)).toBe(1);
    expect(ev("var.m.nothere", roots)).toBe("<unknown:unsupported>");
  });

  test("fromJSON keeps own keys such as __proto__", () => {
    const v = fromJSON(JSON.parse('{"__proto__": {"x": 1}, "constructor": 2}')) as ObjectValue;
    expect(v.keys()).toEqual(["__proto__", "constructor"]);
    expect(plain(v)).toEqual(JSON.parse('{"__proto__": {"x": 1}, "constructor": 2}'));
  });
});

describe("values stay values", () => {
  const hostile = [
    'the "portal" files',
    "back\\slash",
    "${var.secret}",
    "%{ if true }x%{ endif }",
    "$${x}",
    "line\nbreak\r\ttab",
    "中文 emoji 😀 \u202e rtl",
    "\u0000nul",
    "}}{{",
  ];

  test.each(hostile)("%j through each.value, templates and functions", (s) => {
    const roots = { each: { key: s, value: s }, var: { secret: "LEAK" } };
    expect(ev("each.value", roots)).toBe(s);
    expect(ev('"tag-${each.value}"', roots)).toBe(`tag-${s}`);
    expect(evt("${each.key}", roots)).toBe(s);
    expect(evt("pre ${each.value} post", roots)).toBe(`pre ${s} post`);
    expect(ev("upper(lower(each.value)) == upper(lower(each.value))", roots)).toBe(true);
    expect(ev("{ (each.key) = each.value }", roots)).toEqual({ [s]: s });
    expect(ev("jsondecode(jsonencode(each.value))", roots)).toBe(s);
    expect(ev('[for x in [each.value] : "${x}"]', roots)).toEqual([s]);
    expect(ev("format(\"%s\", each.value)", roots)).toBe(s);
  });
});

describe("sets", () => {
  test("toset removes duplicates and orders strings; for_each-style iteration over it", () => {
    expect(ev('toset(["b", "a", "b"])')).toEqual(["a", "b"]);
    expect(ev("toset([3, 1, 3])")).toEqual([1, 3]);
    expect(ev('toset(["a", 1])')).toEqual(["1", "a"]);
    expect(ev('{ for k, v in toset(["y", "x"]) : k => v }')).toEqual({ x: "x", y: "y" });
    expect((raw('toset(["a"])') as ListValue).kind).toBe("set");
  });
});

describe("references", () => {
  test.each([
    ["alicloud_oss_bucket.b.id", ["alicloud_oss_bucket.b.id", "alicloud_oss_bucket.b"]],
    ["alicloud_oss_bucket.b", ["alicloud_oss_bucket.b"]],
    ["alicloud_oss_bucket.b[0].id", ["alicloud_oss_bucket.b[0].id", "alicloud_oss_bucket.b[0]", "alicloud_oss_bucket.b"]],
    ['alicloud_oss_bucket.b["k"].tags.Name', ['alicloud_oss_bucket.b["k"].tags.Name', 'alicloud_oss_bucket.b["k"].tags', 'alicloud_oss_bucket.b["k"]', "alicloud_oss_bucket.b"]],
    ["var.x", ["var.x"]],
    ["var.x.y", ["var.x.y", "var.x"]],
    ["local.y", ["local.y"]],
    ["module.m.out", ["module.m.out", "module.m"]],
    ['module.m["a"].out', ['module.m["a"].out', "module.m"]],
    ["data.alicloud_zones.z.ids", ["data.alicloud_zones.z.ids", "data.alicloud_zones.z"]],
    ["each.value.x", ["each.value.x", "each.value"]],
    ["count.index", ["count.index"]],
    ["alicloud_vpc.v[*].id", ["alicloud_vpc.v"]],
    ["var.m[local.k].x", ["var.m", "local.k"]],
    ["[for k, v in var.m : v.x if k != local.skip]", ["var.m", "local.skip"]],
    ['"${var.a}-${var.a}"', ["var.a"]],
    ['merge(local.a, { b = var.b })', ["local.a", "var.b"]],
  ])("%s", (source, expected) => {
    expect(references(parseExpression(source))).toEqual(expected);
  });
});

describe("JSON conversion", () => {
  test("toPlanJSON marks unknowns as terraform's plan does", () => {
    const v = raw('{ a = 1, id = alicloud_oss_bucket.b.id, l = [alicloud_oss_bucket.b.id, 2], n = { x = 1 } }', resources);
    const p = toPlanJSON(v);
    expect(json(p.after)).toEqual({ a: 1, l: [null, 2], n: { x: 1 } });
    expect(json(p.afterUnknown)).toEqual({ id: true, l: [true, false], n: {} });
    expect(toPlanJSON(bucketId)).toEqual({ after: undefined, afterUnknown: true });
  });

  test("parseJSONValue treats strings and keys as templates", () => {
    const e = parseJSONValue(JSON.parse('{"name": "cn-${var.city}", "n": 1, "list": ["${var.n}", true, null], "${var.city}": "k", "esc": "$${x}"}'));
    expect(plain(evaluate(e, scopeOf({ var: { city: "hz", n: 2 } })))).toEqual({ name: "cn-hz", n: 1, list: [2, true, null], hz: "k", esc: "${x}" });
  });

  test("fromJSON does not read templates", () => {
    expect(fromJSON("${var.x}")).toBe("${var.x}");
    expect(evaluate(parseTemplate("${var.v}"), scopeOf({ var: { v: "${var.x}" } }))).toBe("${var.x}");
  });
});
