// Where reports point for addresses of evaluated configuration: instances of count / for_each
// (any key, even one holding quotes, dots or brackets), resources in module instances, data
// sources and module calls (the addresses A18.1 reports) are found at their block in the .tf file.
import * as fs from "node:fs";
import * as path from "node:path";
import { InputDocument } from "../src/inputs/discover";
import { Locator } from "../src/inputs/locate";
import { tempDir } from "./helpers";

let dir: string;
let locator: Locator;
let jsonLocator: Locator;
const lineOf = (file: string, text: string): number => fs.readFileSync(file, "utf8").split("\n").findIndex((l) => l.trimStart().startsWith(text)) + 1;

beforeAll(() => {
  dir = tempDir("govguard-locate-");
  fs.mkdirSync(path.join(dir, "modules", "site"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "main.tf"),
    [
      'provider "alicloud" {',
      '  region = "cn-hangzhou"',
      "}",
      "",
      '# resource "alicloud_oss_bucket" "logs" in a comment is not the block',
      'resource "alicloud_oss_bucket" "logs" {',
      "  for_each = local.names",
      "}",
      "",
      'data "alicloud_zones" "z" {}',
      "",
      'module "tier" {',
      '  source   = "./modules/site"',
      "  for_each = toset([\"api\", \"web\"])",
      "}",
      "",
      'module "remote" {',
      '  source = "registry.example.com/gov/site/alicloud"',
      "}",
      "",
    ].join("\n"),
  );
  fs.writeFileSync(path.join(dir, "modules", "site", "main.tf"), ['variable "x" {}', "", 'resource "alicloud_oss_bucket" "site" {', '  bucket = "x"', "}", ""].join("\n"));
  const doc: InputDocument = {
    file: dir,
    kind: "hcl",
    content: Buffer.from("{}"),
    sources: [path.join(dir, "main.tf"), path.join(dir, "modules", "site", "main.tf")],
    digests: [],
    moduleDirs: { "": dir, "module.tier": path.join(dir, "modules", "site") },
    notes: [],
  };
  locator = new Locator(doc);
  const json = path.join(dir, "cdk.tf.json");
  fs.writeFileSync(json, JSON.stringify({ resource: { alicloud_oss_bucket: { logs: { bucket: "l" } } }, module: { remote: { source: "x" } } }, null, 2));
  jsonLocator = new Locator({ file: json, kind: "cdktf", content: Buffer.from("{}"), sources: [json], digests: [], notes: [] });
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test.each([
  'alicloud_oss_bucket.logs["a"]',
  'alicloud_oss_bucket.logs["the \\"portal\\" files"]',
  'alicloud_oss_bucket.logs["a]b.c[0]"]',
  "alicloud_oss_bucket.logs[3]",
])("an instance %s is found at its resource block", (address) => {
  const main = path.join(dir, "main.tf");
  expect(locator.locate(address)).toEqual({ file: main, line: lineOf(main, 'resource "alicloud_oss_bucket" "logs"') });
});

test.each(['module.tier["api"].alicloud_oss_bucket.site', 'module.tier["a.b]"].alicloud_oss_bucket.site'])("%s is found in the module's folder", (address) => {
  const file = path.join(dir, "modules", "site", "main.tf");
  expect(locator.locate(address)).toEqual({ file, line: 3 });
});

test("data sources and module calls are found at their blocks", () => {
  const main = path.join(dir, "main.tf");
  expect(locator.locate("data.alicloud_zones.z")).toEqual({ file: main, line: lineOf(main, 'data "alicloud_zones"') });
  expect(locator.locate("module.remote")).toEqual({ file: main, line: lineOf(main, 'module "remote"') });
  expect(locator.locate('module.tier["web"]')).toEqual({ file: main, line: lineOf(main, 'module "tier"') });
});

test("in Terraform JSON, a module call and a keyed instance are found at their keys", () => {
  const json = path.join(dir, "cdk.tf.json");
  expect(jsonLocator.locate("module.remote")).toEqual({ file: json, line: lineOf(json, '"remote"') });
  expect(jsonLocator.locate('alicloud_oss_bucket.logs["x]"]')).toEqual({ file: json, line: lineOf(json, '"logs"') });
});

describe("a plan's resource_changes entries, found by their address key", () => {
  const planText = (changes: string[]): string => ['{"format_version": "1.2",', '"resource_changes": [', changes.join(",\n"), "]}"].join("\n");
  const locate = (text: string, address: string): number => {
    const doc: InputDocument = { file: "plan.json", kind: "plan", content: Buffer.alloc(0), sources: ["plan.json"], digests: [], notes: [], sourceText: Buffer.from(text) };
    return new Locator(doc).locate(address).line;
  };

  test("a key that only ends in an escaped quote and the word address is not the address", () => {
    // Line 3 holds a tag whose key is `x"address` and whose value names the resource on line 4.
    const text = planText(['{"change": {"after": {"tags": {"x\\"address": "alicloud_oss_bucket.b"}}}, "address": "alicloud_oss_bucket.a"}', '{"address": "alicloud_oss_bucket.b"}']);
    expect(JSON.parse(text)).toBeDefined();
    expect(locate(text, "alicloud_oss_bucket.b")).toBe(4);
    expect(locate(text, "alicloud_oss_bucket.a")).toBe(3);
  });

  test("an escaped backslash before the quote leaves it a key's", () => {
    const text = planText(['{"tags": {"x\\\\": "y"}, "address": "alicloud_oss_bucket.a"}', '{"address": "alicloud_oss_bucket.b"}']);
    expect(JSON.parse(text)).toBeDefined();
    expect(locate(text, "alicloud_oss_bucket.a")).toBe(3);
    expect(locate(text, "alicloud_oss_bucket.b")).toBe(4);
  });

  test("with a letter escaped anywhere (every key matched and decoded), a key ending in an escaped quote and address is still not the address", () => {
    // The \u0061 on line 5 sends the locator down its key-by-key path, which took the tag on line 3
    // for b's address and pointed b's findings at a's line.
    const text = planText([
      '{"change": {"after": {"tags": {"x\\"address": "alicloud_oss_bucket.b"}}}, "address": "alicloud_oss_bucket.a"}',
      '{"address": "alicloud_oss_bucket.b"}',
      '{"address": "alicloud_oss_bucket.c", "change": {"after": {"tags": {"k": "\\u0061"}}}}',
    ]);
    expect(JSON.parse(text)).toBeDefined();
    expect(locate(text, "alicloud_oss_bucket.b")).toBe(4);
    expect(locate(text, "alicloud_oss_bucket.a")).toBe(3);
    expect(locate(text, "alicloud_oss_bucket.c")).toBe(5);
  });

  test("a key written with escapes that reads as address is the address, as JSON.parse reads it", () => {
    const text = planText(['{"address": "alicloud_oss_bucket.a"}', '{"addr\\u0065ss": "alicloud_oss_bucket.b"}']);
    expect((JSON.parse(text) as { resource_changes: { address: string }[] }).resource_changes[1].address).toBe("alicloud_oss_bucket.b");
    expect(locate(text, "alicloud_oss_bucket.b")).toBe(4);
  });
});
