// The library API: judge Terraform plans, CDKTF synth output and .tf code against the policy
// bundle, with the user's configuration and waivers, and return every finding with the file it
// came from and the gate's verdict.
import { isCalendarDate } from "./config/calendar-date";
import { LoadedConfig, LoadedWaivers, loadConfigFile, loadWaiversFile, raiseConfigurationErrors } from "./config/load";
import { waiverWarnings } from "./config/waiver-warnings";
import { applyBaseline, BaselineUse } from "./baseline/apply";
import { loadBaselineFile } from "./baseline/file";
import { readBundle } from "./engine/bundle";
import { PolicyEvaluator, RunData } from "./engine/policy";
import { compareControlIds } from "./catalogue";
import { ControlMetadata, InputMode, MatrixEntry, PolicyFinding, PolicyReport, SEVERITIES, Severity, Text, Waiver } from "./engine/types";
import { InputError, workingOn } from "./errors";
import { InputDocument, InputKind, readInputs } from "./inputs/discover";
import { FileDigest } from "./inputs/read-file";
import { Location, Locator } from "./inputs/locate";

export interface CheckOptions {
  /** A compiled policy bundle; defaults to the one shipped with govguard. */
  bundlePath?: string;
  /** Control parameters, as govguard.yaml holds them. Ignored when `configFile` is given. */
  config?: Record<string, unknown>;
  /** A govguard.yaml to read the parameters from. */
  configFile?: string;
  /** Waivers, as waivers.yaml lists them. Ignored when `waiversFile` is given. */
  waivers?: unknown[];
  /** A waivers.yaml to read the waivers from. */
  waiversFile?: string;
  /** The date waivers expire against, YYYY-MM-DD; by default today in China (Asia/Shanghai). */
  today?: string;
  /** The lowest severity that fails the gate; by default every unwaived finding fails it. */
  failOn?: Severity;
  /** true checks the inputs as reusable modules (--module), whatever govguard.yaml's input.kind says. */
  module?: boolean;
  /** A govguard-baseline.json: the findings it records do not fail the gate (src/baseline/). */
  baseline?: string;
}

export interface Finding extends PolicyFinding {
  title: Text;
  remediation: Text;
  /** The input file (or .tf folder) the resource was found in. */
  file: string;
  /** Whether this finding fails the gate: unwaived (or its waiver expired), severe enough, and not in the baseline. */
  failing: boolean;
  /** true when the baseline accepted it (src/baseline/apply.ts). */
  baselined?: boolean;
  /** Where the resource is written: a .tf file and line, or the JSON input and line. */
  location: Location;
}

export interface InputSummary {
  file: string;
  kind: InputKind;
  flavour: string;
  findings: number;
  sources: string[];
  notes: Text[];
}

/** A waivers.yaml entry as every report lists it: what it covers, who owns it, and what a reviewer
 * should know about it (a blanket pattern, no owner, no expiry). */
export interface WaiverUse {
  /** Position of the entry in waivers.yaml, from 0. */
  index: number;
  control: string;
  /** The address glob as written. */
  resource: string;
  reason: string;
  /** "" when the entry names no owner. */
  owner: string;
  /** YYYY-MM-DD, or "" when the waiver does not expire. */
  expires: string;
  /** active: in force; expired: past its date, its findings fail again; unused: matches no finding. */
  status: "active" | "expired" | "unused";
  /** How many findings it matches. */
  findings: number;
  /** Governance warnings (blanket pattern, no owner, no expiry date: src/config/waiver-warnings.ts).
   * What govguard.yaml's waivers.* settings refuse (exit 2) never gets this far. */
  warnings: Text[];
}

