// Findings inside local modules point at the resource's own file and line (issue 15, item 6),
// whatever calls the module: a .tf root, an example two folders down (`source = "../../"`), a
// module instance of count or for_each, a module inside a module, and a cdk.tf.json root.
import * as fs from "node:fs";
import * as path from "node:path";
import { runCli, tempDir } from "./helpers";

interface Finding {
  control: string;
  resource: string;
  location: { file: string; line: number };
  locations?: unknown;
}

const PROVIDER = 'provider "alicloud" {\n  region = "cn-hangzhou"\n}\n';
// The bucket's block starts on line 7 of its file, after a variable and blank lines.
const MODULE = ['variable "name" {', '  default = "x"', "}", "", "# a public bucket", "", 'resource "alicloud_oss_bucket" "b" {', "  bucket = var.name", '  acl    = "public-read"', "}", ""].join("\n");

let dir: string;
beforeAll(() => {
  dir = tempDir("govguard-locations-");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(root: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
}

/** The locations of the A22.1 findings, by resource. */
function locations(target: string): Record<string, { file: string; line: number }> {
  const run = runCli(["check", target, "--format", "json"]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(1);
  const findings = (JSON.parse(run.stdout) as { findings: Finding[] }).findings.filter((f) => f.control === "A22.1");
  expect(findings.length).toBeGreaterThan(0);
  return Object.fromEntries(findings.map((f) => [f.resource, f.location]));
}

test("a resource in ./modules/x is located in modules/x/main.tf at its block, for every instance", () => {
  const root = path.join(dir, "root");
  write(root, {
    "main.tf": [PROVIDER, 'module "x" {', '  source = "./modules/x"', "}", 'module "many" {', '  source = "./modules/x"', "  count  = 2", "}", 'module "keyed" {', '  source   = "./modules/outer"', '  for_each = toset(["a"])', "}", ""].join("\n"),
    "modules/x/main.tf": MODULE,
    "modules/outer/main.tf": 'module "inner" {\n  source = "../x"\n}\n',
  });
  const at = { file: path.join(root, "modules", "x", "main.tf"), line: 7 };
  expect(locations(root)).toEqual({
    "module.x.alicloud_oss_bucket.b": at,
    "module.many[0].alicloud_oss_bucket.b": at,
    "module.many[1].alicloud_oss_bucket.b": at,
    'module.keyed["a"].module.inner.alicloud_oss_bucket.b': at,
  });
});

test("an example calling its module two folders up points into the module, not at the example", () => {
  const repo = path.join(dir, "repo");
  write(repo, { "main.tf": MODULE, "examples/complete/main.tf": PROVIDER + 'module "this" {\n  source = "../../"\n}\n' });
  expect(locations(path.join(repo, "examples", "complete"))).toEqual({ "module.this.alicloud_oss_bucket.b": { file: path.join(repo, "main.tf"), line: 7 } });
});

test("a module in its second file, called from cdk.tf.json", () => {
  const stack = path.join(dir, "stack");
  write(stack, {
    "cdk.tf.json": JSON.stringify({ provider: { alicloud: [{ region: "cn-hangzhou" }] }, module: { site: { source: "./site" } } }, null, 2),
    "site/variables.tf": 'variable "unused" {\n  default = 1\n}\n',
    "site/main.tf": MODULE,
  });
  expect(locations(path.join(stack, "cdk.tf.json"))).toEqual({ "module.site.alicloud_oss_bucket.b": { file: path.join(stack, "site", "main.tf"), line: 7 } });
});
