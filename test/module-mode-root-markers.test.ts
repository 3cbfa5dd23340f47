// Module mode is a claim the author makes; what only a root module has (a backend or cloud block,
// a variables file Terraform loads by itself) refutes it. Terraform ignores a called module's
// backend ("Backend configuration ignored"), so only the root's count. Plans govguard evaluated
// carry a govguard_input section; a file read from disk that carries one is refused.
import * as fs from "node:fs";
import * as path from "node:path";
import { loadConfigTree } from "../src/inputs/config-tree";
import { fixtures, opaEvalReport, runCli, tempDir } from "./helpers";

const disk = 'resource "alicloud_ecs_disk" "d" {\n  zone_id   = "cn-hangzhou-h"\n  size      = 20\n  encrypted = true\n}\n';
const backend = 'terraform {\n  backend "oss" {\n    bucket = "tfstate"\n  }\n}\n';
const env = { GOVGUARD_TODAY: "2026-11-21", NO_COLOR: "1" };
let dir: string;

beforeEach(() => {
  dir = tempDir("govguard-root-markers-");
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}

describe("the reader records what only a root module has", () => {
  test("the root's backend block and variables files, with the file each is written in", async () => {
    write({ "main.tf": disk, "backend.tf": backend, "prod.auto.tfvars": "", "terraform.tfvars.json": "{}" });
    const tree = await loadConfigTree(dir);
    expect(tree.rootMarkers).toEqual([
      { file: "backend.tf", line: 1, marker: 'backend "oss"' },
      { file: "terraform.tfvars.json", marker: "tfvars" },
      { file: "prod.auto.tfvars", marker: "tfvars" },
    ]);
  });

  test("a called module's backend block is not the root's; lock files and .terraform/ are no markers", async () => {
    write({
      "main.tf": disk + 'module "child" {\n  source = "./child"\n}\n',
      "child/main.tf": disk,
      "child/backend.tf": backend,
      "child/terraform.tfvars": "",
      ".terraform.lock.hcl": "# lock\n",
      ".terraform/terraform.tfstate": "{}",
    });
    const tree = await loadConfigTree(dir);
    expect(tree.modules.has("module.child")).toBe(true);
    expect(tree.rootMarkers).toEqual([]);
    const r = runCli(["check", "--module", "--format", "json", dir], { env });
    // Judged (its disks lack classification tags), not refused.
    expect([r.status, r.stderr]).toEqual([1, ""]);
    expect((JSON.parse(r.stdout) as { mode: string }).mode).toBe("module");
  });
});

describe("opa eval refuses module mode for a root as the CLI does", () => {
  test("the document `govguard input` prints for a folder with a backend block", () => {
    write({ "main.tf": disk, "backend.tf": backend });
    const printed = runCli(["input", dir], { env });
    expect([printed.status, printed.stderr]).toEqual([0, ""]);
    const root = opaEvalReport(Buffer.from(printed.stdout));
    expect(root.errors).toEqual([]);
    const module = opaEvalReport(Buffer.from(printed.stdout), { input: { kind: "module" } });
    expect(module.errors.map((e) => e.code)).toEqual(["module_mode_on_root"]);
    expect(module.errors[0].message.en).toMatch(/backend\.tf.*backend "oss"/);
    expect(module.errors[0].message.zh).toMatch(/backend\.tf/);
  });

  test("hcl2json output of a folder with a cloud block", () => {
    const doc = { terraform: [{ cloud: [{ organization: "gov" }] }], resource: { alicloud_vpc: { v: [{ cidr_block: "10.0.0.0/16" }] } } };
    expect(opaEvalReport(doc).errors).toEqual([]);
    const module = opaEvalReport(doc, { input: { kind: "module" } });
    expect(module.errors.map((e) => e.code)).toEqual(["module_mode_on_root"]);
    expect(module.errors[0].message.en).toMatch(/cloud/);
  });
});

describe("a file from disk carrying govguard_input is refused wherever govguard reads it", () => {
  test("govguard input and check both refuse it, naming the file and the section", () => {
    const plan = JSON.parse(fs.readFileSync(path.join(fixtures, "cli", "provider_only", "plan.json"), "utf8")) as Record<string, unknown>;
    fs.writeFileSync(path.join(dir, "plan.json"), JSON.stringify({ ...plan, govguard_input: { flavour: "plan", unverifiable: [] } }));
    for (const args of [["input"], ["check"]]) {
      const r = runCli([...args, "plan.json"], { cwd: dir, env });
      expect([r.status, r.stdout]).toEqual([2, ""]);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(/plan\.json.*govguard_input/);
    }
  });
});
