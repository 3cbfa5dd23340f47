// govguard's command line. Exit codes: 0 the gate passes, 1 a finding fails it, 2 the command
// line or an input is wrong (one line on stderr naming the file and the problem).
import * as fs from "node:fs";
import { parseArgs } from "node:util";
import { findControl, loadCatalogue, loadEngine } from "../engine";
import { renderStarterConfig } from "../config/starter";
import { currentFile, InputError, printable, UsageError } from "../errors";
import { renderExplain, renderMatrix, renderRules } from "../report/catalogue-text";
import { govguardVersion } from "../version";
import { Output, runCheck, wantsColour } from "./check-command";
import { runBaseline } from "./baseline-command";
import { runInput } from "./input-command";
import { writeOutputFile } from "./write-output";

export const EXIT_PASS = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

const HELP = `govguard — 互联网政务应用安全管理规定（2024）阿里云基础设施即代码合规检查
govguard — Regulations on Security Management of Internet Government Applications (2024),
           checked on Alibaba Cloud infrastructure as code

用法 Usage:
  govguard check [选项 options] <路径 path>...   检查输入 / gate the inputs
  govguard baseline [选项 options] <路径 path>... [-o 文件 file]
                                               把今天的违规记为基线（默认 govguard-baseline.json）
                                               record today's findings as a baseline (default govguard-baseline.json)
  govguard init [--force] [文件 file]            写出带注释的 govguard.yaml / write a commented govguard.yaml
  govguard rules [--format text|json]          列出全部控制项 / list every control
  govguard explain <ID> [--format text|json]   说明一个控制项，如 A20.1 / one control in full, e.g. A20.1
  govguard matrix [--format text|json]         全部 44 条的合规矩阵 / the compliance matrix of all 44 articles
  govguard input <路径 path>                   输出检查所评估的 JSON 文档（供 opa eval、conftest 使用）
                                               print the JSON document the check evaluates (for opa eval, conftest)

<路径 path> 可以是 / may be:
  Terraform 计划 JSON（terraform show -json 的输出）   Terraform plan JSON (terraform show -json)
  CDKTF 的 cdk.tf.json 或 cdktf.out 目录                a CDKTF cdk.tf.json or cdktf.out folder
  含 .tf 文件的目录（含本地子模块与 tfvars）           a folder of .tf files (local modules and tfvars included)

check 选项 options:
  --format <f>        text（默认）、json、sarif、junit、markdown、html；可重复
                      text (default), json, sarif, junit, markdown, html; repeatable
  -o, --output <文件> 把前一个 --format 写入文件（否则写到标准输出）
                      write the preceding --format to a file (else to stdout)
  --config <文件>     参数文件，默认当前目录的 govguard.yaml / parameters, default ./govguard.yaml
  --waivers <文件>    豁免文件，默认当前目录的 waivers.yaml / waivers, default ./waivers.yaml
  --fail-on <级别>    导致不通过的最低严重性：critical、high、medium、low（默认）
                      lowest severity that fails the gate: critical, high, medium, low (default)
  --lang <语言>       zh、en 或 both（默认）/ zh, en or both (default)
  --record <文件>     写出本次检查的评估记录（输入摘要、策略包版本、结果）
                      write the assessment record of this run (input digests, bundle, results)
  --module            把 .tf 目录当作供根模块调用的可复用模块检查：全栈与提供方控制项（区域、操作审计、
                      告警、评估编号等）改为一条说明，指出调用它的根模块须提供什么；优先于 govguard.yaml
                      的 input.kind；不适用于计划 JSON 与 CDKTF 栈（它们总是根模块）
                      check .tf folders as reusable modules that a root calls: the stack-wide and provider
                      controls (region, audit trail, alarm, assessment reference...) become one note on
                      what the calling root must provide; wins over input.kind in govguard.yaml; refused
                      for plan JSON and CDKTF stacks (always root modules)
  --baseline <文件 file>
                      基线文件：其中记录的违规不导致不通过，只有新违规才会；不再匹配的条目列为可删除
                      a baseline file: the findings it records do not fail the gate, new ones do;
                      entries that no longer match are listed as removable
  --jobs <N>          同时评估的工作线程数，1 到 64 的整数（默认：本进程可用的 CPU 核数）；
                      1 表示在主线程中逐个评估
                      worker threads evaluating at once, an integer from 1 to 64 (default: the
                      cores available to the process); 1 evaluates in the main thread, one at a time

baseline 选项 options（检查方式与 check 相同 / it checks as check does）:
  -o, --output <文件> 写出的基线文件（默认 govguard-baseline.json；不会覆盖本次读取的输入）
                      the baseline to write (default govguard-baseline.json; never over an input)
  --config <文件>、--waivers <文件>、--module、--jobs <N>
                      同 check / as for check（已豁免的违规不记入基线 / waived findings are left out）

  -h, --help          显示帮助 / show this help
  -v, --version       显示版本 / show the version

环境变量 Environment:
  NO_COLOR / FORCE_COLOR   关闭 / 强制彩色输出 / turn colour off / on
  GOVGUARD_TODAY           豁免到期的判断日期 YYYY-MM-DD（默认北京时间今天）
                           the date waivers expire against, YYYY-MM-DD (default: today in Beijing)

退出码 Exit codes:
  0  通过 / the gate passes
  1  存在不通过的违规 / a finding fails the gate
  2  命令行、输入、配置、豁免或基线有误 / the command line, an input, the configuration, a waiver or the baseline is wrong
`;

