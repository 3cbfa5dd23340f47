// Issue 10 items 1, 2 and 7 for configuration input: no name is special, values stay values, and
// cost is bounded. On main, `resource "alicloud_oss_bucket" "__proto__"` and `module "__proto__"`
// vanished and a for_each value with quotes in a tag dropped the whole resource (text pasted into
// JSON); here each is an ordinary resource, judged by the real bundle.
import { planFromConfig, MAX_INSTANCES_PER_BLOCK } from "../src/evaluate";
import { CapError } from "../src/hcl/errors";
import { after, changes, findingPairs, only, rootOf, treeOf, unverifiable } from "./evaluate-tree";

const NAMES = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"];

const prelude = `
provider "alicloud" { region = "cn-hangzhou" }
resource "alicloud_oss_account_public_access_block" "all" {
  block_public_access = true
}
`;

describe("no key is special (item 1)", () => {
  let plan: Record<string, unknown>;
  beforeAll(async () => {
    const resources = NAMES.map(
      (name) => `
variable "${name}" { default = "public-read" }
resource "alicloud_oss_bucket" "${name}" {
  bucket = "gov-${name.toLowerCase().replace(/_/g, "")}"
  acl    = var.${name}
  tags   = local.${name}
}`,
    ).join("\n");
    const locals = NAMES.map((name) => `  ${name} = { ${NAMES.map((k) => `"${k}" = "${k}-value"`).join(", ")} }`).join("\n");
    plan = planFromConfig(
      await treeOf({
        "": {
          files: {
            "main.tf": `${prelude}
locals {
${locals}
}
${resources}
resource "alicloud_oss_bucket" "keyed" {
  for_each = local.__proto__
  bucket   = "gov-keyed"
  acl      = each.key == "toString" ? "public-read" : "private"
  tags     = { (each.key) = each.value }
}
${NAMES.map((name) => `module "${name}" {\n  source = "./m"\n  ${name} = "public-read"\n}`).join("\n")}
`,
          },
        },
        ...Object.fromEntries(
          NAMES.map((name) => [
            `module.${name}`,
            {
              dir: "m",
              source: "./m",
              files: { "main.tf": `variable "${name}" {}\nresource "alicloud_oss_bucket" "${name}" {\n  bucket = "gov-m"\n  acl    = var.${name}\n}\n` },
            },
          ]),
        ),
      }),
    );
  });

  test("resources, variables and locals with such names are evaluated", () => {
    const expectedTags = Object.fromEntries(NAMES.map((k) => [k, `${k}-value`]));
    for (const name of NAMES) {
      const values = after(plan, `alicloud_oss_bucket.${name}`);
      expect(Object.keys(values).sort()).toEqual(["acl", "bucket", "tags"]);
      expect(values.acl).toBe("public-read");
      expect(Object.entries(values.tags as object).sort()).toEqual(Object.entries(expectedTags).sort());
    }
  });

  test("for_each keys and map keys with such names make instances", () => {
    for (const name of NAMES) {
      const values = after(plan, `alicloud_oss_bucket.keyed["${name}"]`);
      expect(Object.entries(values.tags as object)).toEqual([[name, `${name}-value`]]);
    }
  });

  test("modules with such names are read and their resources addressed", () => {
    for (const name of NAMES) expect(after(plan, `module.${name}.alicloud_oss_bucket.${name}`)).toEqual({ bucket: "gov-m", acl: "public-read" });
    const calls = (plan.configuration as { root_module: { module_calls: object } }).root_module.module_calls;
    expect(Object.keys(calls).sort()).toEqual([...NAMES].sort());
  });

  test("the names survive JSON and the bundle judges every one of them", () => {
    const text = JSON.stringify(plan);
    const reparsed = JSON.parse(text) as Record<string, unknown>;
    expect((reparsed.resource_changes as unknown[]).length).toBe((plan.resource_changes as unknown[]).length);
    const found = only("A22.1", findingPairs({ plan }).plan);
    expect(found).toEqual(
      [...NAMES.map((n) => `alicloud_oss_bucket.${n}`), 'alicloud_oss_bucket.keyed["toString"]', ...NAMES.map((n) => `module.${n}.alicloud_oss_bucket.${n}`)].sort(),
    );
  });
});

