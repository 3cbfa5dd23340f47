// Exit-code discipline of the real CLI: the process exits 0 or 1 only after a verdict; every other
// ending (a dying wasm runtime, an uncaught exception, a rejection nobody handles, work that never
// settles) is exit 2 with ONE line on stderr that names the file being read, never a stack trace.
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { CliRun, fixtures, repo, tempDir } from "./helpers";

let dir: string;
beforeAll(() => {
  dir = tempDir("govguard-exit-");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The built CLI under `node <nodeFlags> bin/govguard.js <args>`. */
function runNode(nodeFlags: string[], args: string[]): CliRun {
  const r = spawnSync(process.execPath, [...nodeFlags, path.join(repo, "bin", "govguard.js"), ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, GOVGUARD_DEBUG: "" },
    maxBuffer: 1 << 28,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function expectOneLine(r: CliRun, pattern: RegExp): string {
  expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 2, stdout: "" });
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toEqual([expect.stringMatching(pattern)]);
  return lines[0];
}

/** A .tf file (under 2 MiB, within the reading caps) for which hcl2json's Go runtime needs more than 64 MiB. */
function bigModule(): string {
  const module = path.join(dir, "big-module");
  fs.mkdirSync(module, { recursive: true });
  const lines = ['provider "alicloud" {\n  region = "cn-hangzhou"\n}\n'];
  for (let i = 0; i < 10000; i++) {
    lines.push(`resource "alicloud_oss_bucket" "b${i}" {\n  bucket = "bucket-${i}"\n  tags = { note = "${"x".repeat(100)}" }\n}\n`);
  }
  const file = path.join(module, "main.tf");
  fs.writeFileSync(file, lines.join(""));
  return file;
}

describe("a dying wasm runtime", () => {
  test("hcl2json's Go runtime out of memory is exit 2 naming the .tf file, not exit 0 without a verdict", () => {
    const file = bigModule();
    // 1000 pages of 64 KiB: enough to start both wasm runtimes, far too little to parse this file.
    const r = runNode(["--wasm-max-mem-pages=1000"], ["check", file]);
    const line = expectOneLine(r, /^govguard: /);
    expect(line).toContain(file);
    expect(line).toMatch(/out of memory/);
    expect(line).not.toMatch(/internal error/);
  });

  test("the same file is judged when the runtime has its memory", () => {
    const file = path.join(dir, "big-module", "main.tf");
    const r = runNode([], ["check", "--format", "json", file]);
    expect([0, 1]).toContain(r.status);
    expect(JSON.parse(r.stdout).summary.inputs).toBe(1);
  });
});

test("a reader that closes stdout early gets exit 2 and one line that is not an internal error", async () => {
  const plan = path.join(fixtures, "a23_1", "hongkong", "plan.json");
  const child = spawn(process.execPath, [path.join(repo, "bin", "govguard.js"), "check", "--format", "json", plan], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  // Like `| true`: the reader is gone before the report is written.
  child.stdout.destroy();
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect({ status, stderr }).toEqual({ status: 2, stderr: expect.any(String) });
  expect(stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/^govguard: .*stdout was closed before the report was written in full$/)]);
});

describe("failures outside any handler", () => {
  const plan = path.join(fixtures, "cli", "provider_only", "plan.json");

  function preload(name: string, code: string): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, code);
    return file;
  }

  test("an uncaught exception is one line and exit 2, with a request to report it", () => {
    const stray = preload("throw.js", 'setImmediate(() => { throw new Error("stray exception\\nsecond line"); });\n');
    const line = expectOneLine(runNode(["--require", stray], ["check", plan]), /internal error/);
    expect(line).toContain("stray exception\\nsecond line");
    expect(line).toMatch(/report/);
  });

  test("an unhandled rejection is one line and exit 2", () => {
    const stray = preload("reject.js", 'Promise.reject(new Error("stray rejection"));\n');
    const line = expectOneLine(runNode(["--require", stray], ["check", plan]), /internal error/);
    expect(line).toContain("stray rejection");
  });

  test("work that never settles is one line naming the file being read and exit 2, not exit 0", () => {
    // A stand-in for a parser whose promise never settles (as hcl2json's does when its runtime
    // dies): check() reads the plan, then waits on a promise nothing will ever settle.
    const stall = preload(
      "stall.js",
      `const Module = require("module");
const path = require("path");
const load = Module._load;
Module._load = function (request, parent) {
  const m = load.apply(this, arguments);
  if (request === "./check" && parent && parent.filename.endsWith(path.join("engine", "index.js"))) {
    const readFile = require(path.join(path.dirname(parent.filename), "..", "inputs", "read-file.js"));
    m.check = async (paths) => {
      readFile.readBytes(paths[0]);
      return new Promise(() => {});
    };
  }
  return m;
};
`,
    );
    const line = expectOneLine(runNode(["--require", stall], ["check", plan]), /^govguard: /);
    expect(line).toContain(plan);
    expect(line).toMatch(/no verdict/);
  });
});
