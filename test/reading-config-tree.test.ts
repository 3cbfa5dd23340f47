// loadConfigTree (src/inputs/config-tree.ts): Terraform configuration read as Terraform loads it,
// on real files: .tf folders, one .tf file, *.tf.json, cdk.tf.json, and a folder holding both.
import * as fs from "node:fs";
import * as path from "node:path";
import { ConfigTree, loadConfigTree } from "../src/inputs/config-tree";
import { InputError } from "../src/errors";
import { tempDir } from "./helpers";

/** Every name a plain JavaScript object treats specially. */
const INTERNAL_NAMES = [...Object.getOwnPropertyNames(Object.prototype), "prototype"].sort();

type Obj = Record<string, unknown>;

let dir: string;
beforeEach(() => {
  dir = tempDir("govguard-tree-");
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(files: Record<string, string | object>, base = dir): string {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(base, name)), { recursive: true });
    fs.writeFileSync(path.join(base, name), typeof content === "string" ? content : JSON.stringify(content));
  }
  return base;
}

function root(tree: ConfigTree): Obj {
  return tree.modules.get("")?.body as Obj;
}

/** body.a.b.c..., failing clearly when a step is missing (own keys only). */
function at(value: unknown, ...keys: (string | number)[]): unknown {
  let v = value;
  for (const k of keys) {
    if (typeof v !== "object" || v === null || !Object.hasOwn(v, k)) throw new Error(`no ${String(k)} in ${JSON.stringify(v)}`);
    v = (v as Obj)[k as string];
  }
  return v;
}

/** Every object in a value has a null prototype. */
function allNullPrototype(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(allNullPrototype);
  if (typeof value === "object" && value !== null) return Object.getPrototypeOf(value) === null && Object.values(value).every(allNullPrototype);
  return true;
}

async function refused(target: string): Promise<InputError> {
  try {
    await loadConfigTree(target);
  } catch (e: unknown) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error(`${target} was read, but should have been refused`);
}

/** A plain JSON text with a property named "__proto__" etc. (JSON.stringify of an object cannot). */
function jsonWithNames(names: string[], value: (name: string) => string): string {
  return `{${names.map((n) => `${JSON.stringify(n)}: ${value(n)}`).join(", ")}}`;
}

describe("no key is special", () => {
  test("every JS object-internal name as resource, module, variable, local, output and map key in .tf", async () => {
    const tf = INTERNAL_NAMES.map(
      (n) => `resource "alicloud_oss_bucket" "${n}" {
  bucket = "b"
  tags = { "${n}" = "v-${n}" }
}
module "${n}" {
  source = "./m"
}
variable "${n}" {
  default = "d-${n}"
}
output "${n}" {
  value = 1
}
locals {
  ${n} = { "${n}" = "l-${n}" }
}
`,
    );
    write({ "main.tf": tf.join(""), "m/main.tf": 'resource "alicloud_oss_bucket" "__proto__" {\n  bucket = "m"\n}\n', "terraform.tfvars": INTERNAL_NAMES.map((n) => `${n} = "t-${n}"\n`).join("") });
    const tree = await loadConfigTree(dir);
    const body = root(tree);
    for (const n of INTERNAL_NAMES) {
      expect(at(body, "resource", "alicloud_oss_bucket", n, 0, "tags", n)).toBe(`v-${n}`);
      expect(at(body, "module", n, 0, "source")).toBe("./m");
      expect(at(body, "variable", n, 0, "default")).toBe(`d-${n}`);
      expect(at(body, "output", n, 0, "value")).toBe(1);
      expect(at(body, "locals", 0, n, n)).toBe(`l-${n}`);
      expect(at(tree.tfvars, n)).toBe(`t-${n}`);
      expect(at(tree.modules.get(`module.${n}`)?.body, "resource", "alicloud_oss_bucket", "__proto__", 0, "bucket")).toBe("m");
    }
    expect([...tree.modules.keys()].sort()).toEqual(["", ...INTERNAL_NAMES.map((n) => `module.${n}`)].sort());
    expect(allNullPrototype(body)).toBe(true);
    expect(allNullPrototype(tree.tfvars)).toBe(true);
  });

  test("every JS object-internal name as resource, module, variable, local, output and map key in cdk.tf.json", async () => {
    const text = `{
      "resource": {"alicloud_oss_bucket": ${jsonWithNames(INTERNAL_NAMES, (n) => `{"bucket": "b", "tags": {${JSON.stringify(n)}: "v"}}`)}},
      "module": ${jsonWithNames(INTERNAL_NAMES, () => '{"source": "./m"}')},
      "variable": ${jsonWithNames(INTERNAL_NAMES, (n) => `{"default": ${JSON.stringify(n)}}`)},
      "output": ${jsonWithNames(INTERNAL_NAMES, () => '{"value": 1}')},
      "locals": ${jsonWithNames(INTERNAL_NAMES, (n) => `{${JSON.stringify(n)}: 2}`)}
    }`;
    write({ "cdk.tf.json": text, "m/main.tf.json": { resource: { alicloud_oss_bucket: { b: { bucket: "m" } } } } });
    write({ "terraform.tfvars.json": jsonWithNames(INTERNAL_NAMES, (n) => JSON.stringify(n)) });
    const tree = await loadConfigTree(path.join(dir, "cdk.tf.json"));
    const body = root(tree);
    for (const n of INTERNAL_NAMES) {
      expect(at(body, "resource", "alicloud_oss_bucket", n, 0, "tags", n)).toBe("v");
      expect(at(body, "module", n, 0, "source")).toBe("./m");
      expect(at(body, "variable", n, 0, "default")).toBe(n);
      expect(at(body, "output", n, 0, "value")).toBe(1);
      expect(at(body, "locals", 0, n, n)).toBe(2);
      expect(at(tree.tfvars, n)).toBe(n);
      expect(tree.modules.has(`module.${n}`)).toBe(true);
    }
    expect(allNullPrototype(body)).toBe(true);
  });
});

