// The CLI ends as soon as its verdict and reports are written. Reading .tf starts hcl2json's Go
// runtime in wasm; V8 then compiles its hot functions again in the background (tier-up), and
// Node drains that queue before a process may end, which kept the process alive 0.3-20 s after
// the report. What is measured here is the time between the CLI calling process.exit and the
// process being gone, so the load of the machine (which slows everything) matters little: the
// best of three runs must be short.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { repo, tempDir } from "./helpers";

let dir: string;
let preload: string;

beforeAll(() => {
  dir = tempDir("govguard-exit-");
  fs.writeFileSync(
    path.join(dir, "main.tf"),
    ['provider "alicloud" {', '  region = "cn-hangzhou"', "}", 'resource "alicloud_oss_bucket" "b" {', '  bucket = "b"', '  acl    = "public-read"', "}", ""].join("\n"),
  );
  // Records, on stderr, the wall-clock time at which the CLI asks to exit.
  preload = path.join(dir, "exit-time.js");
  fs.writeFileSync(
    preload,
    [
      'const fs = require("node:fs");',
      "const exit = process.exit;",
      'process.exit = function (code) { fs.writeSync(2, `\\n[exit-called ${Date.now()}]\\n`); return exit.call(process, code); };',
    ].join("\n"),
  );
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI; resolves with its exit code, its stdout, and how long it took to end once it asked to. */
function run(args: string[]): Promise<{ code: number | null; stdout: string; linger: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-r", preload, path.join(repo, "bin", "govguard.js"), ...args], { cwd: repo, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.on("error", reject);
    child.on("exit", (code) => {
      const ended = Date.now();
      const called = /\[exit-called (\d+)\]/.exec(stderr);
      if (!called) return reject(new Error(`the CLI never called process.exit: ${stderr}`));
      resolve({ code, stdout, linger: ended - Number(called[1]) });
    });
  });
}

async function bestOfThree(args: string[], expected: number): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const r = await run(args);
    expect(r.code).toBe(expected);
    expect(r.stdout.length).toBeGreaterThan(0);
    best = Math.min(best, r.linger);
  }
  return best;
}

test("govguard input on a .tf folder ends at once after printing the document", async () => {
  expect(await bestOfThree(["input", dir], 0)).toBeLessThan(200);
}, 120_000);

test("govguard check on a .tf folder ends at once after the report", async () => {
  expect(await bestOfThree(["check", dir, "--format", "json"], 1)).toBeLessThan(200);
}, 120_000);
