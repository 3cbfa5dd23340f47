// A variable's value is converted to its declared type as Terraform converts it before any
// expression sees it (src/evaluate/types.ts): optional() attributes take their defaults (omitted
// or null), at any depth and inside collections; attributes the type does not declare are
// dropped; a module call's argument, tfvars and the default itself are all converted.
import { planFromConfig } from "../src/evaluate";
import { convertValue, typeConstraint } from "../src/evaluate/types";
import { fromJSON, toJSON, Unknown } from "../src/hcl";
import { after, treeOf, rootOf } from "./evaluate-tree";

const plainOf = (text: string, value: unknown): unknown => {
  const type = typeConstraint(text);
  if (!type) throw new Error(`not a type: ${text}`);
  return toJSON(convertValue(fromJSON(value), type, 0, "var.x"), (u) => `<unknown:${u.reason}>`);
};

describe("type constraints", () => {
  test.each([
    ['object({a = optional(string, "x")})', {}, { a: "x" }],
    ['object({a = optional(string, "x")})', { a: null }, { a: "x" }],
    ['object({a = optional(string, "x")})', { a: "given" }, { a: "given" }],
    ["object({a = optional(string)})", {}, { a: null }],
    ["object({a = string})", { a: "x", extra: 1 }, { a: "x" }],
    ["object({n = number, b = bool, s = string})", { n: "3", b: "true", s: 4 }, { n: 3, b: true, s: "4" }],
    ['list(object({p = optional(string, "http")}))', [{}, { p: "https" }], [{ p: "http" }, { p: "https" }]],
    ['map(object({p = optional(string, "http")}))', { k: {} }, { k: { p: "http" } }],
    ['object({o = optional(object({f = optional(string, "off")}), {})})', {}, { o: { f: "off" } }],
    ['object({"data-classification" = optional(string, "internal")})', {}, { "data-classification": "internal" }],
    ["set(string)", ["b", "a", "b"], ["a", "b"]],
    ["tuple([string, number])", [1, "2"], ["1", 2]],
    ["any", { a: 1 }, { a: 1 }],
    ["map(any)", { a: [1] }, { a: [1] }],
  ])("%s converts %j to %j", (text, value, expected) => {
    expect(plainOf(text, value)).toEqual(expected);
  });

  test("a required attribute that is not given cannot be verified, rather than read as absent, and is named", () => {
    expect(plainOf("object({a = string, b = string})", { a: "x" })).toEqual({ a: "x", b: "<unknown:unsupported>" });
    const type = typeConstraint("list(object({b = string}))");
    if (!type) throw new Error("type");
    const converted = convertValue(fromJSON([{}]), type, 0, "var.x");
    expect(toJSON(converted, (u) => u.detail)).toEqual([{ b: 'var.x[0].b: the variable\'s type requires attribute "b", which is not given' }]);
  });

  // Terraform refuses a value its variable's type cannot hold; govguard cannot say what would be
  // deployed, so the value cannot be verified (a finding wherever it is used) rather than kept as
  // written, where `days = var.d` with d = "abc" read as unset and hid A20.5.
  test.each([
    ["number", "abc", 'var.x: "abc" is not a number'],
    ["number", "9e1\u001b[2J", 'var.x: "9e1\\u001b[2J" is not a number'],
    ["number", "", 'var.x: "" is not a number'],
    ["number", true, "var.x: a bool is not a number"],
    ["number", [1], "var.x: a list is not a number"],
    ["bool", "yes", 'var.x: "yes" is not a bool'],
    ["bool", 1, "var.x: a number is not a bool"],
    ["string", { a: 1 }, "var.x: an object is not a string"],
    ["string", ["a"], "var.x: a list is not a string"],
    ["list(string)", "a", 'var.x: "a" is not a list'],
    ["set(string)", { a: "b" }, "var.x: an object is not a set"],
    ["map(string)", ["a"], "var.x: a list is not a map"],
    ["object({a = string})", "a", 'var.x: "a" is not an object'],
    ["tuple([string])", ["a", "b"], "var.x: a list of 2 elements is not a tuple of 1"],
    ["tuple([string])", 3, "var.x: a number is not a tuple"],
    ["list(number)", [1, "x"], 'var.x[1]: "x" is not a number'],
    ["map(bool)", { k: "no" }, 'var.x["k"]: "no" is not a bool'],
    // cty.ParseNumberVal does not trim: `tonumber(" 1")` is an error in terraform console 1.5.7.
    ["number", " 400", 'var.x: " 400" is not a number'],
    ["number", "400\n", 'var.x: "400\\n" is not a number'],
    ["number", "\u00a0400", 'var.x: "\u00a0400" is not a number'],
    ["number", "1p6x", 'var.x: "1p6x" is not a number'],
    ["bool", "2", 'var.x: "2" is not a bool'],
  ])("%s given %j cannot be verified: %s", (text, value, detail) => {
    const type = typeConstraint(text);
    if (!type) throw new Error(`not a type: ${text}`);
    const unknowns: string[] = [];
    toJSON(convertValue(fromJSON(value), type, 0, "var.x"), (u) => unknowns.push(`${u.reason}: ${u.detail}`));
    expect(unknowns).toEqual([`unsupported: ${detail}, which the variable's type requires (Terraform refuses it)`]);
  });

  test("what Terraform converts is converted, not refused", () => {
    expect(plainOf("string", true)).toBe("true");
    expect(plainOf("string", 1.5)).toBe("1.5");
    expect(plainOf("bool", "false")).toBe(false);
    expect(plainOf("number", "9e1")).toBe(90);
    expect(plainOf("number", "1p6")).toBe(64);
    expect(plainOf("number", "-1.5P+6")).toBe(-96);
    expect(plainOf("number", "1p-1074")).toBe(5e-324);
    expect(plainOf("bool", "1")).toBe(true);
    expect(plainOf("bool", "0")).toBe(false);
    expect(plainOf("map(string)", { a: 1 })).toEqual({ a: "1" });
    expect(plainOf("object({a = number})", { a: "2", b: [] })).toEqual({ a: 2 });
    expect(plainOf("tuple([number, bool])", ["1", "true"])).toEqual([1, true]);
  });

  test("a number string no double holds, or infinite, cannot be verified", () => {
    const details = (value: string): string[] => {
      const out: string[] = [];
      toJSON(convertValue(value, { kind: "number" }, 0, "var.x"), (u) => out.push(u.detail));
      return out;
    };
    expect(details("1p2000")).toEqual([expect.stringMatching(/^var\.x: .*1p2000 is out of range/)]);
    expect(details("1p-1080")).toEqual([expect.stringMatching(/^var\.x: .*1p-1080 is out of range/)]);
    expect(details("-Inf")).toEqual(['var.x: "-Inf" is infinite, which no attribute can be verified against']);
    expect(details("inf")).toHaveLength(1);
  });

  // cty orders a set of bools false first; the written order read 400 where Terraform reads 30
  // through `[for b in var.flags : b ? 400 : 30][0]`.
  test("a set of bools is ordered as Terraform orders it", () => {
    expect(plainOf("set(bool)", [true, false])).toEqual([false, true]);
  });

  // Before, an unknown inside an element reached makeSet, which threw "unknown value": exit 2.
  test("a set whose element has an attribute that cannot be verified is unknown, not an internal error", () => {
    const type = typeConstraint("set(object({days = number, id = string}))");
    if (!type) throw new Error("type");
    const converted = convertValue(fromJSON([{ days: 30 }]), type, 0, "var.x");
    expect(converted).toBeInstanceOf(Unknown);
    expect((converted as Unknown).detail).toContain('var.x[0].id: the variable\'s type requires attribute "id"');
  });

  test("an attribute name that is not an identifier is quoted in the message", () => {
    const type = typeConstraint('object({"a\\nb" = number})');
    if (!type) throw new Error("type");
    const details: string[] = [];
    toJSON(convertValue(fromJSON({}), type, 0, "var.x"), (u) => details.push(u.detail));
    expect(details).toEqual(['var.x["a\\nb"]: the variable\'s type requires attribute "a\\nb", which is not given']);
  });

  test("what is not a type constraint govguard reads is left unconverted", () => {
    expect(typeConstraint("object(var.x)")).toBeUndefined();
    expect(typeConstraint("optional(string)")).toBeUndefined();
    expect(typeConstraint("list(")).toBeUndefined();
  });

  test("an unknown value stays unknown; an unknown attribute stays unknown beside known ones", () => {
    const type = typeConstraint('object({a = optional(string, "x"), b = string})');
    if (!type) throw new Error("type");
    const u = new Unknown("after_apply", "alicloud_vpc.v.id");
    expect(convertValue(u, type, 0, "var.x")).toBe(u);
    expect(toJSON(convertValue(fromJSON({ b: "y" }), type, 0, "var.x"), () => "?")).toEqual({ a: "x", b: "y" });
  });
});

