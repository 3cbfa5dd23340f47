// Hostile and broken input through the CLI, as a pipeline would meet it: every case either gets a
// correct result (exit 0 or 1) or one line on stderr with exit 2; never a stack trace, never a
// pass for something that was not checked, and never a value the plan marks sensitive.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { generatePlan } from "../bench/generate-plan";
import { evaluateDocuments } from "../src/engine";
import { readBundle } from "../src/engine/bundle";
import { PolicyEvaluator } from "../src/engine/policy";
import { InputError } from "../src/errors";
import { jsonDocument } from "../src/inputs/discover";
import { CliRun, fixtures, runCli, tempDir } from "./helpers";

const sensitiveFixture = path.join(fixtures, "hostile", "sensitive");
const SECRETS = ["198.51.100.0/24", "198.51.100", "Leak-Canary-Pw-91"];

function expectOneLineError(r: CliRun, file: string, problem: RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(problem);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

function expectNoStackTrace(r: CliRun): void {
  expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  expect(r.stdout).not.toMatch(/\bat .*\.js:\d+/);
}

function plan(resourceChanges: unknown[], extra: Record<string, unknown> = {}): object {
  return {
    format_version: "1.2",
    terraform_version: "1.5.7",
    planned_values: { root_module: {} },
    resource_changes: resourceChanges,
    configuration: {
      provider_config: { alicloud: { name: "alicloud", full_name: "registry.terraform.io/aliyun/alicloud", expressions: { region: { constant_value: "cn-hangzhou" } } } },
      root_module: {},
    },
    ...extra,
  };
}

function change(address: string, type: string, after: Record<string, unknown>, moduleAddress?: string): object {
  const name = address.split(".").pop() as string;
  return {
    address,
    ...(moduleAddress ? { module_address: moduleAddress } : {}),
    mode: "managed",
    type,
    name,
    provider_name: "registry.terraform.io/aliyun/alicloud",
    change: { actions: ["create"], before: null, after, after_unknown: {}, before_sensitive: false, after_sensitive: {} },
  };
}

let dir: string;
beforeAll(() => {
  dir = tempDir("govguard-hostile-");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | object): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

describe("files that are not what they claim", () => {
  test("a FIFO is refused instead of blocking the pipeline", () => {
    const fifo = path.join(dir, "fifo.json");
    execFileSync("mkfifo", [fifo]);
    expectOneLineError(runCli(["check", fifo]), fifo, /not a regular file/);
  });

  // A plan of any size is read element by element (src/inputs/plan-index.ts), so a huge file is no
  // longer refused by its size: 600 MiB of NUL bytes is refused at its first byte.
  test("a file of hundreds of megabytes that is not JSON is refused at its first byte", () => {
    const huge = path.join(dir, "huge.json");
    const fd = fs.openSync(huge, "w");
    fs.ftruncateSync(fd, 600 * 1024 * 1024); // sparse: no disk is written
    fs.closeSync(fd);
    expectOneLineError(runCli(["check", huge]), huge, /not valid JSON.*line 1/);
  });

  // A folder of plans reads every .json in it: one that is not a regular file is named, not
  // skipped, as it is when given on the command line.
  test("a folder of plans holding a FIFO, a link to a device or a folder named .json is refused, naming it", () => {
    const good = fs.readFileSync(path.join(fixtures, "a23_1", "compliant", "plan.json"));
    const cases: [string, (entry: string) => void, RegExp][] = [
      ["b-fifo.json", (entry) => execFileSync("mkfifo", [entry]), /not a regular file/],
      ["b-device.json", (entry) => fs.symlinkSync("/dev/null", entry), /not a regular file/],
      ["b-folder.json", (entry) => fs.mkdirSync(entry), /directory/],
    ];
    for (const [name, make, problem] of cases) {
      const folder = path.join(dir, `plans-${name}`);
      fs.mkdirSync(folder);
      fs.writeFileSync(path.join(folder, "a.json"), good);
      fs.writeFileSync(path.join(folder, "c.json"), good);
      const entry = path.join(folder, name);
      make(entry);
      for (const jobs of ["1", "2"]) expectOneLineError(runCli(["check", "--jobs", jobs, folder]), entry, problem);
    }
  });

  test("a dangling symlink and a symlink loop", () => {
    const dangling = path.join(dir, "dangling.json");
    fs.symlinkSync(path.join(dir, "nowhere.json"), dangling);
    expectOneLineError(runCli(["check", dangling]), dangling, /no such file or directory/);
    const a = path.join(dir, "loop-a");
    const b = path.join(dir, "loop-b");
    fs.symlinkSync(b, a);
    fs.symlinkSync(a, b);
    expectOneLineError(runCli(["check", a]), a, /too many levels of symbolic links/);
  });

  test("UTF-16 text instead of UTF-8", () => {
    const utf16 = write("utf16.json", "");
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"planned_values":{}}', "utf16le")]));
    const r = runCli(["check", utf16]);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expectNoStackTrace(r);
  });

  test("a plan whose resource addresses are not strings", () => {
    const file = write("bad-address.json", plan([{ ...change("alicloud_oss_bucket.b", "alicloud_oss_bucket", {}), address: 7 }]));
    expectOneLineError(runCli(["check", file]), file, /resource_changes\[0\]\.address is not a string; the file does not follow Terraform's plan JSON format/);
  });

  test("one bad input among good ones fails the whole run, not just that input", () => {
    const good = path.join(fixtures, "a23_1", "compliant", "plan.json");
    const bad = write("half.json", '{"format_version": "1.2", "resource_changes": [');
    expectOneLineError(runCli(["check", good, bad]), bad, /truncated/);
  });
});

describe("valid input that is unusual", () => {
  test("an empty plan passes and says nothing was there to check", () => {
    const file = write("empty-plan.json", { format_version: "1.2", terraform_version: "1.5.7", planned_values: { root_module: {} }, configuration: { root_module: {} } });
    const r = runCli(["check", file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("no alicloud provider configuration found, so there was nothing to check");
    const json = JSON.parse(runCli(["check", "--format", "json", file]).stdout);
    expect(json.inputs[0].notes.map((n: { en: string }) => n.en)).toContain("no alicloud provider configuration found, so there was nothing to check");
  });

  test("unknown resource types, alicloud and foreign, are passed over while known ones are judged", () => {
    const file = write(
      "unknown-types.json",
      plan([
        change("alicloud_quantum_widget.w", "alicloud_quantum_widget", { anything: { nested: [1, 2] } }),
        change("acme_thing.t", "acme_thing", { acl: "public-read" }),
        change("alicloud_log_store.short", "alicloud_log_store", { project_name: "p", logstore_name: "s", retention_period: 30 }),
      ]),
    );
    const r = runCli(["check", "--format", "json", file]);
    expect(r.status).toBe(1);
    const findings = JSON.parse(r.stdout).findings as { control: string; resource: string }[];
    expect(findings.filter((f) => f.resource !== "(stack)").map((f) => f.resource)).not.toContain("alicloud_quantum_widget.w");
    expect(findings.map((f) => f.resource)).not.toContain("acme_thing.t");
    expect(findings).toContainEqual(expect.objectContaining({ control: "A20.1", resource: "alicloud_log_store.short" }));
  });

  test("a resource forty modules deep is found and addressed in full", () => {
    const depth = 40;
    const modulePath = Array.from({ length: depth }, (_, i) => `module.m${i}`).join(".");
    const address = `${modulePath}.alicloud_log_store.deep`;
    let moduleConfig: Record<string, unknown> = { resources: [{ address: "alicloud_log_store.deep", mode: "managed", type: "alicloud_log_store", name: "deep", provider_config_key: "alicloud", expressions: { retention_period: { constant_value: 30 } } }] };
    for (let i = depth - 1; i >= 0; i--) moduleConfig = { module_calls: { [`m${i}`]: { source: `./m${i}`, module: moduleConfig } } };
    const doc = plan([change(address, "alicloud_log_store", { project_name: "p", logstore_name: "deep", retention_period: 30 }, modulePath)]);
    (doc as { configuration: { root_module: unknown } }).configuration.root_module = moduleConfig;
    const file = write("deep.json", doc);
    const r = runCli(["check", "--format", "json", file]);
    expectNoStackTrace(r);
    expect(r.status).toBe(1);
    const findings = JSON.parse(r.stdout).findings as { control: string; resource: string }[];
    expect(findings).toContainEqual(expect.objectContaining({ control: "A20.1", resource: address }));
  });

  test("a folder of .tf files and JSON files reads the .tf and names the JSON files it did not read", () => {
    const folder = path.join(dir, "mixed");
    fs.mkdirSync(folder);
    fs.copyFileSync(path.join(sensitiveFixture, "main.tf"), path.join(folder, "main.tf"));
    fs.copyFileSync(path.join(sensitiveFixture, "plan.json"), path.join(folder, "plan.json"));
    const r = runCli(["check", "--format", "json", folder]);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.inputs.map((i: { kind: string }) => i.kind)).toEqual(["hcl"]);
    expect(report.inputs[0].notes.map((n: { en: string }) => n.en)).toContain(
      "the folder also holds files that were not read: plan.json; pass them as arguments of their own to check them",
    );
  });
});

describe("values the plan marks sensitive", () => {
  const inputs = [path.join(sensitiveFixture, "plan.json"), sensitiveFixture];

  test("the fixture really holds the values, so the test can fail", () => {
    const planText = fs.readFileSync(inputs[0], "utf8");
    for (const secret of SECRETS) expect(planText).toContain(secret);
    const parsed = JSON.parse(planText);
    expect(parsed.resource_changes.find((c: { address: string }) => c.address === "alicloud_security_group_rule.ssh").change.after_sensitive).toEqual({ cidr_ip: true });
  });

  test.each(inputs)("never appear in any format or the record, while the findings they cause are reported (%s)", (input) => {
    const out = tempDir("govguard-leak-");
    try {
      const formats = ["text", "json", "sarif", "junit", "markdown", "html"];
      const args = ["check", "--record", path.join(out, "record.json")];
      for (const f of formats) args.push("--format", f, "--output", path.join(out, `report.${f}`));
      const r = runCli([...args, input]);
      expect(r.status).toBe(1);
      for (const secret of SECRETS) expect(r.stdout + r.stderr).not.toContain(secret);
      for (const name of fs.readdirSync(out)) {
        const text = fs.readFileSync(path.join(out, name), "utf8");
        expect(text.length).toBeGreaterThan(0);
        for (const secret of SECRETS) expect({ name, leaked: text.includes(secret) }).toEqual({ name, leaked: false });
      }
      const report = JSON.parse(fs.readFileSync(path.join(out, "report.json"), "utf8"));
      const messages = report.findings.map((f: { control: string; resource: string; message: { en: string } }) => [f.control, f.resource, f.message.en]);
      expect(messages).toContainEqual([
        "A19.1",
        "alicloud_security_group_rule.ssh",
        "administration port(s) 22 open to (sensitive), which is outside the admin allow-list (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16)",
      ]);
      expect(messages).toContainEqual(["A19.3", "alicloud_db_instance.db", "security_ips includes (sensitive), outside the internal and admin ranges"]);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});

test("a plan too large for the wasm memory is a one-line input error, not an internal error", () => {
  const bundle = readBundle();
  const doc = jsonDocument("big-plan.json", generatePlan({ resources: 2000, seed: 7, violationRate: 0.1 }), undefined, { attributes: bundle.attributes });
  // A real evaluator whose memory is capped far below what this plan needs (about 27 bytes per
  // byte) stands in for a plan of several hundred megabytes against wasm32's 4 GiB.
  const evaluator = new PolicyEvaluator(bundle, {}, { maxMemoryBytes: 16 * 1024 * 1024 });
  expect(() => evaluateDocuments(evaluator, [doc])).toThrow(InputError);
  expect(() => evaluateDocuments(evaluator, [doc])).toThrow(/^big-plan\.json: too large to evaluate within wasm's 4 GiB of memory \(\d+ MiB after slimming\)/);
});
