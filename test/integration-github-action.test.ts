// The GitHub Action (action.yml at the repository root): its step, integrations/github-actions/
// run.js, run as the runner runs it — the local CLI, the runner's files ($GITHUB_OUTPUT,
// $GITHUB_STEP_SUMMARY, the event payload) as temp files, and the GitHub API as a local server —
// and its stdout read the way the runner reads workflow commands.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as net from "node:net";
import * as path from "node:path";
import { parse } from "yaml";
import { repo, runCli, tempDir } from "./helpers";

const script = path.join(repo, "integrations", "github-actions", "run.js");
const plan = path.join(repo, "policies", "govguard", "controls", "a21_2", "cases", "unencrypted", "plan.json");
const today = "2026-11-21";

interface Run {
  status: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  cwd: string;
}

let work: string;
beforeAll(() => {
  work = tempDir("govguard-action-");
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** $GITHUB_OUTPUT as the runner reads it: name=value lines and name<<DELIMITER blocks. */
function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!fs.existsSync(file)) return out;
  const lines = fs.readFileSync(file, "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]);
      out[heredoc[1]] = value.join("\n");
    } else if (lines[i].includes("=")) {
      out[lines[i].slice(0, lines[i].indexOf("="))] = lines[i].slice(lines[i].indexOf("=") + 1);
    }
  }
  return out;
}

/** The workflow commands the runner would execute from a step's stdout: `::name props::data`
 * lines, except between ::stop-commands::TOKEN and ::TOKEN::. */
function executedCommands(stdout: string): { name: string; props: string; data: string }[] {
  const commands: { name: string; props: string; data: string }[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split("\n")) {
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const m = /^::([A-Za-z-]+)( [^:]*)?::(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === "stop-commands") stopToken = m[3];
    commands.push({ name: m[1], props: (m[2] ?? "").trim(), data: m[3] });
  }
  return commands;
}

function runAction(env: Record<string, string>, cwd = tempDir("govguard-action-ws-")): Promise<Run> {
  const outputFile = path.join(cwd, "..", `${path.basename(cwd)}-output`);
  const summaryFile = path.join(cwd, "..", `${path.basename(cwd)}-summary`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], {
      cwd,
      env: {
        PATH: process.env.PATH ?? "",
        GOVGUARD_TODAY: today,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_REPOSITORY: "hangzhou-gov/portal",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stdout += d.toString()));
    child.on("error", reject);
    child.on("exit", (status) =>
      resolve({ status, stdout, outputs: readOutputs(outputFile), summary: fs.existsSync(summaryFile) ? fs.readFileSync(summaryFile, "utf8") : "", cwd }),
    );
  });
}

describe("action.yml", () => {
  const action = parse(fs.readFileSync(path.join(repo, "action.yml"), "utf8")) as {
    inputs: Record<string, unknown>;
    runs: { using: string; steps: { id?: string; run?: string; uses?: string; if?: string; env?: Record<string, string>; with?: Record<string, string> }[] };
  };

  test("a composite action with inputs for paths, formats, config, waivers and baseline", () => {
    expect(action.runs.using).toBe("composite");
    for (const input of ["paths", "formats", "config", "waivers", "baseline", "fail-on", "upload-sarif", "comment"]) expect(Object.keys(action.inputs)).toContain(input);
  });

  test("inputs reach the script through the environment only, never pasted into a script", () => {
    for (const step of action.runs.steps) if (step.run) expect(step.run).not.toContain("${{");
    const gate = action.runs.steps.find((s) => s.id === "gate");
    expect(gate?.run).toContain("integrations/github-actions/run.js");
    expect(Object.values(gate?.env ?? {})).toEqual(expect.arrayContaining(["${{ inputs.paths }}", "${{ inputs.baseline }}", "${{ inputs.waivers }}", "${{ inputs.config }}", "${{ inputs.formats }}"]));
  });

  test("the SARIF is uploaded to code scanning even when the gate fails", () => {
    const upload = action.runs.steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"));
    expect(upload?.with?.sarif_file).toBe("${{ steps.gate.outputs.sarif }}");
    expect(upload?.if).toContain("!cancelled()");
  });
});

