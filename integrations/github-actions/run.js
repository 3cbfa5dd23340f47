#!/usr/bin/env node
// @ts-check
// The govguard GitHub Action's step (action.yml): runs `govguard check` with the action's inputs,
// writes the report files, appends the Markdown report to $GITHUB_STEP_SUMMARY, sets the step's
// outputs and comments the report on the pull request; exits with govguard's exit code.
//
// Everything this step prints can come from the change under review (file names, resource
// addresses, messages), and the runner reads `::command::` lines of a step's output as workflow
// commands. So govguard's own output is echoed between ::stop-commands:: markers with a token of
// this run, the step's own annotations escape their data (%, CR, LF and, in properties, : and ,),
// outputs are written with a random heredoc delimiter, and text that goes into Markdown outside
// govguard's report is escaped as Markdown and HTML.
//
// Inputs (environment, set by action.yml from `inputs.*`): GOVGUARD_PATHS, GOVGUARD_FORMATS,
// GOVGUARD_CONFIG, GOVGUARD_WAIVERS, GOVGUARD_BASELINE, GOVGUARD_FAIL_ON, GOVGUARD_RECORD,
// GOVGUARD_OUTPUT_DIR, GOVGUARD_COMMENT, GITHUB_TOKEN; and the runner's GITHUB_STEP_SUMMARY,
// GITHUB_OUTPUT, GITHUB_EVENT_PATH, GITHUB_REPOSITORY, GITHUB_API_URL. GOVGUARD_CLI overrides the
// CLI (default: bin/govguard.js of this checkout).
"use strict";
const { spawnSync } = require("node:child_process");
const { randomBytes } = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

/** Report formats the action can write besides SARIF and Markdown, and their file names. */
const EXTRA_FORMATS = { json: "govguard.json", html: "govguard.html", junit: "govguard.junit.xml", text: "govguard.txt" };
const SEVERITIES = ["critical", "high", "medium", "low"];
const COMMENT_MARKER = "<!-- govguard-report -->";
// GitHub refuses comment bodies over 65,536 characters.
const COMMENT_LIMIT = 65536;

/** @param {string} name */
function env(name) {
  return (process.env[name] ?? "").trim();
}

/** Workflow-command data: %, CR and LF escaped as the runner unescapes them. @param {string} s */
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Workflow-command property values: also : and , escaped. @param {string} s */
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** Text as literal Markdown (and HTML, which Markdown passes through). @param {string} s */
function escapeMarkdown(s) {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, " ");
}

/** An annotation of this step, its message escaped. @param {"error"|"warning"|"notice"} level @param {string} message @param {string} [title] */
function annotate(level, message, title) {
  const props = title ? ` title=${escapeProperty(title)}` : "";
  process.stdout.write(`::${level}${props}::${escapeData(message)}\n`);
}

/** Prints text that may hold `::` lines with the runner's command processing stopped. @param {string} text */
function echoUntrusted(text) {
  if (text === "") return;
  const token = randomBytes(16).toString("hex");
  process.stdout.write(`::stop-commands::${token}\n`);
  process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
  process.stdout.write(`::${token}::\n`);
}

