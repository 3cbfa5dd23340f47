// CDK Terrain as well as CDKTF. The same application written against each library
// (test/apps/cdktn-app, test/apps/cdktf-app) is synthesized for real: its cdktf.json's "app" run as
// the CLI runs it, in a process that cannot load the other library, as in a project that installed
// only one. Both give the same stacks from govguard's constructs and bindings, and govguard gates
// both alike, at synth and in CI.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { repo, runCli, tempDir } from "./helpers";

type Library = "cdktn" | "cdktf";
const LIBRARIES: Library[] = ["cdktn", "cdktf"];

interface Synth {
  status: number | null;
  stdout: string;
  stderr: string;
  outdir: string;
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

function installedVersion(library: Library): string {
  return (JSON.parse(fs.readFileSync(path.join(repo, "node_modules", library, "package.json"), "utf8")) as { version: string }).version;
}

/** Runs the app of test/apps/<library>-app as `cdktf synth` / `cdktn synth` does, with `context` added. */
function synthesize(library: Library, context: Record<string, unknown> = {}): Synth {
  const appDir = path.join(repo, "test", "apps", `${library}-app`);
  const project = JSON.parse(fs.readFileSync(path.join(appDir, "cdktf.json"), "utf8")) as { app: string; context: Record<string, unknown> };
  const [command, ...args] = project.app.split(" ");
  expect(command).toBe("node");
  const dir = tempDir();
  dirs.push(dir);
  const outdir = path.join(dir, "cdktf.out");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CDKTF_OUTDIR: outdir,
    CDKTF_CONTEXT_JSON: JSON.stringify({ ...project.context, ...context }),
    GOVGUARD_TEST_HIDE: library === "cdktn" ? "cdktf" : "cdktn",
  };
  delete env.GOVGUARD_CDK_LIBRARY;
  const r = spawnSync(process.execPath, ["-r", path.join(repo, "test", "apps", "hide-library.js"), ...args], { cwd: appDir, env, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, outdir };
}

function stackDocument(outdir: string, stack: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), "utf8")) as Record<string, unknown>;
}

/** The document without what differs by design: the library's metadata and the local state path (the app's folder). */
function comparable(document: Record<string, unknown>): Record<string, unknown> {
  const { "//": _metadata, terraform, ...rest } = document;
  const { backend: _backend, ...settings } = terraform as Record<string, unknown>;
  return { ...rest, terraform: settings };
}

interface ReportFinding {
  control: string;
  resource: string;
  attribute?: string;
  message: { en: string };
}

/** `govguard check <stack> --format json`: the exit code and the findings as control, resource, attribute, message. */
function gate(outdir: string, stack: string): { status: number; findings: string[] } {
  const r = runCli(["check", path.join(outdir, "stacks", stack), "--format", "json"]);
  const report = JSON.parse(r.stdout) as { findings: ReportFinding[] };
  return { status: r.status, findings: report.findings.map((f) => [f.control, f.resource, f.attribute ?? "", f.message.en].join(" | ")).sort() };
}

const synthesized = new Map<Library, Synth>();
function synthesizedApp(library: Library): Synth {
  let synth = synthesized.get(library);
  if (!synth) {
    synth = synthesize(library);
    synthesized.set(library, synth);
  }
  return synth;
}

test("each library's app synthesizes govguard's stacks into its own App, and the stacks are the same", () => {
  const documents = new Map<Library, Record<string, Record<string, unknown>>>();
  for (const library of LIBRARIES) {
    const synth = synthesizedApp(library);
    expect({ library, status: synth.status, stderr: synth.stderr }).toEqual({ library, status: 0, stderr: "" });
    expect(fs.readdirSync(path.join(synth.outdir, "stacks")).sort()).toEqual(["portal", "what-not-to-do"]);
    const stacks: Record<string, Record<string, unknown>> = {};
    for (const stack of ["portal", "what-not-to-do"]) {
      const document = stackDocument(synth.outdir, stack);
      // Written by the app's own library: the metadata names its version.
      expect((document["//"] as { metadata: { version: string } }).metadata.version).toBe(installedVersion(library));
      stacks[stack] = comparable(document);
    }
    documents.set(library, stacks);
  }
  const portal = documents.get("cdktn")?.portal as { resource: Record<string, unknown> };
  // Resources of govguard's constructs (bucket, CDN, database, trail, ...) are in the cdktn stack.
  expect(Object.keys(portal.resource)).toEqual(expect.arrayContaining(["alicloud_oss_bucket", "alicloud_cdn_domain_new", "alicloud_db_instance", "alicloud_actiontrail_trail"]));
  expect(documents.get("cdktn")).toEqual(documents.get("cdktf"));
});

