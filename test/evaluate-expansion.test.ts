// Issue 10 item 6: everything known before apply is expanded as the plan would show it, and each
// instance is judged on its own values by the real bundle (opa eval on bundle/govguard-rego).
// On main before src/evaluate, each of these was misread (one resource judged on "${each.value}",
// modules with count/for_each and dynamic blocks unread, count = 0 resources reported).
import { planFromConfig } from "../src/evaluate";
import { planShapeProblem } from "../src/inputs/plan-shape";
import { slimPlan } from "../src/inputs/slim-plan";
import { after, changes, findingPairs, only, rootOf, treeOf, unverifiable } from "./evaluate-tree";

const provider = `
terraform {
  required_providers {
    alicloud = { source = "aliyun/alicloud" }
  }
}
provider "alicloud" { region = "cn-hangzhou" }
resource "alicloud_oss_account_public_access_block" "all" {
  block_public_access = true
}
resource "alicloud_security_group" "app" {
  security_group_name = "app"
  vpc_id              = "vpc-1"
  inner_access_policy = "Drop"
}
`;

function ruleWith(forEach: string, locals = ""): string {
  return `${provider}
locals {
${locals}
}
resource "alicloud_security_group_rule" "rule" {
  for_each          = ${forEach}
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "22/22"
  cidr_ip           = each.value
  description       = "ssh from \${each.key}"
}
`;
}

describe("for_each over locals is expanded and each instance judged on its own value", () => {
  const variants: Record<string, [string, string]> = {
    "a map local": ["local.rules", `rules = { vendor = "0.0.0.0/0", office = "10.0.0.0/8" }`],
    merge: ["local.rules", `rules = merge({ vendor = "0.0.0.0/0" }, { office = "10.0.0.0/8" })`],
    "tomap and zipmap": ["local.rules", `rules = tomap(zipmap(["office", "vendor"], ["10.0.0.0/8", "0.0.0.0/0"]))`],
    "a for expression over flatten": [
      "local.rules",
      `pairs = flatten([[{ k = "vendor", v = "0.0.0.0/0" }], [{ k = "office", v = "10.0.0.0/8" }]])
  rules = { for p in local.pairs : p.k => p.v }`,
    ],
    "keys, values and lookup": [
      "{ for k in keys(local.base) : k => lookup(local.base, k, \"\") }",
      `base = { vendor = "0.0.0.0/0", office = "10.0.0.0/8" }`,
    ],
    "an object local": ["local.rules", `rules = { "vendor" : "0.0.0.0/0", "office" : "10.0.0.0/8" }`],
  };

  const plans: Record<string, Record<string, unknown>> = {};
  beforeAll(async () => {
    for (const [name, [forEach, locals]] of Object.entries(variants)) plans[name] = planFromConfig(await rootOf(ruleWith(forEach, locals)));
  });

  test.each(Object.keys(variants))("%s: one instance per key, with its own value", (name) => {
    const plan = plans[name];
    expect(after(plan, 'alicloud_security_group_rule.rule["vendor"]')).toMatchObject({ cidr_ip: "0.0.0.0/0", description: "ssh from vendor" });
    expect(after(plan, 'alicloud_security_group_rule.rule["office"]')).toMatchObject({ cidr_ip: "10.0.0.0/8", description: "ssh from office" });
    expect(changes(plan).get('alicloud_security_group_rule.rule["vendor"]')).toMatchObject({ index: "vendor", name: "rule" });
    expect(unverifiable(plan)).toEqual([]);
    expect(planShapeProblem(plan)).toBeUndefined();
  });

  test("the bundle finds the open instance and only that one", () => {
    const found = findingPairs(plans);
    for (const name of Object.keys(variants)) {
      expect([name, only("A19.1", found[name])]).toEqual([name, ['alicloud_security_group_rule.rule["vendor"]']]);
      expect([name, only("A19.2", found[name])]).toEqual([name, ['alicloud_security_group_rule.rule["vendor"]']]);
    }
  });

  test("sets: toset, setunion, distinct and concat give string keys", async () => {
    const plan = planFromConfig(
      await rootOf(`
locals {
  a = toset(concat(["b", "a"], ["a"]))
  b = setunion(local.a, distinct(["c", "c"]))
}
resource "alicloud_oss_bucket" "b" {
  for_each = local.b
  bucket   = "gov-\${each.key}-\${each.value}"
}`),
    );
    expect([...changes(plan).keys()]).toEqual(['alicloud_oss_bucket.b["a"]', 'alicloud_oss_bucket.b["b"]', 'alicloud_oss_bucket.b["c"]']);
    expect(after(plan, 'alicloud_oss_bucket.b["c"]')).toEqual({ bucket: "gov-c-c" });
  });
});