describe("where variables are converted", () => {
  test("a module call's argument takes the defaults of the module variable's optional attributes", async () => {
    const tree = await treeOf({
      "": {
        files: {
          "main.tf": `
module "l" {
  source    = "./l"
  listeners = [{ port = 80 }, { port = 443, protocol = "https", tls = "tls_cipher_policy_1_2" }]
}`,
        },
      },
      "module.l": {
        dir: "l",
        source: "./l",
        files: {
          "main.tf": `
variable "listeners" {
  type = list(object({
    port     = number
    protocol = optional(string, "http")
    tls      = optional(string)
    forward  = optional(map(string), {})
  }))
}
resource "alicloud_slb_listener" "this" {
  count             = length(var.listeners)
  load_balancer_id  = "lb"
  frontend_port     = var.listeners[count.index].port
  protocol          = var.listeners[count.index].protocol
  tls_cipher_policy = var.listeners[count.index].tls
  listener_forward  = lookup(var.listeners[count.index].forward, "enabled", "off")
}`,
        },
      },
    });
    const plan = planFromConfig(tree);
    expect(after(plan, "module.l.alicloud_slb_listener.this[0]")).toEqual({ load_balancer_id: "lb", frontend_port: 80, protocol: "http", tls_cipher_policy: null, listener_forward: "off" });
    expect(after(plan, "module.l.alicloud_slb_listener.this[1]")).toEqual({
      load_balancer_id: "lb",
      frontend_port: 443,
      protocol: "https",
      tls_cipher_policy: "tls_cipher_policy_1_2",
      listener_forward: "off",
    });
  });

  test("tfvars are converted like defaults", async () => {
    const tree = await rootOf(
      `
variable "bucket" {
  type = object({ name = string, acl = optional(string, "public-read") })
}
resource "alicloud_oss_bucket" "b" {
  bucket = var.bucket.name
  acl    = var.bucket.acl
}`,
      { tfvars: { bucket: { name: "from-tfvars" } } },
    );
    expect(after(planFromConfig(tree), "alicloud_oss_bucket.b")).toEqual({ bucket: "from-tfvars", acl: "public-read" });
  });
});
