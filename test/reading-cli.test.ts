// Reading .tf, *.tf.json and cdk.tf.json through the real CLI (node bin/govguard.js after
// npm run build): every resource an author writes is judged, whatever it is called and however the
// files are arranged; what Terraform refuses, or what cannot be read at a bounded cost, is exit 2
// with one line naming the file.
import * as fs from "node:fs";
import * as path from "node:path";
import { CliRun, runCli, tempDir } from "./helpers";

/** Every name a plain JavaScript object treats specially. */
const INTERNAL_NAMES = [...Object.getOwnPropertyNames(Object.prototype), "prototype"].sort();

interface Finding {
  control: string;
  resource: string;
  message: { en: string };
}

function write(dir: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function check(target: string): { run: CliRun; findings: Finding[] } {
  const run = runCli(["check", target, "--format", "json"]);
  if (run.status !== 0 && run.status !== 1) return { run, findings: [] };
  return { run, findings: (JSON.parse(run.stdout) as { findings: Finding[] }).findings };
}

/** The resources with a finding of `control` (whose message matches `message`, when given). */
function resourcesWith(findings: Finding[], control: string, message?: RegExp): string[] {
  return findings
    .filter((f) => f.control === control && (message === undefined || message.test(f.message.en)))
    .map((f) => f.resource)
    .sort();
}

const PUBLIC = /public-read/;

function expectInputError(run: CliRun, file: string, problem: RegExp): void {
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.status).toBe(2);
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(problem);
}

const PROVIDER = 'provider "alicloud" {\n  region = "cn-hangzhou"\n}\n';
const publicBucket = (name: string): string => `resource "alicloud_oss_bucket" "${name}" {\n  bucket = "b-${name.replace(/_/g, "x")}"\n  acl    = "public-read"\n}\n`;
const privateBucket = (name: string): string => `resource "alicloud_oss_bucket" "${name}" {\n  bucket = "private-${name}"\n  acl    = "private"\n}\n`;