describe("module count and for_each make module instance addresses as in the plan", () => {
  let plan: Record<string, unknown>;
  beforeAll(async () => {
    plan = planFromConfig(
      await treeOf({
        "": {
          files: {
            "main.tf": `${provider}
module "tier" {
  source   = "./modules/tier"
  for_each = { api = "public-read", web = "private" }
  name     = each.key
  acl      = each.value
}
module "files" {
  source = "./modules/tier"
  count  = 2
  name   = "files-\${count.index}"
  acl    = "private"
}
output "api_bucket" { value = module.tier["api"].bucket }
resource "alicloud_oss_bucket" "mirror" {
  bucket = "\${module.tier["web"].bucket}-mirror"
  acl    = "private"
}`,
          },
        },
        "module.tier": { dir: "modules/tier", source: "./modules/tier", files: { "main.tf": tierModule } },
        "module.files": { dir: "modules/tier", source: "./modules/tier", files: { "main.tf": tierModule } },
      }),
    );
  });

  test("resource and module addresses carry the instance keys", () => {
    const rc = changes(plan);
    expect(rc.get('module.tier["api"].alicloud_oss_bucket.this')).toMatchObject({ module_address: 'module.tier["api"]', name: "this", type: "alicloud_oss_bucket" });
    expect(after(plan, 'module.tier["api"].alicloud_oss_bucket.this')).toEqual({ bucket: "gov-api", acl: "public-read" });
    expect(after(plan, 'module.tier["web"].alicloud_oss_bucket.this')).toEqual({ bucket: "gov-web", acl: "private" });
    expect(after(plan, "module.files[1].alicloud_oss_bucket.this")).toEqual({ bucket: "gov-files-1", acl: "private" });
    expect(rc.get("module.files[1].alicloud_oss_bucket.this")).toMatchObject({ module_address: "module.files[1]" });
    expect(after(plan, "alicloud_oss_bucket.mirror")).toEqual({ bucket: "gov-web-mirror", acl: "private" });
  });

  test("planned_values and configuration nest modules as terraform writes them", () => {
    const planned = (plan.planned_values as { root_module: { child_modules: { address: string }[] } }).root_module;
    expect(planned.child_modules.map((m) => m.address)).toEqual(["module.files[0]", "module.files[1]", 'module.tier["api"]', 'module.tier["web"]']);
    const calls = (plan.configuration as { root_module: { module_calls: Record<string, Record<string, unknown>> } }).root_module.module_calls;
    expect(calls.tier).toMatchObject({ source: "./modules/tier", for_each_expression: { constant_value: { api: "public-read", web: "private" } } });
    expect(calls.files).toMatchObject({ count_expression: { constant_value: 2 } });
    expect(calls.tier.module).toMatchObject({ resources: [{ address: "alicloud_oss_bucket.this", provider_config_key: "alicloud" }] });
    expect(planShapeProblem(plan)).toBeUndefined();
  });

  test("the bundle judges each module instance on its own arguments", () => {
    const found = findingPairs({ plan });
    expect(only("A22.1", found.plan)).toEqual(['module.tier["api"].alicloud_oss_bucket.this']);
  });
});

test("a module for_each known only after apply: one module instance, judged, and listed as unverifiable", async () => {
  const plan = planFromConfig(
    await treeOf({
      "": { files: { "main.tf": `${provider}\ndata "alicloud_zones" "z" {}\nmodule "tier" {\n  source   = "./modules/tier"\n  for_each = toset(data.alicloud_zones.z.ids)\n  name     = each.key\n  acl      = "public-read"\n}` } },
      "module.tier": { dir: "modules/tier", source: "./modules/tier", files: { "main.tf": tierModule } },
    }),
  );
  expect(changes(plan).get("module.tier.alicloud_oss_bucket.this")).toMatchObject({ module_address: "module.tier" });
  expect(after(plan, "module.tier.alicloud_oss_bucket.this")).toEqual({ acl: "public-read" });
  expect(unverifiable(plan)).toEqual([{ address: "module.tier", attribute: "for_each" }]);
  expect(only("A22.1", findingPairs({ plan }).plan)).toEqual(["module.tier.alicloud_oss_bucket.this"]);
});