describe("values stay values (item 2)", () => {
  const hostile = 'the "portal" files \\ ${x} %{y}\nline2\u2028end';

  test(".tf: a for_each key and value with quotes, backslashes, ${, %{, newlines and U+2028", async () => {
    const plan = planFromConfig(
      await rootOf(`${prelude}
locals {
  files = {
    "the \\"portal\\" files" = "the \\"portal\\" files \\\\ $\${x} %%{y}\\nline2\\u2028end"
    "a$\${b}\\n" = "second"
  }
}
resource "alicloud_oss_bucket" "files" {
  for_each = local.files
  bucket   = "gov-files"
  acl      = "public-read"
  tags     = { name = each.value, key = each.key }
}`),
    );
    const first = after(plan, 'alicloud_oss_bucket.files["the \\"portal\\" files"]');
    expect(first.tags).toEqual({ name: hostile, key: 'the "portal" files' });
    const second = changes(plan).get('alicloud_oss_bucket.files["a$${b}\\n"]');
    expect(second).toMatchObject({ index: "a${b}\n" });
    const found = only("A22.1", findingPairs({ plan }).plan);
    expect(found).toEqual(['alicloud_oss_bucket.files["a$${b}\\n"]', 'alicloud_oss_bucket.files["the \\"portal\\" files"]']);
  });

  test("cdk.tf.json shape: the same values, and a lone surrogate, survive", async () => {
    const body = {
      provider: { alicloud: [{ region: "cn-hangzhou" }] },
      locals: [{ files: { 'the "portal" files': 'the "portal" files \\ $${x} %%{y}\nline2\u2028end', lone: "a\udc00b" } }],
      resource: {
        alicloud_oss_bucket: {
          files: [{ for_each: "${local.files}", bucket: "gov-files", acl: "private", tags: { name: "${each.value}" } }],
        },
      },
    };
    const plan = planFromConfig(await treeOf({ "": { files: { "cdk.tf.json": body } } }, { flavour: "cdktf" }));
    expect(after(plan, 'alicloud_oss_bucket.files["the \\"portal\\" files"]').tags).toEqual({ name: hostile });
    expect(after(plan, 'alicloud_oss_bucket.files["lone"]').tags).toEqual({ name: "a\udc00b" });
    expect((plan.govguard_input as { flavour: string }).flavour).toBe("cdktf");
    expect(JSON.parse(JSON.stringify(plan))).toBeTruthy();
  });

  test("instance keys are quoted as terraform prints them", async () => {
    const plan = planFromConfig(
      await rootOf(String.raw`
resource "alicloud_oss_bucket" "k" {
  for_each = toset(["tab\there", "back\\slash", "pct%%{", "dollar$", "\u00a0nbsp", "emoji\U0001F600"])
  bucket   = each.key
}`),
    );
    expect([...changes(plan).keys()].sort()).toEqual(
      [
        'alicloud_oss_bucket.k["tab\\there"]',
        'alicloud_oss_bucket.k["back\\\\slash"]',
        'alicloud_oss_bucket.k["pct%%{"]',
        'alicloud_oss_bucket.k["dollar$"]',
        'alicloud_oss_bucket.k["\\u00a0nbsp"]',
        'alicloud_oss_bucket.k["emoji\u{1F600}"]',
      ].sort(),
    );
  });
});

describe("bounded cost (item 7)", () => {
  test("count = 100000 is refused with a CapError naming the construct and the cap", async () => {
    const tree = await rootOf(`
resource "alicloud_oss_bucket" "many" {
  count  = 100000
  bucket = "gov-\${count.index}"
}`);
    let error: unknown;
    try {
      planFromConfig(tree);
    } catch (e: unknown) {
      error = e;
    }
    expect(error).toBeInstanceOf(CapError);
    expect((error as CapError).text.en).toContain("count of alicloud_oss_bucket.many");
    expect((error as CapError).text.en).toContain(`${MAX_INSTANCES_PER_BLOCK} instances`);
  });

  test("instances multiplied through modules are bounded per configuration", async () => {
    const tree = await treeOf({
      "": { files: { "main.tf": `module "m" {\n  source = "./m"\n  count  = 1000\n}` } },
      "module.m": { dir: "m", files: { "main.tf": `resource "alicloud_oss_bucket" "b" {\n  count  = 1000\n  bucket = "x"\n}` } },
    });
    expect(() => planFromConfig(tree)).toThrow(CapError);
  });

  test("for_each over range(10000000) is refused", async () => {
    const tree = await rootOf(`
resource "alicloud_oss_bucket" "many" {
  for_each = toset([for i in range(10000000) : tostring(i)])
  bucket   = each.key
}`);
    expect(() => planFromConfig(tree)).toThrow(CapError);
  });
});

