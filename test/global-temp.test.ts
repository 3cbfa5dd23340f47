// The run's temporary files all go under the one folder test/global-temp.js makes (and
// test/global-temp-teardown.js removes): in this worker, in the processes tests start, and in
// cdktf's Testing.app(), which makes a folder per app and never removes it.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Testing } from "cdktf";

const runFolder = process.env.GOVGUARD_JEST_TMPDIR ?? "";

test("the run has a temporary folder of its own, and this worker's temporary directory is it", () => {
  expect(runFolder).not.toBe("");
  expect(fs.statSync(runFolder).isDirectory()).toBe(true);
  expect(path.basename(runFolder)).toMatch(/^govguard-jest-/);
  expect(os.tmpdir()).toBe(runFolder);
});

test("a process a test starts, and cdktf's Testing.app(), make their temporary folders in it", () => {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(require('os').tmpdir())"], { encoding: "utf8" });
  expect(child.stdout).toBe(runFolder);
  const app = Testing.app();
  expect(path.dirname(app.outdir)).toBe(runFolder);
});