describe("Terraform's JSON syntax", () => {
  const cdk = (text: string): string => {
    const file = path.join(dir, "cdk.tf.json");
    fs.writeFileSync(file, text);
    return file;
  };

  test("arrays of objects at every level are the merged object; a null body is no block", async () => {
    const file = cdk(`[
      {"resource": [{"alicloud_oss_bucket": [{"a": {"bucket": "a"}}, {"b": [{"bucket": "b"}]}]}]},
      {"resource": {"alicloud_oss_bucket": {"c": [[{"bucket": "c"}, {"acl": "private"}]], "d": null}}},
      {"locals": [{"x": 1}, {"y": 2}]}
    ]`);
    const body = root(await loadConfigTree(file));
    expect(Object.keys(at(body, "resource", "alicloud_oss_bucket") as Obj).sort()).toEqual(["a", "b", "c"]);
    expect(at(body, "resource", "alicloud_oss_bucket", "c", 0)).toEqual({ bucket: "c", acl: "private" });
    expect(at(body, "locals", 0)).toEqual({ x: 1, y: 2 });
  });

  test('"//" is a comment in a body, and text in an expression', async () => {
    const file = cdk(
      JSON.stringify({
        "//": { metadata: { version: "0.21" } },
        resource: { alicloud_oss_bucket: { a: { "//": { metadata: { path: "x" } }, bucket: "a" } } },
        locals: { "//": "comment", m: { "//": "a key" } },
      }),
    );
    const tree = await loadConfigTree(file);
    const body = root(tree);
    expect(tree.flavour).toBe("cdktf");
    expect(Object.keys(body).sort()).toEqual(["locals", "resource"]);
    expect(at(body, "resource", "alicloud_oss_bucket", "a", 0)).toEqual({ bucket: "a" });
    expect(at(body, "locals", 0)).toEqual({ m: { "//": "a key" } });
  });

  test("a repeated block type accumulates, also inside a resource", async () => {
    const file = cdk(`{
      "resource": {"alicloud_oss_bucket": {"a": {"bucket": "a"}}},
      "resource": {"alicloud_oss_bucket": {"b": {"bucket": "b",
        "lifecycle_rule": {"id": "1"},
        "lifecycle_rule": [{"id": "2"}, {"id": "3"}]}}}
    }`);
    const body = root(await loadConfigTree(file));
    expect(Object.keys(at(body, "resource", "alicloud_oss_bucket") as Obj).sort()).toEqual(["a", "b"]);
    expect(at(body, "resource", "alicloud_oss_bucket", "b", 0, "lifecycle_rule")).toEqual([{ id: "1" }, { id: "2" }, { id: "3" }]);
  });

  test.each([
    ["a repeated argument", '{"resource": {"t_x": {"a": {\n"acl": "x",\n"acl": "y"}}}}', /"acl".*line 3/],
    ["a repeated meta-argument", '{"resource": {"t_x": {"a": {\n"count": 1,\n"count": 2}}}}', /"count".*line 3/],
    ["a repeated key in an expression object", '{"locals": {"m": {\n"k": 1,\n"k": 2}}}', /"k".*line 3/],
    ["a resource declared twice in one object", '{"resource": {"t_x": {\n"a": {},\n"a": {}}}}', /t_x\.a.*declared twice.*line 3/],
    ["a resource declared twice through an array", '{"resource": {"t_x": {"a": [{}, {}]}}}', /t_x\.a.*declared twice/],
    ["a module declared twice", '{"module": {"m": {"source": "./a"}}, "module": {"m": {"source": "./b"}}}', /module\.m.*declared twice/],
    ["a variable declared twice", '{"variable": [{"v": {}}, {"v": {}}]}', /var\.v.*declared twice/],
    ["a local defined twice", '{"locals": [{"l": 1}, {"l": 2}]}', /local\.l.*declared twice/],
    ["an output declared twice", '{"output": {"o": [{"value": 1}, {"value": 2}]}}', /output\.o.*declared twice/],
    ["a provider configured twice with one alias", '{"provider": {"alicloud": [{"alias": "x"}, {"alias": "x"}]}}', /provider\.alicloud\.x.*declared twice/],
    ["a label level with no label", '{"resource": {"t_x": {}}}', /label/],
    ["an unknown top-level key", '{"resources": {}}', /"resources".*not a Terraform block type/],
    ["a name Terraform refuses", '{"resource": {"t_x": {"a b": {}}}}', /"a b".*invalid/],
    ["a lone surrogate", '{"locals": {"s": "\\udfff"}}', /surrogate.*line 1/],
    ["nesting deeper than the cap", `{"locals": {"d": ${"[".repeat(300)}${"]".repeat(300)}}}`, /nest deeper than the cap of 256/],
    ["a number beyond a 64-bit float", '{"locals": {"n": 1e309}}', /1e309.*64-bit/],
    ["a number whose exponent exceeds the cap", '{"locals": {"n": 1e-1000000}}', /exponent.*400/],
    ["a truncated file", '{"locals": {"n": 1', /truncated/],
  ])("%s is refused, naming the file", async (_, text, problem) => {
    const file = cdk(text);
    const e = await refused(file);
    expect(e.file).toBe(file);
    expect(e.problem.en).toMatch(problem);
    expect(e.problem.zh).not.toBe("");
  });

  test("invalid UTF-8 is refused with its line", async () => {
    const file = path.join(dir, "main.tf.json");
    fs.writeFileSync(file, Buffer.concat([Buffer.from('{\n"locals": {"s": "'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}}')]));
    const e = await refused(file);
    expect(e.file).toBe(file);
    expect(e.problem.en).toMatch(/UTF-8.*line 2/);
  });

  test("references and literal arguments take the form hcl2json gives them in .tf", async () => {
    const file = cdk(
      JSON.stringify({
        variable: { v: { default: "a ${b} %{c}" } },
        module: { m: { source: "./m", providers: { alicloud: "alicloud.dr" } } },
        resource: { t_x: { a: { provider: "alicloud.dr", depends_on: ["t_x.b"], lifecycle: { ignore_changes: ["tags"] }, tags: { k: "${var.v}" } } } },
      }),
    );
    write({ "m/main.tf": 'variable "x" {\n}\n' });
    const body = root(await loadConfigTree(file));
    expect(at(body, "variable", "v", 0, "default")).toBe("a $${b} %%{c}");
    expect(at(body, "module", "m", 0, "providers")).toEqual({ alicloud: "${alicloud.dr}" });
    const r = at(body, "resource", "t_x", "a", 0) as Obj;
    expect([r.provider, r.depends_on, at(r, "lifecycle", 0, "ignore_changes"), at(r, "tags", "k")]).toEqual(["${alicloud.dr}", ["${t_x.b}"], ["${tags}"], "${var.v}"]);
  });

  test("one configuration written in .tf and in .tf.json reads to the same body", async () => {
    const tf = `terraform {
  required_version = ">= 1.5"
  required_providers {
    alicloud = {
      source = "aliyun/alicloud"
    }
  }
  backend "oss" {
    bucket = "state"
  }
}
provider "alicloud" {
  region = "cn-hangzhou"
}
provider "alicloud" {
  alias = "dr"
  region = var.dr_region
}
variable "dr_region" {
  type = string
  default = "cn-shanghai"
  validation {
    condition = startswith(var.dr_region, "cn-")
    error_message = "mainland only"
  }
}
locals {
  names = toset(["a", "b"])
  literal = "$\${not} %%{this}"
}
resource "alicloud_oss_bucket" "b" {
  for_each = local.names
  provider = alicloud.dr
  bucket = "gov-\${each.key}"
  depends_on = [alicloud_kms_key.k]
  versioning {
    status = "Enabled"
  }
  dynamic "cors_rule" {
    for_each = [1]
    content {
      allowed_methods = ["GET"]
    }
  }
  lifecycle {
    ignore_changes = [tags]
  }
}
module "m" {
  source = "./m"
  providers = {
    alicloud = alicloud.dr
  }
}
output "o" {
  value = module.m
  depends_on = [alicloud_oss_bucket.b]
}
moved {
  from = alicloud_oss_bucket.a
  to = alicloud_oss_bucket.b
}
`;
    const json = {
      terraform: { required_version: ">= 1.5", required_providers: { alicloud: { source: "aliyun/alicloud" } }, backend: { oss: { bucket: "state" } } },
      provider: { alicloud: [{ region: "cn-hangzhou" }, { alias: "dr", region: "${var.dr_region}" }] },
      variable: { dr_region: { type: "string", default: "cn-shanghai", validation: { condition: '${startswith(var.dr_region, "cn-")}', error_message: "mainland only" } } },
      locals: { names: '${toset(["a", "b"])}', literal: "$${not} %%{this}" },
      resource: {
        alicloud_oss_bucket: {
          b: {
            for_each: "${local.names}",
            provider: "alicloud.dr",
            bucket: "gov-${each.key}",
            depends_on: ["alicloud_kms_key.k"],
            versioning: [{ status: "Enabled" }],
            dynamic: { cors_rule: { for_each: [1], content: { allowed_methods: ["GET"] } } },
            lifecycle: { ignore_changes: ["tags"] },
          },
        },
      },
      module: { m: { source: "./m", providers: { alicloud: "alicloud.dr" } } },
      output: { o: { value: "${module.m}", depends_on: ["alicloud_oss_bucket.b"] } },
      moved: { from: "alicloud_oss_bucket.a", to: "alicloud_oss_bucket.b" },
    };
    write({ "tf/main.tf": tf, "tf/m/main.tf": "", "json/main.tf.json": json, "json/m/main.tf": "" });
    const fromTf = root(await loadConfigTree(path.join(dir, "tf")));
    const fromJson = root(await loadConfigTree(path.join(dir, "json")));
    expect(fromJson).toEqual(fromTf);
    expect(Object.keys(fromTf).sort()).toEqual(["locals", "module", "moved", "output", "provider", "resource", "terraform", "variable"]);
  });

  test("dynamic blocks take hcl2json's shape", async () => {
    const file = cdk(JSON.stringify({ resource: { t_x: { a: { dynamic: { rule: { for_each: "${var.r}", content: { port: "${rule.value}", dynamic: { inner: [{ for_each: [1], content: [{ x: 1 }] }] } } } } } } } }));
    const body = root(await loadConfigTree(file));
    expect(at(body, "resource", "t_x", "a", 0, "dynamic")).toEqual({
      rule: [{ for_each: "${var.r}", content: [{ port: "${rule.value}", dynamic: { inner: [{ for_each: [1], content: [{ x: 1 }] }] } }] }],
    });
  });

  test("a few MB of cdk.tf.json are read (the time is measured by npm run bench)", async () => {
    const resources: Obj = {};
    for (let i = 0; i < 5000; i++) resources[`b${i}`] = { bucket: `b${i}`, tags: { a: "x".repeat(200), b: [1, 2, 3] }, "//": { metadata: { path: `stack/b${i}`, uniqueId: `b${i}` } } };
    const file = cdk(JSON.stringify({ resource: { alicloud_oss_bucket: resources } }, null, 2));
    expect(fs.statSync(file).size).toBeGreaterThan(2_000_000);
    const body = root(await loadConfigTree(file));
    expect(Object.keys(at(body, "resource", "alicloud_oss_bucket") as Obj)).toHaveLength(5000);
  });
});

describe("Terraform's file set and overrides", () => {
  const bucket = (name: string, extra = ""): string => `resource "alicloud_oss_bucket" "${name}" {\n  bucket = "${name}"\n${extra}}\n`;

  test("names Terraform ignores are not read; a name starting with ~ is, as Terraform reads it", async () => {
    write({ "main.tf": bucket("a"), ".hidden.tf": bucket("h1"), "b.tf~": bucket("h2"), "#c.tf#": bucket("h3"), ".d.tf.json": "{", "~e.tf": bucket("e"), "notes.txt": "x", "sub.tf/x.tf": bucket("h4") });
    const tree = await loadConfigTree(dir);
    expect(Object.keys(at(root(tree), "resource", "alicloud_oss_bucket") as Obj).sort()).toEqual(["a", "e"]);
    expect(tree.files.map((f) => path.basename(f)).sort()).toEqual(["main.tf", "~e.tf"]);
  });

  test("override files merge last: arguments replace, a block type replaces all base blocks (also dynamic ones)", async () => {
    write({
      "a_override.tf": bucket("a", '  acl = "public-read"\n  versioning {\n    status = "Suspended"\n  }\n  lifecycle {\n    prevent_destroy = true\n  }\n'),
      "main.tf": bucket("a", '  acl = "private"\n  redundancy_type = "ZRS"\n  versioning {\n    status = "Enabled"\n  }\n  versioning {\n    status = "Enabled"\n  }\n  dynamic "cors_rule" {\n    for_each = [1]\n    content {\n      allowed_methods = ["GET"]\n    }\n  }\n  lifecycle {\n    create_before_destroy = true\n  }\n'),
      "override.tf.json": { resource: { alicloud_oss_bucket: { a: { cors_rule: { allowed_methods: ["PUT"] } } } } },
    });
    const tree = await loadConfigTree(dir);
    expect(tree.modules.get("")?.files.map((f) => path.basename(f))).toEqual(["main.tf", "a_override.tf", "override.tf.json"]);
    expect(at(root(tree), "resource", "alicloud_oss_bucket", "a", 0)).toEqual({
      bucket: "a",
      acl: "public-read",
      redundancy_type: "ZRS",
      versioning: [{ status: "Suspended" }],
      cors_rule: { allowed_methods: ["PUT"] },
      lifecycle: [{ create_before_destroy: true, prevent_destroy: true }],
    });
  });

  test("locals, variable defaults, outputs, module calls and providers are overridden by name", async () => {
    write({
      "main.tf": 'locals {\n  a = 1\n  b = 2\n}\nvariable "v" {\n  default = "x"\n  type = string\n}\noutput "o" {\n  value = 1\n  description = "d"\n}\nmodule "m" {\n  source = "./m"\n  x = 1\n}\nprovider "alicloud" {\n  region = "cn-hangzhou"\n}\nprovider "alicloud" {\n  alias = "dr"\n  region = "cn-shanghai"\n}\n',
      "override.tf": 'locals {\n  b = 3\n}\nvariable "v" {\n  default = "y"\n}\noutput "o" {\n  value = 2\n}\nmodule "m" {\n  y = 2\n}\nprovider "alicloud" {\n  alias = "dr"\n  region = "cn-hongkong"\n}\n',
      "m/main.tf": 'variable "x" {\n}\nvariable "y" {\n}\n',
    });
    const body = root(await loadConfigTree(dir));
    expect(at(body, "locals", 0)).toEqual({ a: 1, b: 3 });
    expect(at(body, "variable", "v", 0)).toEqual({ default: "y", type: "${string}" });
    expect(at(body, "output", "o", 0)).toEqual({ value: 2, description: "d" });
    expect(at(body, "module", "m", 0)).toEqual({ source: "./m", x: 1, y: 2 });
    expect(at(body, "provider", "alicloud")).toEqual([{ region: "cn-hangzhou" }, { alias: "dr", region: "cn-hongkong" }]);
  });

  test.each([
    ["a resource", bucket("nope")],
    ["a local", "locals {\n  nope = 1\n}\n"],
    ["a variable", 'variable "nope" {\n}\n'],
    ["a module call", 'module "nope" {\n  source = "./x"\n}\n'],
    ["an aliased provider", 'provider "alicloud" {\n  alias = "nope"\n}\n'],
  ])("an override of %s no primary file declares is refused", async (_, text) => {
    write({ "main.tf": bucket("a"), "x_override.tf": text });
    const e = await refused(dir);
    expect(path.basename(e.file)).toBe("x_override.tf");
    expect(e.problem.en).toMatch(/nope.*no primary configuration file declares/);
  });

  test("a moved block or depends_on in an override file is refused", async () => {
    write({ "main.tf": bucket("a"), "override.tf": 'moved {\n  from = a.b\n  to = a.c\n}\n' });
    expect((await refused(dir)).problem.en).toMatch(/cannot hold moved/);
    write({ "override.tf": bucket("a", "  depends_on = [a.b]\n") });
    expect((await refused(dir)).problem.en).toMatch(/depends_on/);
  });

  test("a resource declared in two .tf files is refused, naming both", async () => {
    write({ "a.tf": bucket("x"), "b.tf": `\n\n${bucket("x")}` });
    const e = await refused(dir);
    expect(path.basename(e.file)).toBe("b.tf");
    expect(e.problem.en).toMatch(/alicloud_oss_bucket\.x.*declared twice: here \(line 3\) and in a\.tf \(line 1\)/);
  });

  test("a folder holding cdk.tf.json and .tf files is one module", async () => {
    write({ "cdk.tf.json": { "//": { metadata: {} }, resource: { alicloud_oss_bucket: { a: { bucket: "a" } } } }, "extra.tf": bucket("b") });
    const tree = await loadConfigTree(dir);
    expect(tree.flavour).toBe("cdktf");
    expect(Object.keys(at(root(tree), "resource", "alicloud_oss_bucket") as Obj).sort()).toEqual(["a", "b"]);
  });

  test("one .tf file is read alone, with its folder's variable files in Terraform's order", async () => {
    write({
      "main.tf": bucket("a"),
      "other.tf": bucket("b"),
      "terraform.tfvars": 'x = "tfvars"\ny = "tfvars"\nz = "tfvars"\n',
      "terraform.tfvars.json": { y: "tfvars.json ${not a template}", z: "tfvars.json" },
      "b.auto.tfvars": 'z = "b.auto"\n',
      "a.auto.tfvars.json": { z: "a.auto" },
    });
    const tree = await loadConfigTree(path.join(dir, "main.tf"));
    expect(Object.keys(at(root(tree), "resource", "alicloud_oss_bucket") as Obj)).toEqual(["a"]);
    expect(tree.tfvars).toEqual({ x: "tfvars", y: "tfvars.json $${not a template}", z: "b.auto" });
    expect(tree.files.map((f) => path.basename(f))).toEqual(["main.tf", "terraform.tfvars", "terraform.tfvars.json", "a.auto.tfvars.json", "b.auto.tfvars"]);
  });
});

describe("module sources", () => {
  const call = (name: string, source: string): string => `module "${name}" {\n  source = "${source}"\n}\n`;

  test("local, parent and absolute paths are read, in module paths", async () => {
    const outside = tempDir("govguard-outside-");
    try {
      write({ "main.tf": 'resource "t_x" "o" {\n}\n' }, outside);
      write({ "root/main.tf": call("a", "./a") + call("abs", outside), "root/a/main.tf": call("b", "../../shared"), "shared/main.tf": 'resource "t_x" "s" {\n}\n' });
      const tree = await loadConfigTree(path.join(dir, "root"));
      expect([...tree.modules.keys()]).toEqual(["", "module.a", "module.a.module.b", "module.abs"]);
      expect(tree.modules.get("module.a.module.b")?.dir).toBe(path.join(dir, "shared"));
      expect(tree.modules.get("module.abs")?.source).toBe(outside);
      expect(tree.unread).toEqual([]);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  test("registry and git modules are read from modules.json; without a record they are unread, with the reason", async () => {
    write({
      "main.tf": call("reg", "example/store/alicloud") + call("git", "git::https://example.com/x.git?ref=v1") + call("stale", "example/other/alicloud") + call("missing", "example/none/alicloud"),
      ".terraform/modules/modules.json": {
        Modules: [
          { Key: "", Source: "", Dir: "." },
          { Key: "reg", Source: "registry.terraform.io/example/store/alicloud", Version: "1.0.0", Dir: ".terraform/modules/reg" },
          { Key: "reg.inner", Source: "./inner", Dir: ".terraform/modules/reg/inner" },
          { Key: "git", Source: "git::https://example.com/x.git?ref=v1", Dir: ".terraform/modules/git" },
          { Key: "stale", Source: "registry.terraform.io/example/changed/alicloud", Dir: ".terraform/modules/stale" },
        ],
      },
      ".terraform/modules/reg/main.tf": call("inner", "./inner"),
      ".terraform/modules/reg/inner/main.tf": 'resource "t_x" "i" {\n}\n',
      ".terraform/modules/git/main.tf": 'resource "t_x" "g" {\n}\n',
      ".terraform/modules/stale/main.tf": 'resource "t_x" "s" {\n}\n',
    });
    const tree = await loadConfigTree(dir);
    expect([...tree.modules.keys()]).toEqual(["", "module.git", "module.reg", "module.reg.module.inner"]);
    expect(tree.unread.map((u) => [u.path, u.source, path.basename(u.file)])).toEqual([
      ["module.missing", "example/none/alicloud", "main.tf"],
      ["module.stale", "example/other/alicloud", "main.tf"],
    ]);
    expect(tree.unread[0].reason.en).toMatch(/no record.*run terraform init, or gate the plan JSON/);
    expect(tree.unread[1].reason.en).toMatch(/records the source registry.terraform.io\/example\/changed\/alicloud.*terraform init/);
    expect(tree.files.map((f) => path.relative(dir, f))).toContain(path.join(".terraform", "modules", "modules.json"));
  });

  test("without modules.json a registry module is unread, and says to run terraform init", async () => {
    write({ "main.tf": call("vpc", "alibaba/vpc/alicloud") });
    const tree = await loadConfigTree(dir);
    expect(tree.modules.size).toBe(1);
    expect(tree.unread).toHaveLength(1);
    expect(tree.unread[0].reason.en).toMatch(/modules\.json was not found.*run terraform init, or gate the plan JSON/);
    expect(tree.unread[0].reason.zh).toMatch(/terraform init/);
  });

  test("a source that is not a literal string is refused", async () => {
    write({ "main.tf": 'module "m" {\n  source = "./${var.x}"\n}\n' });
    expect((await refused(dir)).problem.en).toMatch(/module\.m.*literal string/);
  });

  test("a module cycle and modules nested beyond the cap are refused", async () => {
    write({ "main.tf": call("a", "./a"), "a/main.tf": call("b", "../") });
    expect((await refused(dir)).problem.en).toMatch(/module\.a\.module\.b.*cycle/);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir);
    let d = dir;
    for (let i = 0; i < 20; i++) {
      write({ "main.tf": call("n", "./n") }, d);
      d = path.join(d, "n");
    }
    write({ "main.tf": "" }, d);
    expect((await refused(dir)).problem.en).toMatch(/deeper than the cap of 16/);
  });
});