export interface CheckResult {
  /** root, or module: the inputs were checked as reusable modules, and what the calling root must
   * provide (a provider region, a trail, an alarm...) is a note rather than findings (lib/mode). */
  mode: InputMode;
  findings: Finding[];
  /** Every waiver of the run, applied or not, in waivers.yaml order. */
  waivers: WaiverUse[];
  inputs: InputSummary[];
  /** Remarks on the whole run that are not findings: a configuration gap, a stale waiver. */
  notes: Text[];
  /** In module mode, the one note (also in `notes`) naming what the calling root must provide:
   * reports attach it to the stack-scoped controls it leaves unjudged (lib/mode). */
  modeNote?: Text;
  summary: {
    inputs: number;
    findings: number;
    by_severity: Record<Severity, number>;
    /** Findings an active waiver covers. */
    waived: number;
    /** Findings that fail the gate. */
    failing: number;
    fail_on: Severity;
    passed: boolean;
  };
  bundle: { revision: string; sha256: string };
  /** The files the run read besides its inputs, for the assessment record. */
  settings: { config?: string; waivers?: string; today: string };
  /** Every input source's digest as it was read: what the assessment record certifies. */
  digests?: FileDigest[];
  /** Every control, in catalogue order, and every article of the regulation, for reports. */
  controls: ControlMetadata[];
  articles: MatrixEntry[];
  /** What the baseline did, when the run had one. */
  baseline?: BaselineUse;
}

function controlNumber(id: string): number {
  return Number(id.split(".")[1] ?? 0);
}

/** Article, control, file, resource, message: the order every report uses. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.article - b.article ||
    controlNumber(a.control) - controlNumber(b.control) ||
    a.file.localeCompare(b.file) ||
    a.resource.localeCompare(b.resource) ||
    a.message.en.localeCompare(b.message.en)
  );
}

const NOT_A_DATE: Text = {
  zh: "应为日历上存在的 YYYY-MM-DD 日期（如 2026-11-21）",
  en: "must be a real date written YYYY-MM-DD (such as 2026-11-21)",
};

/**
 * Today's date in China, YYYY-MM-DD. GOVGUARD_TODAY overrides it for reproducible runs; set to
 * anything but a real date it is an error, never ignored (waivers expire against it).
 */