const tierModule = `
terraform {
  required_providers {
    alicloud = { source = "aliyun/alicloud" }
  }
}
variable "name" { type = string }
variable "acl" { type = string }
resource "alicloud_oss_bucket" "this" {
  bucket = "gov-\${var.name}"
  acl    = var.acl
}
output "bucket" { value = alicloud_oss_bucket.this.bucket }
`;

describe("conditional count", () => {
  const stack = `${provider}
variable "enabled" { type = bool }
resource "alicloud_oss_bucket" "public" {
  count  = var.enabled ? 1 : 0
  bucket = "gov-public"
  acl    = "public-read"
}`;

  test("count = 0: no resource, no finding; count = 1: one instance with a finding", async () => {
    const off = planFromConfig(await rootOf(stack, { tfvars: { enabled: false } }));
    const on = planFromConfig(await rootOf(stack, { tfvars: { enabled: true } }));
    expect([...changes(off).keys()].filter((a) => a.startsWith("alicloud_oss_bucket"))).toEqual([]);
    expect(after(on, "alicloud_oss_bucket.public[0]")).toMatchObject({ acl: "public-read" });
    const found = findingPairs({ off, on });
    expect(found.off.filter(([, r]) => r.startsWith("alicloud_oss_bucket"))).toEqual([]);
    expect(only("A22.1", found.on)).toEqual(["alicloud_oss_bucket.public[0]"]);
  });

  test("a count only known after apply: one instance, judged, and listed as unverifiable", async () => {
    const plan = planFromConfig(
      await rootOf(`${provider}
data "alicloud_zones" "z" {}
resource "alicloud_oss_bucket" "public" {
  count  = length(data.alicloud_zones.z.ids)
  bucket = "gov-public-\${count.index}"
  acl    = "public-read"
}`),
    );
    const rc = changes(plan).get("alicloud_oss_bucket.public");
    expect(rc).toBeDefined();
    expect(rc).not.toHaveProperty("index");
    expect((rc?.change as Record<string, unknown>).after_unknown).toMatchObject({ bucket: true });
    expect(unverifiable(plan)).toEqual([{ address: "alicloud_oss_bucket.public", attribute: "count" }]);
    expect(only("A22.1", findingPairs({ plan }).plan)).toEqual(["alicloud_oss_bucket.public"]);
  });
});

describe("dynamic blocks over known collections are expanded (nested too)", () => {
  test("CDN function_args from a dynamic block with a nested dynamic", async () => {
    const plan = planFromConfig(
      await rootOf(`${provider}
locals {
  args = { enable = "on", hsts = "on" }
}
resource "alicloud_cdn_domain_config" "https" {
  domain_name   = "www.example.gov.cn"
  function_name = "https_option"
  dynamic "function_args" {
    for_each = local.args
    iterator = arg
    content {
      arg_name  = arg.key
      arg_value = arg.value
    }
  }
}
resource "alicloud_example" "nested" {
  dynamic "outer" {
    for_each = ["a", "b"]
    content {
      name = outer.value
      dynamic "inner" {
        for_each = range(2)
        content { n = "\${outer.value}\${inner.value}" }
      }
    }
  }
}`),
    );
    expect(after(plan, "alicloud_cdn_domain_config.https").function_args).toEqual([
      { arg_name: "enable", arg_value: "on" },
      { arg_name: "hsts", arg_value: "on" },
    ]);
    expect(after(plan, "alicloud_example.nested").outer).toEqual([
      { name: "a", inner: [{ n: "a0" }, { n: "a1" }] },
      { name: "b", inner: [{ n: "b0" }, { n: "b1" }] },
    ]);
    expect(unverifiable(plan)).toEqual([]);
  });

  test("PolarDB db_cluster_ip_array and MongoDB security_ip_groups are judged group by group", async () => {
    const stack = (open: string) => `${provider}
locals {
  groups = { app = "10.0.0.0/8", ops = "${open}" }
}
resource "alicloud_polardb_cluster" "db" {
  db_type       = "MySQL"
  db_version    = "8.0"
  db_node_class = "polar.mysql.x4.large"
  pay_type      = "PostPaid"
  vswitch_id    = "vsw-1"
  dynamic "db_cluster_ip_array" {
    for_each = local.groups
    content {
      db_cluster_ip_array_name = db_cluster_ip_array.key
      security_ips             = [db_cluster_ip_array.value]
    }
  }
}
resource "alicloud_mongodb_instance" "docs" {
  engine_version      = "6.0"
  db_instance_class   = "dds.mongo.mid"
  db_instance_storage = 20
  vswitch_id          = "vsw-1"
  security_ip_list    = ["10.0.0.0/8"]
  dynamic "security_ip_groups" {
    for_each = local.groups
    content {
      security_ip_group_name      = security_ip_groups.key
      security_ip_group_attribute = "x"
      security_ip_list            = security_ip_groups.value
    }
  }
}`;
    const open = planFromConfig(await rootOf(stack("0.0.0.0/0")));
    const closed = planFromConfig(await rootOf(stack("192.168.0.0/16")));
    expect(after(open, "alicloud_polardb_cluster.db").db_cluster_ip_array).toEqual([
      { db_cluster_ip_array_name: "app", security_ips: ["10.0.0.0/8"] },
      { db_cluster_ip_array_name: "ops", security_ips: ["0.0.0.0/0"] },
    ]);
    expect(after(open, "alicloud_mongodb_instance.docs").security_ip_groups).toHaveLength(2);
    const found = findingPairs({ open, closed });
    expect(only("A19.3", found.open)).toEqual(["alicloud_mongodb_instance.docs", "alicloud_polardb_cluster.db"]);
    expect(only("A19.3", found.closed)).toEqual([]);
  });

  test("a dynamic block over a collection known only after apply: the block is unknown and unverifiable", async () => {
    const plan = planFromConfig(
      await rootOf(`${provider}
data "alicloud_vpcs" "all" {}
resource "alicloud_polardb_cluster" "db" {
  db_type = "MySQL"
  dynamic "db_cluster_ip_array" {
    for_each = data.alicloud_vpcs.all.vpcs
    content {
      db_cluster_ip_array_name = "x"
      security_ips             = [db_cluster_ip_array.value.cidr_block]
    }
  }
}`),
      { attributes: new Set(["db_cluster_ip_array"]) },
    );
    const change = changes(plan).get("alicloud_polardb_cluster.db")?.change as Record<string, Record<string, unknown>>;
    expect(change.after_unknown.db_cluster_ip_array).toBe(true);
    expect(change.after).not.toHaveProperty("db_cluster_ip_array");
    expect(change.govguard_unknown.db_cluster_ip_array).toContain("data.alicloud_vpcs.all.vpcs");
    expect(unverifiable(plan)).toEqual([{ address: "alicloud_polardb_cluster.db", attribute: "db_cluster_ip_array" }]);
  });
});

