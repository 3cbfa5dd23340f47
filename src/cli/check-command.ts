// `govguard check`: reads the inputs, the configuration and the waivers, runs the gate, and writes
// each requested format to stdout or to its --output file.
import { parseArgs } from "node:util";
import { check, CheckResult, jobsFromFlag } from "../engine";
import { CONFIG_FILE_NAMES, findFile, WAIVERS_FILE_NAMES } from "../config/load";
import { SEVERITIES, Severity } from "../engine";
import { UsageError, workingOn } from "../errors";
import { htmlChunks } from "../report/html";
import { jsonReportChunks } from "../report/json";
import { Chunks } from "../report/chunks";
import { junitChunks } from "../report/junit";
import { Lang, LANGS } from "../report/lang";
import { markdownChunks } from "../report/markdown";
import { assessmentRecordChunks } from "../report/record";
import { sarifChunks } from "../report/sarif";
import { textChunks } from "../report/text";
import { blocks, refuseInputDestination, refuseSharedDestinations, writeOutputFile } from "./write-output";

export const FORMATS = ["text", "json", "sarif", "junit", "markdown", "html"] as const;
export type Format = (typeof FORMATS)[number];

export interface Output {
  /** Writes to stdout; false (a stream's write()) when the text waits in memory until `drained`. */
  stdout: (text: string) => boolean | void;
  /** Settles once what waits to be written to stdout has gone (a pipe took it), or stdout closed. */
  drained?: () => Promise<void>;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal that can show colour. */
  colour?: boolean;
}

interface Target {
  format: Format;
  /** A file, or undefined for stdout. */
  output?: string;
}

/** --format and --output in the order given: each --output belongs to the --format before it. */
function targets(tokens: { kind: string; name?: string; value?: string }[]): Target[] {
  const list: Target[] = [];
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    if (token.name === "format") {
      const format = token.value as Format;
      if (!FORMATS.includes(format)) {
        throw new UsageError({ zh: `未知的输出格式 ${String(token.value)}（可用 ${FORMATS.join("、")}）`, en: `unknown format ${String(token.value)} (use ${FORMATS.join(", ")})` });
      }
      list.push({ format });
    } else if (token.name === "output") {
      const last = list[list.length - 1];
      if (!last || last.output !== undefined) {
        throw new UsageError({ zh: "--output 必须紧跟在它所属的 --format 之后", en: "--output must follow the --format it is for" });
      }
      last.output = token.value;
    }
  }
  if (list.length === 0) list.push({ format: "text" });
  if (list.filter((t) => t.output === undefined).length > 1) {
    throw new UsageError({ zh: "只有一种格式可以写到标准输出，其余请用 --output 指定文件", en: "only one format can go to stdout; give the others an --output file" });
  }
  return list;
}

/** The report in one format, a finding at a time, so that no string grows with the plan (report/chunks.ts). */
function render(target: Target, result: CheckResult, version: string, lang: Lang, colour: boolean): Chunks {
  switch (target.format) {
    case "json":
      return jsonReportChunks(result, version);
    case "sarif":
      return sarifChunks(result, version, lang);
    case "junit":
      return junitChunks(result, lang);
    case "markdown":
      return markdownChunks(result, lang);
    case "html":
      return htmlChunks(result, version, lang);
    default:
      return textChunks(result, { lang, color: colour });
  }
}

export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true && env.TERM !== "dumb";
}

export async function runCheck(args: string[], out: Output, version: string): Promise<number> {
  const { values, positionals, tokens } = parseArgs({
    args,
    allowPositionals: true,
    tokens: true,
    options: {
      format: { type: "string", multiple: true },
      output: { type: "string", short: "o", multiple: true },
      config: { type: "string" },
      waivers: { type: "string" },
      "fail-on": { type: "string", default: "low" },
      lang: { type: "string", default: "both" },
      record: { type: "string" },
      module: { type: "boolean", default: false },
      baseline: { type: "string" },
      jobs: { type: "string" },
    },
  });
  if (positionals.length === 0) {
    throw new UsageError({ zh: "check 需要至少一个路径", en: "check needs at least one path" });
  }
  const failOn = values["fail-on"] as Severity;
  if (!SEVERITIES.includes(failOn)) {
    throw new UsageError({ zh: `--fail-on 应为 ${SEVERITIES.join("、")} 之一`, en: `--fail-on must be one of ${SEVERITIES.join(", ")}` });
  }
  const lang = values.lang as Lang;
  if (!LANGS.includes(lang)) throw new UsageError({ zh: "--lang 应为 zh、en 或 both", en: "--lang must be zh, en or both" });
  const wanted = targets(tokens ?? []);
  const destinations = [...wanted.flatMap((t) => (t.output === undefined ? [] : [t.output])), ...(values.record === undefined ? [] : [values.record])];
  refuseSharedDestinations(destinations);
  const cwd = process.cwd();
  const result = await check(positionals, {
    configFile: findFile(values.config, cwd, CONFIG_FILE_NAMES),
    waiversFile: findFile(values.waivers, cwd, WAIVERS_FILE_NAMES),
    failOn,
    module: values.module,
    jobs: jobsFromFlag(values.jobs),
    ...(values.baseline === undefined ? {} : { baseline: values.baseline }),
  });
  // One turn of the event loop before anything is written, so that an exception or rejection the
  // run left behind ends it (exit 2) instead of following a verdict.
  await new Promise((resolve) => setImmediate(resolve));
  workingOn(undefined);
  // Every destination is checked against the files the run read before anything is written.
  for (const file of destinations) refuseInputDestination(file);
  const rendered = wanted.map((target) => ({ target, text: render(target, result, version, lang, target.output === undefined && out.colour === true) }));
  const record = values.record === undefined ? undefined : { file: values.record, text: assessmentRecordChunks(result, version) };
  for (const { target, text } of rendered) {
    // A pipe takes what fits in its buffer and Node keeps the rest: wait for it before the next
    // block, or the whole report waits in memory again.
    if (target.output === undefined) {
      for (const block of blocks(text)) {
        if (out.stdout(block) === false) await out.drained?.();
      }
    } else {
      writeOutputFile(target.output, text);
    }
  }
  if (record !== undefined) writeOutputFile(record.file, record.text);
  return result.summary.passed ? 0 : 1;
}