export function todayInChina(now: Date = new Date()): string {
  const fixed = process.env.GOVGUARD_TODAY;
  if (fixed !== undefined) {
    if (!isCalendarDate(fixed)) throw new InputError("GOVGUARD_TODAY", NOT_A_DATE);
    return fixed;
  }
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

const NO_ALICLOUD: Text = {
  zh: "未发现阿里云（alicloud）提供方配置，没有可检查的内容",
  en: "no alicloud provider configuration found, so there was nothing to check",
};

// Notes the bundle makes about one input rather than the run: reports show them with its file.
const INPUT_NOTES = new Set(["no_provider_block"]);

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

function fails(f: PolicyFinding, failOn: Severity): boolean {
  return f.waiver?.status !== "active" && SEVERITY_RANK[f.severity] <= SEVERITY_RANK[failOn];
}

/** A policy finding with its control's title and remediation, in the order every report uses. */
function complete(f: PolicyFinding, catalogue: Record<string, ControlMetadata>, file: string, failOn: Severity, location: Location): Finding {
  const control = catalogue[f.control];
  return {
    control: f.control,
    article: f.article,
    severity: f.severity,
    title: control.title,
    resource: f.resource,
    ...(f.attribute === undefined ? {} : { attribute: f.attribute }),
    file,
    message: f.message,
    remediation: f.remediation ?? control.remediation,
    ...(f.waiver === undefined ? {} : { waiver: f.waiver }),
    failing: fails(f, failOn),
    location,
  };
}

/** How a note names a waiver: its index and what it says it covers. */
export type WaiverLabel = (index: number, entry: unknown) => string;

function waiverLabel(index: number, entry: unknown): string {
  const e = (entry ?? {}) as { control?: unknown; resource?: unknown };
  return `waivers[${index}] (${String(e.control)} ${String(e.resource)})`;
}

/** The notes on waivers that matched nothing or expired, as every report words them. */
export function waiverNotes(findings: Finding[], used: Set<number>, entries: unknown[], label: WaiverLabel = waiverLabel): Text[] {
  const notes: Text[] = [];
  entries.forEach((entry, index) => {
    if (used.has(index)) return;
    const name = label(index, entry);
    notes.push({ zh: `豁免项 ${name} 没有匹配任何违规，可以删除`, en: `waiver ${name} matches no finding and can be removed` });
  });
  const expired = new Map<number, Waiver>();
  for (const f of findings) if (f.waiver?.status === "expired") expired.set(f.waiver.index, f.waiver);
  for (const [index, w] of [...expired].sort((a, b) => a[0] - b[0])) {
    const name = label(index, entries[index]);
    const when = w.expires === "" ? { zh: "无法核实日期", en: "cannot be dated" } : { zh: `已于 ${w.expires} 到期`, en: `expired on ${w.expires}` };
    notes.push({ zh: `豁免项 ${name} ${when.zh}，其违规重新计入`, en: `waiver ${name} ${when.en}, so its findings count again` });
  }
  return notes;
}

function field(entry: unknown, key: string): string {
  if (typeof entry !== "object" || entry === null || !Object.hasOwn(entry, key)) return "";
  const v = (entry as Record<string, unknown>)[key];
  return v === undefined || v === null ? "" : String(v);
}

/** Each waiver with the findings it covers and what a reviewer should know about it. */
export function waiverUses(findings: Finding[], entries: unknown[]): WaiverUse[] {
  return entries.map((entry, index) => {
    const covered = findings.filter((f) => f.waiver?.index === index);
    const expired = covered.some((f) => f.waiver?.status === "expired");
    return {
      index,
      control: field(entry, "control"),
      resource: field(entry, "resource"),
      reason: field(entry, "reason"),
      owner: field(entry, "owner"),
      expires: field(entry, "expires"),
      status: covered.length === 0 ? "unused" : expired ? "expired" : "active",
      findings: covered.length,
      warnings: waiverWarnings(entry),
    };
  });
}

// OPA's wasm runtime has wasm32's 4 GiB and keeps every value of an evaluation until it ends:
// about 27 bytes of memory per byte of the plan it is given.
const OUT_OF_MEMORY = /opa_malloc: failed|WebAssembly\.Memory\.grow|Out of memory/i;

function evaluateOne(evaluator: PolicyEvaluator, doc: InputDocument): PolicyReport {
  workingOn(doc.file);
  try {
    return evaluator.evaluate(doc.content);
  } catch (e: unknown) {
    if (!(e instanceof Error) || !OUT_OF_MEMORY.test(e.message)) throw e;
    const mib = Math.round(doc.content.length / (1024 * 1024));
    throw new InputError(doc.file, {
      zh: `输入过大，超出 wasm 的 4 GiB 内存上限（精简后 ${mib} MiB）；请按模块拆分后分别检查，或用 opa eval 运行 Rego 策略包`,
      en: `too large to evaluate within wasm's 4 GiB of memory (${mib} MiB after slimming); check it in parts (by module), or run the Rego bundle with opa eval`,
    });
  }
}

export interface EvaluationSettings {
  failOn?: Severity;
  waivers?: unknown[];
  settings?: CheckResult["settings"];
}

export function evaluateDocuments(evaluator: PolicyEvaluator, documents: InputDocument[], options: EvaluationSettings = {}): CheckResult {
  const failOn = options.failOn ?? "low";
  const findings: Finding[] = [];
  const inputs: InputSummary[] = [];
  const runNotes = new Map<string, Text>();
  const used = new Set<number>();
  let mode: InputMode = "root";
  for (const doc of documents) {
    const report = evaluateOne(evaluator, doc);
    if (report.errors.length > 0) throw new InputError(doc.file, report.errors[0].message);
    mode = report.mode;
    const own = report.notes.filter((n) => INPUT_NOTES.has(n.code)).map((n) => n.message);
    const notes = [...doc.notes, ...(report.summary.providers === 0 ? [NO_ALICLOUD] : []), ...own];
    inputs.push({ file: doc.file, kind: doc.kind, flavour: report.flavour, findings: report.findings.length, sources: doc.sources, notes });
    const locator = new Locator(doc);
    for (const f of report.findings) findings.push(complete(f, report.catalogue, doc.file, failOn, locator.locate(f.resource)));
    for (const n of report.notes) if (!INPUT_NOTES.has(n.code)) runNotes.set(n.code, n.message);
    for (const i of report.waivers_used) used.add(i);
  }
  findings.sort(compareFindings);
  const by_severity = Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length])) as Record<Severity, number>;
  const failing = findings.filter((f) => f.failing).length;
  const modeNote = runNotes.get("module_mode");
  return {
    mode,
    findings,
    waivers: waiverUses(findings, options.waivers ?? []),
    inputs,
    notes: [...runNotes.values(), ...waiverNotes(findings, used, options.waivers ?? [])],
    ...(modeNote === undefined ? {} : { modeNote }),
    summary: {
      inputs: inputs.length,
      findings: findings.length,
      by_severity,
      waived: findings.filter((f) => f.waiver?.status === "active").length,
      failing,
      fail_on: failOn,
      passed: failing === 0,
    },
    bundle: { revision: evaluator.bundle.revision, sha256: evaluator.bundle.sha256 },
    settings: options.settings ?? { today: todayInChina() },
    digests: documents.flatMap((d) => d.digests),
    controls: Object.values(evaluator.catalogue()).sort((a, b) => compareControlIds(a.id, b.id)),
    articles: evaluator.matrix(),
  };
}