describe("templates with known variables", () => {
  test("provider region cn-${var.city}: known, and judged as the value", async () => {
    const stack = `
variable "city" { type = string }
provider "alicloud" { region = "cn-\${var.city}" }
resource "alicloud_oss_bucket" "b" {
  bucket = "gov-\${var.city}-data"
  acl    = "private"
}`;
    const mainland = planFromConfig(await rootOf(stack, { tfvars: { city: "hangzhou" } }));
    const hongkong = planFromConfig(await rootOf(stack, { tfvars: { city: "hongkong" } }));
    const region = (p: Record<string, unknown>) =>
      (p.configuration as { provider_config: Record<string, { expressions: Record<string, unknown> }> }).provider_config.alicloud.expressions.region;
    expect(region(mainland)).toEqual({ constant_value: "cn-hangzhou" });
    expect(region(hongkong)).toEqual({ constant_value: "cn-hongkong" });
    expect(after(mainland, "alicloud_oss_bucket.b").bucket).toBe("gov-hangzhou-data");
    const found = findingPairs({ mainland, hongkong });
    expect(only("A23.1", found.mainland)).toEqual([]);
    expect(only("A23.1", found.hongkong)).toEqual(["alicloud"]);
  });

  test("a variable with neither default nor value is unknown (set at apply), as in a plan", async () => {
    const plan = planFromConfig(
      await rootOf(`
variable "acl" { type = string }
resource "alicloud_oss_bucket" "b" {
  bucket = "gov"
  acl    = var.acl
}`),
    );
    const change = changes(plan).get("alicloud_oss_bucket.b")?.change as Record<string, Record<string, unknown>>;
    expect(change.after_unknown).toEqual({ acl: true });
    expect(plan.variables).toEqual({});
    expect(unverifiable(plan)).toEqual([]);
  });

  test("the plan survives slimPlan with the bundle's vocabulary", async () => {
    const plan = planFromConfig(await rootOf(ruleWith("local.rules", `rules = { vendor = "0.0.0.0/0" }`)));
    const slim = slimPlan(JSON.parse(JSON.stringify(plan)) as Record<string, unknown>, new Set(["cidr_ip"]));
    expect((slim.resource_changes as { change: { after: unknown } }[]).map((c) => c.change.after)).toContainEqual({ cidr_ip: "0.0.0.0/0" });
  });
});
