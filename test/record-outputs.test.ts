// The assessment record certifies what was judged, and no output (-o/--output, --record) can
// overwrite an input or write through a symbolic link planted at its destination.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { check } from "../src/engine";
import { assessmentRecord } from "../src/report/record";
import { CliRun, fixtures, runCli, tempDir } from "./helpers";

const planFixture = path.join(fixtures, "a23_1", "hongkong", "plan.json");
let dir: string;
let plan: string;
let planBytes: Buffer;

beforeEach(() => {
  dir = tempDir("govguard-record-");
  plan = path.join(dir, "plan.json");
  fs.copyFileSync(planFixture, plan);
  planBytes = fs.readFileSync(plan);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function run(args: string[]): CliRun {
  return runCli(args, { cwd: dir, env: { GOVGUARD_TODAY: "2026-11-21", NO_COLOR: "1" } });
}

function expectRefused(r: CliRun, file: string): void {
  expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 2, stdout: "" });
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(/is an input of this run/);
}

describe("no output overwrites an input", () => {
  test("-o onto the plan being judged is exit 2 and leaves the plan as it was", () => {
    expectRefused(run(["check", "--format", "json", "-o", "plan.json", "plan.json"]), "plan.json");
    expect(fs.readFileSync(plan)).toEqual(planBytes);
  });

  test("--record onto the plan, by another spelling of its path, is refused", () => {
    const other = path.join(dir, "sub", "..", "plan.json");
    fs.mkdirSync(path.join(dir, "sub"));
    expectRefused(run(["check", "--record", other, plan]), other);
    expect(fs.readFileSync(plan)).toEqual(planBytes);
  });

  test("an output through a symlink or a hard link to the plan is refused", () => {
    fs.symlinkSync(plan, path.join(dir, "link.json"));
    expectRefused(run(["check", "--format", "json", "-o", "link.json", plan]), "link.json");
    fs.linkSync(plan, path.join(dir, "hard.json"));
    expectRefused(run(["check", "--format", "sarif", "-o", "hard.json", plan]), "hard.json");
    fs.mkdirSync(path.join(dir, "real"));
    fs.symlinkSync(dir, path.join(dir, "alias"));
    expectRefused(run(["check", "--record", path.join("alias", "plan.json"), plan]), path.join("alias", "plan.json"));
    expect(fs.readFileSync(plan)).toEqual(planBytes);
  });

  test("outputs onto waivers.yaml or govguard.yaml are refused too", () => {
    fs.writeFileSync(path.join(dir, "waivers.yaml"), "[]\n");
    const before = fs.readFileSync(path.join(dir, "waivers.yaml"));
    expectRefused(run(["check", "--format", "junit", "-o", "waivers.yaml", plan]), "waivers.yaml");
    expect(fs.readFileSync(path.join(dir, "waivers.yaml"))).toEqual(before);
  });

  test("two outputs onto the same file are refused before anything is written", () => {
    const r = run(["check", "--format", "json", "-o", "out.json", "--record", "out.json", plan]);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("out.json");
    expect(fs.existsSync(path.join(dir, "out.json"))).toBe(false);
  });
});

describe("outputs do not follow a symlink at their destination", () => {
  test("a symlink to a victim file is replaced by the report; the victim is unchanged", () => {
    const victim = path.join(dir, "victim.txt");
    fs.writeFileSync(victim, "precious\n");
    fs.symlinkSync(victim, path.join(dir, "report.json"));
    fs.symlinkSync(victim, path.join(dir, "record.json"));
    const r = run(["check", "--format", "json", "-o", "report.json", "--record", "record.json", plan]);
    expect(r.status).toBe(1);
    expect(fs.readFileSync(victim, "utf8")).toBe("precious\n");
    for (const name of ["report.json", "record.json"]) {
      expect(fs.lstatSync(path.join(dir, name)).isSymbolicLink()).toBe(false);
      expect(JSON.parse(fs.readFileSync(path.join(dir, name), "utf8"))).toHaveProperty("summary");
    }
  });

  test("a dangling symlink does not create its target", () => {
    const target = path.join(dir, "created-elsewhere.json");
    fs.symlinkSync(target, path.join(dir, "report.json"));
    expect(run(["check", "--format", "json", "-o", "report.json", plan]).status).toBe(1);
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.lstatSync(path.join(dir, "report.json")).isFile()).toBe(true);
  });

  test("init does not write through a symlink either", () => {
    const victim = path.join(dir, "victim.txt");
    fs.writeFileSync(victim, "precious\n");
    fs.symlinkSync(victim, path.join(dir, "govguard.yaml"));
    expect(run(["init", "--force"]).status).toBe(0);
    expect(fs.readFileSync(victim, "utf8")).toBe("precious\n");
    expect(fs.lstatSync(path.join(dir, "govguard.yaml")).isFile()).toBe(true);
  });

  test("an output leaves no temporary file behind", () => {
    expect(run(["check", "--format", "json", "-o", "report.json", "--record", "record.json", plan]).status).toBe(1);
    expect(fs.readdirSync(dir).sort()).toEqual(["plan.json", "record.json", "report.json"]);
  });
});

describe("the record certifies the bytes that were judged", () => {
  test("a plan changed after the run keeps the digest of the bytes judged", async () => {
    const result = await check([plan], { today: "2026-11-21" });
    fs.writeFileSync(plan, "{}\n");
    const record = assessmentRecord(result, "test") as { inputs: { sources: { sha256: string; bytes: number }[] }[] };
    expect(record.inputs[0].sources[0]).toMatchObject({ sha256: sha256(planBytes), bytes: planBytes.length });
  });

  test("through the CLI, the record's digest is the plan's", () => {
    expect(run(["check", "--record", "record.json", plan]).status).toBe(1);
    const record = JSON.parse(fs.readFileSync(path.join(dir, "record.json"), "utf8"));
    expect(record.inputs[0].sources[0]).toMatchObject({ file: expect.stringContaining("plan.json"), sha256: sha256(planBytes), bytes: planBytes.length });
  });
});