/** Appends name=value to $GITHUB_OUTPUT with a random delimiter the value does not contain. @param {string} name @param {string} value */
function setOutput(name, value) {
  const file = env("GITHUB_OUTPUT");
  if (!file) return;
  let delimiter;
  do delimiter = `govguard_${randomBytes(12).toString("hex")}`;
  while (value.includes(delimiter));
  fs.appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

/** A problem with the action's inputs: annotated, summarised, exit 2 (as govguard's own). @param {string} message */
function inputProblem(message) {
  annotate("error", message, "govguard");
  const summary = env("GITHUB_STEP_SUMMARY");
  if (summary) fs.appendFileSync(summary, `### govguard\n\n${escapeMarkdown(message)}\n`);
  setOutput("exit-code", "2");
  setOutput("passed", "false");
  process.exit(2);
}

/** @param {string} list */
function words(list) {
  return list.split(/[\s,]+/).filter((w) => w !== "");
}

function isTrue(/** @type {string} */ v) {
  return v.toLowerCase() === "true";
}

/** @returns {{ args: string[], files: Record<string, string> }} */
function checkArguments() {
  const paths = env("GOVGUARD_PATHS").split(/\r?\n|\s+/).filter((p) => p !== "");
  if (paths.length === 0) inputProblem("govguard: the paths input is empty / 未给出检查路径");
  const outDir = env("GOVGUARD_OUTPUT_DIR") || "govguard-reports";
  /** @type {Record<string, string>} */
  const files = { sarif: path.join(outDir, "govguard.sarif"), markdown: path.join(outDir, "govguard.md") };
  for (const f of words(env("GOVGUARD_FORMATS"))) {
    if (f === "sarif" || f === "markdown") continue;
    if (!Object.hasOwn(EXTRA_FORMATS, f)) inputProblem(`govguard: unknown format in the formats input: ${f} (use ${Object.keys(EXTRA_FORMATS).join(", ")}) / 未知的报告格式`);
    files[f] = path.join(outDir, EXTRA_FORMATS[/** @type {keyof typeof EXTRA_FORMATS} */ (f)]);
  }
  const failOn = env("GOVGUARD_FAIL_ON");
  if (failOn !== "" && !SEVERITIES.includes(failOn)) inputProblem(`govguard: fail-on must be one of ${SEVERITIES.join(", ")}, not ${failOn} / fail-on 取值无效`);
  fs.mkdirSync(outDir, { recursive: true });
  const args = ["check", "--format", "text"];
  for (const [format, file] of Object.entries(files)) args.push("--format", format, "--output", file);
  if (isTrue(env("GOVGUARD_RECORD") || "true")) {
    files.record = path.join(outDir, "govguard-record.json");
    args.push("--record", files.record);
  }
  if (env("GOVGUARD_CONFIG")) args.push("--config", env("GOVGUARD_CONFIG"));
  if (env("GOVGUARD_WAIVERS")) args.push("--waivers", env("GOVGUARD_WAIVERS"));
  if (env("GOVGUARD_BASELINE")) args.push("--baseline", env("GOVGUARD_BASELINE"));
  if (failOn) args.push("--fail-on", failOn);
  // "--" keeps a path that starts with "-" a path.
  args.push("--", ...paths);
  return { args, files };
}

/** The pull request this run belongs to, from the event payload; undefined on other events. */
function pullRequestNumber() {
  const eventPath = env("GITHUB_EVENT_PATH");
  if (!eventPath || !fs.existsSync(eventPath)) return undefined;
  const event = JSON.parse(fs.readFileSync(eventPath, "utf8"));
  const n = event?.pull_request?.number;
  return Number.isInteger(n) ? n : undefined;
}

/** Creates the report comment on the pull request, or updates the one a bot left before. @param {number} pr @param {string} markdown */
async function comment(pr, markdown) {
  const token = env("GITHUB_TOKEN");
  const repo = env("GITHUB_REPOSITORY");
  if (!token || !/^[\w.-]+\/[\w.-]+$/.test(repo)) return annotate("warning", "govguard: no token or repository, so no pull-request comment / 未评论");
  const api = env("GITHUB_API_URL") || "https://api.github.com";
  const headers = { authorization: `Bearer ${token}`, accept: "application/vnd.github+json", "content-type": "application/json", "x-github-api-version": "2022-11-28" };
  let body = `${COMMENT_MARKER}\n${markdown}`;
  if (body.length > COMMENT_LIMIT) {
    const note = "\n\n… (truncated: the full report is in the run's summary and the report files / 已截断，完整报告见运行摘要)\n";
    body = body.slice(0, COMMENT_LIMIT - note.length) + note;
  }
  const base = `${api}/repos/${repo}/issues`;
  const listed = await fetch(`${base}/${pr}/comments?per_page=100`, { headers });
  /** @type {{ id: number, body?: string, user?: { type?: string } }[]} */
  const comments = listed.ok ? await listed.json() : [];
  // Only a bot's comment is updated: a person can paste the marker, a person cannot be a Bot.
  const previous = comments.find((c) => c.user?.type === "Bot" && (c.body ?? "").startsWith(COMMENT_MARKER));
  const r = previous
    ? await fetch(`${base}/comments/${previous.id}`, { method: "PATCH", headers, body: JSON.stringify({ body }) })
    : await fetch(`${base}/${pr}/comments`, { method: "POST", headers, body: JSON.stringify({ body }) });
  // A fork's pull request gets a read-only token: the gate's verdict stands without the comment.
  if (!r.ok) annotate("warning", `govguard: the pull-request comment failed (HTTP ${r.status}); the report is in the run's summary / 评论失败`);
}

async function main() {
  const { args, files } = checkArguments();
  const cli = env("GOVGUARD_CLI") || path.join(__dirname, "..", "..", "bin", "govguard.js");
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: "1" } });
  const status = r.status ?? 2;
  echoUntrusted(r.stdout ?? "");
  echoUntrusted(r.stderr ?? "");
  setOutput("exit-code", String(status));
  setOutput("passed", String(status === 0));
  const summary = env("GITHUB_STEP_SUMMARY");
  const hasReport = (status === 0 || status === 1) && fs.existsSync(files.markdown);
  if (hasReport) {
    for (const [name, file] of Object.entries(files)) setOutput(name, file);
    const markdown = fs.readFileSync(files.markdown, "utf8");
    if (summary) fs.appendFileSync(summary, `${markdown}\n`);
    const pr = pullRequestNumber();
    if (pr !== undefined && isTrue(env("GOVGUARD_COMMENT") || "true")) await comment(pr, markdown);
  } else {
    // govguard ended without a verdict: its one line says why (it names the file).
    const line = (r.stderr ?? "").trim().split("\n")[0] || `govguard exited ${status}`;
    annotate("error", line, "govguard");
    if (summary) fs.appendFileSync(summary, `### govguard: 无法检查 / could not check\n\n${escapeMarkdown(line)}\n`);
  }
  process.exitCode = status;
}

main().catch((e) => {
  annotate("error", `govguard action: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 2;
});