const toolVersion = govguardVersion;

const processOutput: Output = {
  stdout: (t) => process.stdout.write(t),
  drained: () =>
    new Promise<void>((resolve) => {
      // An error or a closed stdout ends the wait too: process.ts reports a failed stdout.
      const done = (): void => {
        for (const event of ["drain", "error", "close"] as const) process.stdout.off(event, done);
        resolve();
      };
      for (const event of ["drain", "error", "close"] as const) process.stdout.once(event, done);
    }),
  stderr: (t) => process.stderr.write(t),
  colour: wantsColour(process.stdout),
};

function parseFormatted(args: string[]): { format: "text" | "json"; positionals: string[] } {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: "string", default: "text" } },
  });
  const format = values.format;
  if (format !== "text" && format !== "json") {
    throw new UsageError({ zh: `未知的输出格式 ${format}（可用 text、json）`, en: `unknown format ${format} (use text or json)` });
  }
  return { format, positionals };
}

function noPositionals(command: string, positionals: string[]): void {
  if (positionals.length > 0) {
    throw new UsageError({ zh: `${command} 不接受参数 ${positionals[0]}`, en: `${command} takes no argument ${positionals[0]}` });
  }
}

function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

function runRules(args: string[], out: Output): number {
  const { format, positionals } = parseFormatted(args);
  noPositionals("rules", positionals);
  const catalogue = loadCatalogue();
  out.stdout(format === "json" ? toJson(catalogue.controls) : renderRules(catalogue));
  return EXIT_PASS;
}

function runExplain(args: string[], out: Output): number {
  const { format, positionals } = parseFormatted(args);
  if (positionals.length !== 1) {
    throw new UsageError({ zh: "explain 需要一个控制项 ID，如 A20.1", en: "explain needs one control ID, e.g. A20.1" });
  }
  const catalogue = loadCatalogue();
  const control = findControl(catalogue, positionals[0]);
  if (format === "json") {
    const articles = catalogue.articles.filter((a) => control.articles.includes(a.article));
    out.stdout(toJson({ ...control, matrix: articles }));
  } else {
    out.stdout(renderExplain(control, catalogue));
  }
  return EXIT_PASS;
}

function runMatrix(args: string[], out: Output): number {
  const { format, positionals } = parseFormatted(args);
  noPositionals("matrix", positionals);
  const catalogue = loadCatalogue();
  out.stdout(format === "json" ? toJson(catalogue.articles) : renderMatrix(catalogue));
  return EXIT_PASS;
}