describe("integrations/github-actions/run.js with the local CLI", () => {
  test("a failing plan: exit 1, report files, outputs, the Markdown summary, the same findings as the CLI", async () => {
    const r = await runAction({ GOVGUARD_PATHS: plan, GOVGUARD_FORMATS: "json, html" });
    expect(r.status).toBe(1);
    expect(r.outputs["exit-code"]).toBe("1");
    expect(r.outputs.passed).toBe("false");
    const sarif = JSON.parse(fs.readFileSync(path.join(r.cwd, r.outputs.sarif), "utf8")) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe("2.1.0");
    const markdown = fs.readFileSync(path.join(r.cwd, r.outputs.markdown), "utf8");
    expect(r.summary).toContain(markdown.trim());
    expect(fs.statSync(path.join(r.cwd, r.outputs.html)).size).toBeGreaterThan(0);
    expect(fs.statSync(path.join(r.cwd, r.outputs.record)).size).toBeGreaterThan(0);
    const direct = runCli(["check", "--format", "json", plan], { cwd: work, env: { GOVGUARD_TODAY: today } });
    const key = (f: { control: string; resource: string; message: { en: string } }): string => `${f.control} ${f.resource} ${f.message.en}`;
    const viaAction = (JSON.parse(fs.readFileSync(path.join(r.cwd, r.outputs.json), "utf8")) as { findings: { control: string; resource: string; message: { en: string } }[] }).findings.map(key);
    expect(viaAction).toEqual((JSON.parse(direct.stdout) as { findings: { control: string; resource: string; message: { en: string } }[] }).findings.map(key));
    expect(sarif.runs[0].results.length).toBe(viaAction.length);
  });

  test("config, waivers, fail-on and baseline are passed to govguard", async () => {
    const cwd = tempDir("govguard-action-ws-");
    fs.copyFileSync(plan, path.join(cwd, "plan.json"));
    const baseline = runCli(["baseline", "plan.json", "-o", "govguard-baseline.json"], { cwd, env: { GOVGUARD_TODAY: today } });
    expect(baseline.status).toBe(0);
    const r = await runAction({ GOVGUARD_PATHS: "plan.json", GOVGUARD_BASELINE: "govguard-baseline.json", GOVGUARD_FORMATS: "json" }, cwd);
    expect(r.status).toBe(0);
    expect(r.outputs.passed).toBe("true");

    fs.writeFileSync(path.join(cwd, "settings.yaml"), "cloud:\n  assessment_reference: CSSA-2025-0117\n");
    fs.writeFileSync(path.join(cwd, "exemptions.yaml"), 'waivers:\n  - control: A21.2\n    resource: "alicloud_ecs_disk.scans"\n    reason: replaced in GOV-77\n    owner: platform\n    expires: "2027-06-30"\n');
    const s = await runAction({ GOVGUARD_PATHS: "plan.json", GOVGUARD_CONFIG: "settings.yaml", GOVGUARD_WAIVERS: "exemptions.yaml", GOVGUARD_FAIL_ON: "critical", GOVGUARD_FORMATS: "json", GOVGUARD_OUTPUT_DIR: "out" }, cwd);
    const report = JSON.parse(fs.readFileSync(path.join(cwd, "out", "govguard.json"), "utf8")) as { findings: { control: string; failing: boolean; severity: string; waiver?: { status: string } }[] };
    expect(report.findings.some((f) => f.control === "A24.1")).toBe(false);
    expect(report.findings.find((f) => f.control === "A21.2" && f.waiver)?.waiver?.status).toBe("active");
    expect(report.findings.filter((f) => f.failing).every((f) => f.severity === "critical")).toBe(true);
    expect(s.status).toBe(1); // the fixture has a critical finding (A22.1)
  });

  test("text from the change under review never becomes a workflow command", async () => {
    const cwd = tempDir("govguard-action-ws-");
    const hostile = "evil.com\n::error::pwned\n::set-output name=passed::true\n::add-mask::x";
    const text = fs.readFileSync(path.join(repo, "policies", "govguard", "controls", "a5_1", "cases", "commercial-domains", "plan.json"), "utf8");
    fs.writeFileSync(path.join(cwd, "plan.json"), text.split('"hzzwfw.com"').join(JSON.stringify(hostile)));
    const r = await runAction({ GOVGUARD_PATHS: "plan.json" }, cwd);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("pwned"); // the hostile text was printed ...
    const commands = executedCommands(r.stdout);
    // ... but the only commands the runner executes are the step's own stop-commands.
    expect(commands.every((c) => c.name === "stop-commands")).toBe(true);
    expect(r.outputs.passed).toBe("false");

    // A path (an input) that cannot be read: the error annotation escapes it, and the summary
    // shows it as text.
    const bad = await runAction({ GOVGUARD_PATHS: "missing%0A::warning::x_*not*_<b>.json" });
    expect(bad.status).toBe(2);
    const executed = executedCommands(bad.stdout).filter((c) => c.name !== "stop-commands");
    expect(executed).toHaveLength(1);
    expect(executed[0].name).toBe("error");
    expect(executed[0].data).toContain("missing%250A::warning::x_*not*_<b>.json");
    expect(bad.summary).toContain("missing%0A::warning::x\\_\\*not\\*\\_&lt;b&gt;\\.json");
    expect(bad.outputs.sarif).toBeUndefined();
    expect(bad.outputs["exit-code"]).toBe("2");
  });

  test("whatever the CLI prints, even a line that is a workflow command, is not executed", async () => {
    // govguard's text output already escapes control characters, so the hostile plan above cannot
    // start a line with "::"; the step must not depend on that. A stand-in CLI prints such lines
    // on stdout and stderr (the contract under test is the step's, whatever its CLI prints).
    const cli = path.join(work, "loud-cli.js");
    fs.writeFileSync(cli, 'process.stdout.write("::error::from stdout\\n::set-output name=passed::true\\n"); process.stderr.write("::warning::from stderr\\n"); process.exit(1);\n');
    const r = await runAction({ GOVGUARD_PATHS: plan, GOVGUARD_CLI: cli });
    expect(r.stdout).toMatch(/^::error::from stdout$/m);
    expect(executedCommands(r.stdout).filter((c) => c.name !== "stop-commands")).toEqual([{ name: "error", props: "title=govguard", data: "::warning::from stderr" }]);
    expect(r.outputs.passed).toBe("false");
  });

  test("wrong inputs are exit 2 with one annotation", async () => {
    const f = await runAction({ GOVGUARD_PATHS: plan, GOVGUARD_FORMATS: "pdf" });
    expect(f.status).toBe(2);
    expect(executedCommands(f.stdout)).toEqual([{ name: "error", props: "title=govguard", data: expect.stringContaining("unknown format in the formats input: pdf") }]);
    const s = await runAction({ GOVGUARD_PATHS: plan, GOVGUARD_FAIL_ON: "urgent" });
    expect(s.status).toBe(2);
    const e = await runAction({ GOVGUARD_PATHS: " \n " });
    expect(e.status).toBe(2);
  });

  describe("the pull-request comment", () => {
    interface Call {
      method: string;
      url: string;
      body?: { body: string };
      auth?: string;
    }
    let calls: Call[];
    let existing: { id: number; body: string; user: { type: string } }[];
    let refuse = false;
    let server: http.Server;
    let api: string;

    beforeAll(async () => {
      server = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on("data", (c: Buffer) => chunks.push(c));
        req.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          calls.push({ method: req.method ?? "", url: req.url ?? "", body: text ? (JSON.parse(text) as { body: string }) : undefined, auth: req.headers.authorization });
          if (req.method === "GET") {
            res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(existing));
          } else {
            res.writeHead(refuse ? 403 : 201, { "content-type": "application/json" }).end("{}");
          }
        });
      });
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
      api = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));
    beforeEach(() => {
      calls = [];
      existing = [];
      refuse = false;
    });

    function prEvent(): string {
      const file = path.join(work, "event.json");
      fs.writeFileSync(file, JSON.stringify({ pull_request: { number: 42 } }));
      return file;
    }

    const prEnv = (): Record<string, string> => ({ GOVGUARD_PATHS: plan, GITHUB_EVENT_PATH: prEvent(), GITHUB_API_URL: api, GITHUB_TOKEN: "ghs_test" });

    test("comments the Markdown report on the pull request", async () => {
      const r = await runAction(prEnv());
      expect(r.status).toBe(1);
      const post = calls.find((c) => c.method === "POST");
      expect(post?.url).toBe("/repos/hangzhou-gov/portal/issues/42/comments");
      expect(post?.auth).toBe("Bearer ghs_test");
      const markdown = fs.readFileSync(path.join(r.cwd, r.outputs.markdown), "utf8");
      expect(post?.body?.body).toBe(`<!-- govguard-report -->\n${markdown}`);
    });

    test("updates the bot's earlier comment, never a person's comment carrying the marker", async () => {
      existing = [
        { id: 5, body: "<!-- govguard-report -->\nall clear, trust me", user: { type: "User" } },
        { id: 9, body: "<!-- govguard-report -->\nold report", user: { type: "Bot" } },
      ];
      await runAction(prEnv());
      expect(calls.filter((c) => c.method !== "GET").map((c) => `${c.method} ${c.url}`)).toEqual(["PATCH /repos/hangzhou-gov/portal/issues/comments/9"]);
      existing = [{ id: 5, body: "<!-- govguard-report -->\nall clear, trust me", user: { type: "User" } }];
      calls = [];
      await runAction(prEnv());
      expect(calls.filter((c) => c.method !== "GET").map((c) => `${c.method} ${c.url}`)).toEqual(["POST /repos/hangzhou-gov/portal/issues/42/comments"]);
    });

    test("a refused comment (a fork's read-only token) is a warning; the verdict stands", async () => {
      refuse = true;
      const r = await runAction(prEnv());
      expect(r.status).toBe(1);
      expect(executedCommands(r.stdout).map((c) => c.name)).toContain("warning");
    });

    test("no comment when the input says so, or outside a pull request", async () => {
      await runAction({ ...prEnv(), GOVGUARD_COMMENT: "false" });
      await runAction({ GOVGUARD_PATHS: plan, GITHUB_API_URL: api, GITHUB_TOKEN: "ghs_test" });
      expect(calls).toEqual([]);
    });
  });
});