let dir: string;
beforeEach(() => {
  dir = tempDir("govguard-reading-");
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("no key is special", () => {
  test("a resource named after a JavaScript object internal is judged, across several files", () => {
    const half = Math.ceil(INTERNAL_NAMES.length / 2);
    write(dir, {
      "main.tf": PROVIDER + INTERNAL_NAMES.slice(0, half).map(publicBucket).join(""),
      "more.tf": INTERNAL_NAMES.slice(half).map(publicBucket).join(""),
    });
    const { run, findings } = check(dir);
    expect(run.stderr).toBe("");
    expect(resourcesWith(findings, "A22.1", PUBLIC)).toEqual(INTERNAL_NAMES.map((n) => `alicloud_oss_bucket.${n}`).sort());
  });

  test("a module named after a JavaScript object internal is read", () => {
    write(dir, {
      "main.tf": PROVIDER + INTERNAL_NAMES.map((n) => `module "${n}" {\n  source = "./m"\n}\n`).join(""),
      "m/main.tf": publicBucket("b"),
    });
    const { run, findings } = check(dir);
    expect(run.stderr).toBe("");
    expect(resourcesWith(findings, "A22.1", PUBLIC)).toEqual(INTERNAL_NAMES.map((n) => `module.${n}.alicloud_oss_bucket.b`).sort());
  });

  test("a cdk.tf.json resource named __proto__ is judged", () => {
    const file = path.join(dir, "cdk.tf.json");
    fs.writeFileSync(
      file,
      JSON.stringify({
        provider: { alicloud: [{ region: "cn-hangzhou" }] },
        resource: { alicloud_oss_bucket: JSON.parse('{"__proto__": {"bucket": "p", "acl": "public-read"}, "constructor": {"bucket": "c", "acl": "public-read"}}') },
      }),
    );
    const { findings } = check(file);
    expect(resourcesWith(findings, "A22.1", PUBLIC)).toEqual(["alicloud_oss_bucket.__proto__", "alicloud_oss_bucket.constructor"]);
  });
});

describe("Terraform's file set and overrides", () => {
  test("a file Terraform ignores (.monitoring.tf) does not satisfy a control", () => {
    write(dir, {
      "main.tf": PROVIDER + privateBucket("data"),
      ".monitoring.tf": 'resource "alicloud_cms_alarm" "a" {\n  name = "a"\n  contact_groups = ["ops"]\n}\n',
      "#alarm.tf#": 'resource "alicloud_cms_alarm" "b" {\n  name = "b"\n  contact_groups = ["ops"]\n}\n',
      "alarm.tf~": 'resource "alicloud_cms_alarm" "c" {\n  name = "c"\n  contact_groups = ["ops"]\n}\n',
    });
    const { findings } = check(dir);
    expect(resourcesWith(findings, "A36.1")).toEqual(["(stack)"]);
  });

  test("override.tf replaces an attribute: a bucket made public there is judged public", () => {
    write(dir, {
      "main.tf": PROVIDER + privateBucket("data"),
      "override.tf": 'resource "alicloud_oss_bucket" "data" {\n  acl = "public-read"\n}\n',
    });
    const { findings } = check(dir);
    expect(resourcesWith(findings, "A22.1", PUBLIC)).toEqual(["alicloud_oss_bucket.data"]);
  });

  test("a _override.tf.json is merged last, after the primary files", () => {
    write(dir, {
      "main.tf": PROVIDER + privateBucket("data"),
      "z_override.tf.json": JSON.stringify({ resource: { alicloud_oss_bucket: { data: { acl: "public-read" } } } }),
    });
    const { findings } = check(dir);
    expect(resourcesWith(findings, "A22.1", PUBLIC)).toEqual(["alicloud_oss_bucket.data"]);
  });

  test("a folder holding cdk.tf.json and .tf files is one module: both are read", () => {
    write(dir, {
      "cdk.tf.json": JSON.stringify({ provider: { alicloud: [{ region: "cn-hangzhou" }] }, resource: { alicloud_oss_bucket: { a: { bucket: "a", acl: "private" } } } }),
      "extra.tf": publicBucket("extra"),
    });
    const { findings } = check(dir);
    expect(resourcesWith(findings, "A22.1", PUBLIC)).toEqual(["alicloud_oss_bucket.extra"]);
    expect(resourcesWith(findings, "A22.1")).toEqual(["alicloud_oss_bucket.a", "alicloud_oss_bucket.extra"]);
  });

  test("the same resource declared in two files is refused, as Terraform refuses it", () => {
    write(dir, { "main.tf": PROVIDER + privateBucket("data"), "b.tf": publicBucket("data") });
    const { run } = check(dir);
    expectInputError(run, "b.tf", /alicloud_oss_bucket\.data/);
  });
});

describe("module sources", () => {
  test("a registry module installed by terraform init is read from .terraform/modules/modules.json", () => {
    write(dir, {
      "main.tf": PROVIDER + 'module "store" {\n  source  = "example/store/alicloud"\n  version = "1.0.0"\n}\n',
      ".terraform/modules/modules.json": JSON.stringify({
        Modules: [
          { Key: "", Source: "", Dir: "." },
          { Key: "store", Source: "registry.terraform.io/example/store/alicloud", Version: "1.0.0", Dir: ".terraform/modules/store" },
        ],
      }),
      ".terraform/modules/store/main.tf": publicBucket("b"),
    });
    const { findings } = check(dir);
    expect(resourcesWith(findings, "A22.1", PUBLIC)).toEqual(["module.store.alicloud_oss_bucket.b"]);
  });
});

describe("Terraform's JSON syntax", () => {
  const cdk = (text: string): string => {
    const file = path.join(dir, "cdk.tf.json");
    fs.writeFileSync(file, text);
    return file;
  };

  test("a repeated argument is refused, naming the file, the key and its line", () => {
    const file = cdk('{\n"provider": {"alicloud": [{"region": "cn-hangzhou"}]},\n"resource": {"alicloud_oss_bucket": {"d": {\n  "bucket": "d",\n  "acl": "public-read",\n  "acl": "private"\n}}}\n}\n');
    const { run } = check(file);
    expectInputError(run, file, /"acl".*line 6|line 6.*"acl"/);
  });

  test("a repeated block type accumulates: both resource properties are read", () => {
    const file = cdk(
      '{"provider": {"alicloud": [{"region": "cn-hangzhou"}]},\n' +
        '"resource": {"alicloud_oss_bucket": {"a": {"bucket": "a", "acl": "public-read"}}},\n' +
        '"resource": {"alicloud_oss_bucket": {"b": {"bucket": "b", "acl": "public-read"}}}}\n',
    );
    const { findings } = check(file);
    expect(resourcesWith(findings, "A22.1", PUBLIC)).toEqual(["alicloud_oss_bucket.a", "alicloud_oss_bucket.b"]);
  });

  test("an array of objects is the merged object, at every level the spec allows", () => {
    const file = cdk(
      JSON.stringify({
        provider: [{ alicloud: { region: "cn-hangzhou" } }],
        resource: [{ alicloud_oss_bucket: [{ a: { bucket: "a", acl: "public-read" } }, { b: [{ bucket: "b" }, { acl: "public-read" }] }] }],
      }).replace('[{"bucket":"b"},{"acl":"public-read"}]', '[[{"bucket":"b"},{"acl":"public-read"}]]'),
    );
    const { findings } = check(file);
    expect(resourcesWith(findings, "A22.1", PUBLIC)).toEqual(["alicloud_oss_bucket.a", "alicloud_oss_bucket.b"]);
  });

  test("a lone surrogate is an input error naming the file", () => {
    const file = cdk('{"resource": {"alicloud_oss_bucket": {"d": {"bucket": "\\ud800", "acl": "public-read"}}}}');
    expectInputError(check(file).run, file, /surrogate/);
  });

  test("invalid UTF-8 is an input error naming the file", () => {
    const file = path.join(dir, "cdk.tf.json");
    fs.writeFileSync(file, Buffer.concat([Buffer.from('{"resource": {"alicloud_oss_bucket": {"d": {"bucket": "'), Buffer.from([0xc3, 0x28]), Buffer.from('"}}}}')]));
    expectInputError(check(file).run, file, /UTF-8/);
  });

  test("nesting deeper than the cap is an input error naming the file", () => {
    const file = cdk(`{"resource": {"alicloud_oss_bucket": {"d": {"tags": ${"[".repeat(100000)}${"]".repeat(100000)}}}}}`);
    expectInputError(check(file).run, file, /nest/);
  });
});

describe("bounded parse cost of .tf", () => {
  test("a numeric literal with a huge exponent is refused, naming file, line and cap", () => {
    write(dir, { "main.tf": PROVIDER + 'locals {\n  n = 1e1000000\n}\n' });
    expectInputError(check(dir).run, "main.tf", /line 5.*1e1000000|1e1000000.*line 5/);
  });

  test("a number beyond a 64-bit float, which hcl2json turns into null, is refused", () => {
    write(dir, { "main.tf": PROVIDER + 'resource "alicloud_oss_bucket" "d" {\n  bucket = "d"\n  count = 2e308\n}\n' });
    expectInputError(check(dir).run, "main.tf", /line 6.*2e308.*64-bit/);
  });

  test("nesting 100k deep is refused, naming file, line and cap", () => {
    write(dir, { "main.tf": PROVIDER + `locals {\n  n = ${"[".repeat(100000)}${"]".repeat(100000)}\n}\n` });
    expectInputError(check(dir).run, "main.tf", /line 5.*nest|nest.*line 5/);
  });

  test("the same literal inside a string or a comment is text, not a number", () => {
    write(dir, { "main.tf": PROVIDER + '# 1e1000000\nlocals {\n  n = "1e1000000 ${"[[[["}"\n  h = <<EOT\n1e1000000 }}}\nEOT\n}\n' + publicBucket("d") });
    const { run, findings } = check(dir);
    expect(run.stderr).toBe("");
    expect(resourcesWith(findings, "A22.1", PUBLIC)).toEqual(["alicloud_oss_bucket.d"]);
  });
});