function runInit(args: string[], out: Output): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { force: { type: "boolean", default: false } } });
  if (positionals.length > 1) throw new UsageError({ zh: "init 最多接受一个文件名", en: "init takes at most one file name" });
  const file = positionals[0] ?? "govguard.yaml";
  // lstat: a symlink there, even a dangling one, is something that exists.
  if (fs.lstatSync(file, { throwIfNoEntry: false }) !== undefined && !values.force) {
    throw new InputError(file, { zh: "已存在；用 --force 覆盖", en: "already exists; use --force to overwrite it" });
  }
  writeOutputFile(file, renderStarterConfig(loadEngine().parameters()));
  out.stdout(`已写出 ${file} / wrote ${file}\n`);
  return EXIT_PASS;
}

export async function main(argv: string[], out: Output = processOutput): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === "-h" || command === "--help" || command === "help") {
      out.stdout(HELP);
      return command === undefined ? EXIT_ERROR : EXIT_PASS;
    }
    if (command === "-v" || command === "--version") {
      out.stdout(`govguard ${toolVersion()}\n`);
      return EXIT_PASS;
    }
    if (rest.includes("-h") || rest.includes("--help")) {
      out.stdout(HELP);
      return EXIT_PASS;
    }
    if (command === "check") return await runCheck(rest, out, toolVersion());
    if (command === "baseline") return await runBaseline(rest, out, toolVersion());
    if (command === "init") return runInit(rest, out);
    if (command === "rules") return runRules(rest, out);
    if (command === "explain") return runExplain(rest, out);
    if (command === "matrix") return runMatrix(rest, out);
    if (command === "input") return await runInput(rest, out);
    throw new UsageError({
      zh: `未知的命令 ${command}（可用 check、baseline、init、rules、explain、matrix、input）`,
      en: `unknown command ${command} (use check, baseline, init, rules, explain, matrix or input)`,
    });
  } catch (e: unknown) {
    out.stderr(`${failureLine(e)}\n`);
    if (process.env.GOVGUARD_DEBUG && e instanceof Error && !(e instanceof InputError || e instanceof UsageError)) out.stderr(`${e.stack}\n`);
    return EXIT_ERROR;
  }
}

/** "govguard: <file>: " for the input being read or judged, if there is one. */
function filePrefix(): string {
  const file = currentFile();
  return file === undefined ? "govguard: " : `govguard: ${printable(file)}: `;
}

// What a runtime gives up with when an input exhausts it: the stack (deep nesting), memory, or a
// wasm trap. The input is the cause even when no cap caught it first.
function isExhaustion(e: unknown): boolean {
  if (e instanceof WebAssembly.RuntimeError) return true;
  return e instanceof RangeError && /call stack|memory|allocation|invalid (string|array) length/i.test(e.message);
}

/**
 * The one line on stderr for a run that ended without a verdict: naming the file (or the file
 * being read or judged), never a stack trace, and "internal error" only for govguard's own defects.
 */
export function failureLine(e: unknown): string {
  if (e instanceof InputError) return `govguard: ${printable(e.file)}: ${printable(e.problem.zh)} / ${printable(e.problem.en)}`;
  if (e instanceof UsageError) return `govguard: ${printable(e.problem.zh)} / ${printable(e.problem.en)}（govguard --help）`;
  if (e instanceof TypeError && (e as NodeJS.ErrnoException).code?.startsWith("ERR_PARSE_ARGS")) {
    return `govguard: 命令行有误 / bad command line: ${printable(e.message)}（govguard --help）`;
  }
  const detail = printable(e instanceof Error ? e.message : String(e));
  if (isExhaustion(e)) {
    return `${filePrefix()}读取或评估时耗尽了运行资源（${detail}）/ exhausted a runtime resource while being read or evaluated (${detail})`;
  }
  return `${filePrefix()}内部错误 / internal error: ${detail}（这是 govguard 的缺陷，请报告 / this is a govguard bug, please report it; GOVGUARD_DEBUG=1 shows where）`;
}