describe("what cannot be evaluated is a finding, never a drop or a hang", () => {
  test("a cycle of locals is unknown (unsupported) and listed", async () => {
    const plan = planFromConfig(
      await rootOf(`
locals {
  a = local.b
  b = "\${local.a}-x"
}
resource "alicloud_oss_bucket" "b" {
  bucket = "gov"
  acl    = local.a
}`),
      { attributes: new Set(["acl"]) },
    );
    expect((changes(plan).get("alicloud_oss_bucket.b")?.change as Record<string, unknown>).after_unknown).toEqual({ acl: true });
    expect(unverifiable(plan)).toEqual([{ address: "alicloud_oss_bucket.b", attribute: "acl" }]);
  });

  test("an unsupported function in an attribute the bundle reads is listed; one it does not read is not", async () => {
    const plan = planFromConfig(
      await rootOf(`
resource "alicloud_oss_bucket" "b" {
  bucket      = "gov"
  acl         = nosuchfunction("x")
  description = nosuchfunction("y")
}`),
      { attributes: new Set(["acl"]) },
    );
    expect(unverifiable(plan)).toEqual([{ address: "alicloud_oss_bucket.b", attribute: "acl" }]);
    expect((changes(plan).get("alicloud_oss_bucket.b")?.change as Record<string, Record<string, string>>).govguard_unknown.acl).toContain("nosuchfunction");
  });

  test("a for_each that cannot be evaluated: ONE instance, each.* unknown, listed", async () => {
    const plan = planFromConfig(
      await rootOf(`
resource "alicloud_oss_bucket" "b" {
  for_each = nosuchfunction(["a"])
  bucket   = each.key
  acl      = "public-read"
}`),
    );
    expect([...changes(plan).keys()]).toEqual(["alicloud_oss_bucket.b"]);
    expect(after(plan, "alicloud_oss_bucket.b")).toEqual({ acl: "public-read" });
    expect(unverifiable(plan)).toEqual([
      { address: "alicloud_oss_bucket.b", attribute: "for_each" },
      { address: "alicloud_oss_bucket.b", attribute: "bucket" },
    ]);
  });

  test("a module whose source was not read is listed with attribute source", async () => {
    const reason = { zh: "未读取", en: "not read" };
    const plan = planFromConfig(
      await treeOf({ "": { files: { "main.tf": `module "site" {\n  source = "registry.example.com/gov/site/alicloud"\n}\noutput "x" { value = module.site.id }` } } }, {
        unread: [{ path: "module.site", source: "registry.example.com/gov/site/alicloud", file: "/work/stack/main.tf", reason }],
      }),
    );
    expect((plan.govguard_input as { unverifiable: unknown[] }).unverifiable).toEqual([{ address: "module.site", attribute: "source", reason }]);
  });
});

describe("providers as plan JSON names them", () => {
  test("aliases, providers passed to modules, and a module that means another provider", async () => {
    const required = `terraform {\n  required_providers {\n    alicloud = { source = "aliyun/alicloud" }\n  }\n}\n`;
    const plan = planFromConfig(
      await treeOf({
        "": {
          files: {
            "main.tf": `${required}
provider "alicloud" { region = "cn-hangzhou" }
provider "alicloud" {
  alias  = "dr"
  region = "ap-southeast-1"
}
module "backup" {
  source    = "./backup"
  providers = { alicloud = alicloud.dr }
}
module "plain" { source = "./plain" }
module "own" { source = "./own" }
`,
          },
        },
        "module.backup": { dir: "backup", files: { "main.tf": `${required}resource "alicloud_oss_bucket" "b" { bucket = "gov-b" }` } },
        "module.plain": { dir: "plain", files: { "main.tf": `resource "alicloud_oss_bucket" "p" { bucket = "gov-p" }` } },
        "module.own": {
          dir: "own",
          files: { "main.tf": `${required}variable "r" { default = "cn-beijing" }\nprovider "alicloud" { region = var.r }\nresource "alicloud_oss_bucket" "o" { bucket = "gov-o" }` },
        },
      }),
    );
    const config = plan.configuration as {
      provider_config: Record<string, Record<string, unknown>>;
      root_module: { module_calls: Record<string, { module: { resources: { provider_config_key: string }[] } }> };
    };
    expect(Object.keys(config.provider_config).sort()).toEqual(["alicloud", "alicloud.dr", "module.own:alicloud", "module.plain:alicloud"]);
    expect(config.provider_config["module.plain:alicloud"]).toEqual({ name: "alicloud", full_name: "registry.terraform.io/hashicorp/alicloud", module_address: "module.plain" });
    expect(config.provider_config["module.own:alicloud"]).toMatchObject({ module_address: "module.own", expressions: { region: { constant_value: "cn-beijing" } } });
    const keyOf = (call: string) => config.root_module.module_calls[call].module.resources[0].provider_config_key;
    expect([keyOf("backup"), keyOf("plain"), keyOf("own")]).toEqual(["alicloud.dr", "module.plain:alicloud", "module.own:alicloud"]);
    expect(changes(plan).get("module.plain.alicloud_oss_bucket.p")).toMatchObject({ provider_name: "registry.terraform.io/hashicorp/alicloud" });
    expect(only("A23.1", findingPairs({ plan }).plan)).toEqual(["alicloud.dr", "module.plain:alicloud"]);
  });
});

test("elements made across instances are bounded per configuration", async () => {
  const tree = await rootOf(`
resource "alicloud_oss_bucket" "many" {
  count  = 5000
  bucket = "gov"
  tags   = { for i in range(1000) : tostring(i) => i }
}`);
  expect(() => planFromConfig(tree)).toThrow(CapError);
});
