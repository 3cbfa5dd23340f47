// A cap refusal through the real CLI: exit 2, one line, naming the file and line of the block
// whose count or for_each was refused (the folder when the cap is inside an expression), with a
// Chinese half written in Chinese and an English half in English.
import * as fs from "node:fs";
import * as path from "node:path";
import { MAX_COLLECTION_ELEMENTS } from "../src/hcl/caps";
import { MAX_INSTANCES_PER_BLOCK } from "../src/evaluate/caps";
import { runCli, tempDir } from "./helpers";

let root: string;
beforeAll(() => {
  root = tempDir("govguard-cap-messages-");
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const PROVIDER = 'provider "alicloud" {\n  region = "cn-hangzhou"\n}\n\n';

function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(root, name);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** The one line a refusal prints, split into the file it names and its two halves. */
function refusal(target: string): { file: string; zh: string; en: string } {
  const r = runCli(["check", target]);
  expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 2, stdout: "" });
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  const m = /^govguard: (.+?): (.*[\u4e00-\u9fff].*) \/ ([ -~]+)$/.exec(lines[0]);
  expect(m).not.toBeNull();
  const [, file, zh, en] = m as RegExpExecArray;
  return { file, zh, en };
}

/** The Chinese half, once the names taken from the input and the constructs are removed, holds no
 * English: no unit, no "limit", no letter at all. */
function expectChinese(zh: string, names: string[]): void {
  for (const word of ["instances", "elements", "characters", "limit", "per ", "exceeds"]) expect(zh).not.toContain(word);
  let rest = zh;
  for (const name of names) rest = rest.split(name).join("");
  expect(rest).not.toMatch(/[A-Za-z]/);
}

test("count = 100000 names main.tf and the line of the resource, in both languages", () => {
  const dir = folder("count", {
    "main.tf": PROVIDER + 'resource "alicloud_log_store" "s" {\n  count   = 100000\n  project = "p"\n  name    = "s"\n}\n',
  });
  const { file, zh, en } = refusal(dir);
  expect(file).toBe(path.join(dir, "main.tf"));
  expect(zh).toBe(`第 5 行：alicloud_log_store.s 的 count 超出上限：100000 个实例（上限为每个资源或模块 ${MAX_INSTANCES_PER_BLOCK} 个实例）`);
  expect(en).toBe(`line 5: count of alicloud_log_store.s exceeds a limit: 100000 instances (limit ${MAX_INSTANCES_PER_BLOCK} instances per resource or module)`);
  expectChinese(zh, ["alicloud_log_store.s", "count"]);
});

test("count of a module call and of a resource in a called module name their own files", () => {
  const call = folder("module-call", {
    "main.tf": PROVIDER + 'module "m" {\n  source = "./m"\n  count  = 20000\n}\n',
    "m/main.tf": 'resource "alicloud_oss_bucket" "b" {\n  bucket = "b"\n}\n',
  });
  const a = refusal(call);
  expect(a.file).toBe(path.join(call, "main.tf"));
  expect(a.en).toMatch(/^line 5: count of module\.m exceeds a limit: 20000 instances/);
  expectChinese(a.zh, ["module.m", "count"]);

  const inner = folder("module-resource", {
    "main.tf": PROVIDER + 'module "m" {\n  source = "./m"\n}\n',
    "m/main.tf": '\nresource "alicloud_oss_bucket" "b" {\n  for_each = toset([for i in range(3) : tostring(i)])\n  bucket   = "b"\n}\n\nresource "alicloud_oss_bucket" "c" {\n  count  = 10001\n  bucket = "c"\n}\n',
  });
  const b = refusal(inner);
  expect(b.file).toBe(path.join(inner, "m", "main.tf"));
  expect(b.zh).toMatch(/^第 7 行：module\.m\.alicloud_oss_bucket\.c 的 count 超出上限：10001 个实例/);
  expect(b.en).toMatch(/^line 7: count of module\.m\.alicloud_oss_bucket\.c exceeds a limit: 10001 instances/);
});

test("range(10000000) in a local names the folder and the construct, in both languages", () => {
  const dir = folder("range", {
    "main.tf": PROVIDER + 'locals {\n  xs = range(10000000)\n}\n\nresource "alicloud_oss_bucket" "b" {\n  bucket = "b-${length(local.xs)}"\n}\n',
  });
  const { file, zh, en } = refusal(dir);
  expect(file).toBe(dir);
  expect(zh).toBe(`range() 超出上限：10000000 个元素（上限为每个集合 ${MAX_COLLECTION_ELEMENTS} 个元素）`);
  expect(en).toBe(`range() exceeds a limit: 10000000 elements (limit ${MAX_COLLECTION_ELEMENTS} elements per collection)`);
  expectChinese(zh, ["range()"]);
});

test("dynamic blocks beyond the per-configuration cap name the resource that generated the last of them", () => {
  // Resources are evaluated in name order: g0, g1, g10, g2, …; g9 (the 11th) reaches the cap.
  let main = PROVIDER.trimEnd() + "\n";
  for (let i = 0; i <= 10; i++) {
    main += `\nresource "alicloud_security_group" "g${i}" {\n  name = "g"\n  dynamic "rule" {\n    for_each = range(${MAX_COLLECTION_ELEMENTS})\n    content {\n      port = rule.value\n    }\n  }\n}\n`;
  }
  const dir = folder("dynamic", { "main.tf": main });
  const { file, zh, en } = refusal(dir);
  expect(file).toBe(path.join(dir, "main.tf"));
  expect(zh).toMatch(/^第 95 行：dynamic "rule" 超出上限：合计生成 \d+ 个块（上限为每个配置 \d+ 个块）$/);
  expect(en).toMatch(/^line 95: dynamic "rule" exceeds a limit: \d+ generated blocks in total \(limit \d+ blocks per configuration\)$/);
  expectChinese(zh, ['dynamic "rule"']);
});