/**
 * The settings with module mode on, as --module asks: the flag wins over govguard.yaml's
 * input.kind. A malformed `input` is left as written, so the bundle still refuses it (exit 2
 * naming its line) rather than the flag hiding it.
 */
function withModuleMode(values: Record<string, unknown> = {}): Record<string, unknown> {
  const input: unknown = Object.hasOwn(values, "input") ? values.input : {};
  if (typeof input !== "object" || input === null || Array.isArray(input)) return values;
  const kind: unknown = Object.hasOwn(input, "kind") ? (input as Record<string, unknown>).kind : "root";
  if (kind !== "root" && kind !== "module") return values;
  return { ...values, input: { ...input, kind: "module" } };
}

/** The run data for the bundle from the options, files read and validated. */
export function runDataFor(options: CheckOptions): { data: RunData; config?: LoadedConfig; waivers?: LoadedWaivers } {
  if (options.today !== undefined && !isCalendarDate(options.today)) throw new InputError("today", NOT_A_DATE);
  const config = options.configFile !== undefined ? loadConfigFile(options.configFile) : undefined;
  const waivers = options.waiversFile !== undefined ? loadWaiversFile(options.waiversFile) : undefined;
  const values = config?.values ?? options.config;
  return {
    data: {
      govguard_config: options.module === true ? withModuleMode(values) : values,
      govguard_waivers: waivers?.entries ?? options.waivers,
      govguard_today: options.today ?? todayInChina(),
    },
    config,
    waivers,
  };
}

export async function check(paths: string[], options: CheckOptions = {}): Promise<CheckResult> {
  const { data, config, waivers } = runDataFor(options);
  const baseline = options.baseline === undefined ? undefined : loadBaselineFile(options.baseline);
  const bundle = readBundle(options.bundlePath);
  const documents = await readInputs(paths, { attributes: bundle.attributes });
  const largestInputBytes = Math.max(0, ...documents.map((d) => d.content.length));
  const evaluator = new PolicyEvaluator(bundle, data, { largestInputBytes });
  raiseConfigurationErrors(evaluator.configurationErrors(), config, waivers);
  const result = evaluateDocuments(evaluator, documents, {
    failOn: options.failOn,
    waivers: data.govguard_waivers ?? [],
    settings: { config: config?.source.file, waivers: waivers?.source.file, today: data.govguard_today ?? todayInChina() },
  });
  return baseline === undefined ? result : applyBaseline(result, baseline);
}
