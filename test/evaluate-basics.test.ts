// The synthetic plan's basics: literals, variables (tfvars over defaults), locals, references to
// other resources, data sources and module outputs, meta-arguments, and the references plan JSON
// `configuration` carries (links between resources read them).
import { planFromConfig } from "../src/evaluate";
import { planShapeProblem } from "../src/inputs/plan-shape";
import { after, changes, rootOf, treeOf } from "./evaluate-tree";

type Obj = Record<string, unknown>;

describe("planFromConfig basics", () => {
  test("literal attributes and a template with a known variable", async () => {
    const tree = await rootOf(`
variable "city" { default = "hangzhou" }
resource "alicloud_oss_bucket" "b" {
  bucket = "cn-\${var.city}-data"
  acl    = "private"
  tags   = { a = 1, "b c" = var.city }
}`);
    const plan = planFromConfig(tree);
    expect(after(plan, "alicloud_oss_bucket.b")).toEqual({ bucket: "cn-hangzhou-data", acl: "private", tags: { a: 1, "b c": "hangzhou" } });
    expect(plan.variables).toEqual({ city: { value: "hangzhou" } });
    expect(planShapeProblem(plan)).toBeUndefined();
    expect(plan).toMatchObject({ format_version: "1.2", govguard_input: { flavour: "terraform", unverifiable: [] } });
  });

  test("tfvars override defaults; types convert as declared", async () => {
    const plan = planFromConfig(
      await rootOf(
        `
variable "acl" { default = "public-read" }
variable "days" { type = number }
variable "names" { type = set(string) }
resource "alicloud_oss_bucket" "b" {
  for_each = var.names
  bucket   = each.key
  acl      = var.acl
  days     = var.days + 1
}`,
        { tfvars: { acl: "private", days: "29", names: ["b", "a", "b"] } },
      ),
    );
    expect([...changes(plan).keys()]).toEqual(['alicloud_oss_bucket.b["a"]', 'alicloud_oss_bucket.b["b"]']);
    expect(after(plan, 'alicloud_oss_bucket.b["a"]')).toEqual({ bucket: "a", acl: "private", days: 30 });
  });

  test("references: arguments set in configuration are known, computed ones are not", async () => {
    const plan = planFromConfig(
      await rootOf(`
data "alicloud_account" "me" {}
data "alicloud_zones" "z" { available_resource_creation = "VSwitch" }
resource "alicloud_log_project" "p" {
  count        = 2
  project_name = "logs-\${count.index}"
}
resource "alicloud_log_store" "s" {
  count        = 2
  project_name = alicloud_log_project.p[count.index].project_name
  logstore_name = "store"
  first        = alicloud_log_project.p[0].id
  all          = alicloud_log_project.p[*].project_name
  account      = data.alicloud_account.me.id
  creation     = data.alicloud_zones.z.available_resource_creation
  where        = path.module
  workspace    = terraform.workspace
}`),
    );
    const change = changes(plan).get("alicloud_log_store.s[1]")?.change as Obj;
    expect(change.after).toEqual({ project_name: "logs-1", logstore_name: "store", all: ["logs-0", "logs-1"], creation: "VSwitch", where: ".", workspace: "default" });
    expect(change.after_unknown).toEqual({ first: true, account: true, all: [false, false] });
    const expressions = (
      (plan.configuration as Obj).root_module as { resources: { address: string; expressions: Obj }[] }
    ).resources.find((r) => r.address === "alicloud_log_store.s")?.expressions;
    expect(expressions).toMatchObject({
      project_name: { references: ["alicloud_log_project.p", "count.index"] },
      first: { references: ["alicloud_log_project.p[0].id", "alicloud_log_project.p[0]", "alicloud_log_project.p"] },
      account: { references: ["data.alicloud_account.me.id", "data.alicloud_account.me"] },
      logstore_name: { constant_value: "store" },
    });
  });

  test("module outputs and arguments flow both ways; meta-arguments never appear in after", async () => {
    const plan = planFromConfig(
      await treeOf({
        "": {
          files: {
            "main.tf": `
module "net" {
  source = "./net"
  cidr   = "10.0.0.0/8"
}
resource "alicloud_security_group_rule" "r" {
  cidr_ip    = module.net.cidr
  depends_on = [module.net]
  provider   = alicloud
  lifecycle {
    prevent_destroy = true
  }
  provisioner "local-exec" {
    command = "echo"
  }
}`,
          },
        },
        "module.net": { dir: "net", files: { "main.tf": `variable "cidr" {}\nlocals {\n  c = var.cidr\n}\noutput "cidr" { value = local.c }` } },
      }),
    );
    expect(after(plan, "alicloud_security_group_rule.r")).toEqual({ cidr_ip: "10.0.0.0/8" });
    const call = ((plan.configuration as Obj).root_module as { module_calls: Record<string, Obj> }).module_calls.net;
    expect(call).toMatchObject({ source: "./net", expressions: { cidr: { constant_value: "10.0.0.0/8" } }, module: { variables: { cidr: {} } } });
  });

  test("a sensitive variable is marked sensitive where it is used", async () => {
    const plan = planFromConfig(
      await rootOf(`
variable "password" {
  default   = "Secret-123456"
  sensitive = true
}
locals { pw = var.password }
resource "alicloud_db_account" "a" {
  account_name     = "app"
  account_password = local.pw
}`),
    );
    expect((changes(plan).get("alicloud_db_account.a")?.change as Obj).after_sensitive).toEqual({ account_password: true });
    expect(((plan.configuration as Obj).root_module as Obj).variables).toEqual({ password: { default: "Secret-123456", sensitive: true } });
  });
});