test("govguard check gates both alike: the portal passes, the negative example fails with the same findings", () => {
  const verdicts = LIBRARIES.map((library) => {
    const synth = synthesizedApp(library);
    expect(synth.status).toBe(0);
    return { portal: gate(synth.outdir, "portal"), negative: gate(synth.outdir, "what-not-to-do") };
  });
  for (const v of verdicts) {
    expect(v.portal).toEqual({ status: 0, findings: [] });
    expect(v.negative.status).toBe(1);
    expect(v.negative.findings.length).toBeGreaterThan(20);
  }
  const [cdktn, cdktf] = verdicts;
  expect(cdktn.negative.findings).toEqual(cdktf.negative.findings);
  expect(cdktn.negative.findings.some((f) => f.startsWith("A22.1 | alicloud_oss_bucket.website |"))).toBe(true);
});

/** Reports name the output folder by path, and each run has its own temporary one. */
function samePaths(text: string, outdir: string): string {
  return text.split(outdir).join("cdktf.out").split(path.basename(path.dirname(outdir))).join("tmp");
}

const stopped = new Map<Library, string>();
/** The app run with the negative example's check on: its one message, paths made comparable. */
function stoppedSynth(library: Library): string {
  let stderr = stopped.get(library);
  if (stderr === undefined) {
    const synth = synthesize(library, { "govguard-test:checkWhatNotToDo": true });
    expect(synth.status).toBe(1);
    stderr = samePaths(synth.stderr, synth.outdir);
    stopped.set(library, stderr);
  }
  return stderr;
}

test("the synth-time check stops both apps at the negative example with the same report", () => {
  for (const library of LIBRARIES) {
    const stderr = stoppedSynth(library);
    expect(stderr).toContain("govguard synth-time check failed: stack what-not-to-do breaks");
    expect(stderr).toMatch(/✗ A22\.1 \[严重 critical\] alicloud_oss_bucket\.website /);
    expect(stderr).not.toContain("stack portal");
    // One message, no stack trace.
    expect(stderr).not.toMatch(/^\s+at /m);
  }
  // The same findings, worded alike.
  expect(withoutLines(stoppedSynth("cdktn"))).toBe(withoutLines(stoppedSynth("cdktf")));
});

/** Line numbers left out: each library lays out cdk.tf.json its own way. */
function withoutLines(text: string): string {
  return text.replace(/cdk\.tf\.json:\d+/g, "cdk.tf.json:N");
}

test("in each library the synth-time report is what govguard check prints for the written stack", () => {
  for (const library of LIBRARIES) {
    const written = synthesizedApp(library);
    // Run from the app's folder, as the user runs the gate after synth there, with the configuration its cdktf.json names.
    const cli = runCli(["check", path.join(written.outdir, "stacks", "what-not-to-do"), "--config", path.join(repo, "govguard.yaml")], {
      cwd: path.join(repo, "test", "apps", `${library}-app`),
      env: { NO_COLOR: "1" },
    });
    expect(cli.status).toBe(1);
    expect(withoutLines(stoppedSynth(library))).toContain(withoutLines(samePaths(cli.stdout, written.outdir).trimEnd()));
  }
});

describe("which library govguard builds on", () => {
  /** Loads govguard's constructs entry in a fresh node, after `before` (a statement) and with `env`. */
  function load(before: string, env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
    const shim = JSON.stringify(path.join(repo, "dist", "constructs", "cdk.js"));
    const script = `${before}; process.stdout.write(require(${shim}).govguardLibraryName);`;
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
    if (env.GOVGUARD_CDK_LIBRARY === undefined) delete childEnv.GOVGUARD_CDK_LIBRARY;
    return spawnSync(process.execPath, ["-r", path.join(repo, "test", "apps", "hide-library.js"), "-e", script], { cwd: repo, env: childEnv, encoding: "utf8" });
  }

  test("the only one installed, or with both, the one the application loaded first", () => {
    expect(load("", { GOVGUARD_TEST_HIDE: "cdktf" }).stdout).toBe("cdktn");
    expect(load("", { GOVGUARD_TEST_HIDE: "cdktn" }).stdout).toBe("cdktf");
    expect(load('require("cdktn")').stdout).toBe("cdktn");
    expect(load('require("cdktf")').stdout).toBe("cdktf");
    expect(load("", { GOVGUARD_CDK_LIBRARY: "cdktf" }).stdout).toBe("cdktf");
  });

  test("ambiguous or unknown is refused with one message, never a guess", () => {
    const neither = load("");
    expect(neither.status).not.toBe(0);
    expect(neither.stderr).toContain("both cdktn and cdktf are installed and the application has loaded neither yet");
    const both = load('require("cdktn"); require("cdktf")');
    expect(both.stderr).toContain("both are loaded");
    expect(load("", { GOVGUARD_CDK_LIBRARY: "aws-cdk-lib" }).stderr).toContain('GOVGUARD_CDK_LIBRARY must be cdktn or cdktf, not "aws-cdk-lib"');
  });
});
