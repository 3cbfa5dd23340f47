// The check pipeline behind the facade: read the inputs and the settings, evaluate each document
// (read → reports), and assemble the reports into the result every report format renders
// (assembleResult, pure). The CLI, the library API and the synth-time check all run it.
import { isCalendarDate } from "../config/calendar-date";
import { LoadedConfig, LoadedWaivers, loadConfigFile, loadWaiversFile, raiseConfigurationErrors } from "../config/load";
import { waiverWarnings } from "../config/waiver-warnings";
import { applyBaseline } from "../baseline/apply";
import { loadBaselineFile } from "../baseline/file";
import { workingOn } from "../errors";
import { boundedMessage } from "./bounded-message";
import { endOfPhase, heapStep } from "../heap-guard";
import { eachInputOrDeferred, InputDocument, readInputs } from "../inputs/discover";
import { digestAsRead } from "../inputs/read-file";
import { Locator, takeLocator } from "../inputs/locate";
import {
  catalogueOrder,
  CheckResult,
  compareFindings,
  ControlMetadata,
  FileDigest,
  Finding,
  InputError,
  InputMode,
  InputSummary,
  Location,
  MatrixEntry,
  PolicyFinding,
  PolicyReport,
  SEVERITIES,
  Severity,
  Text,
  Waiver,
  WaiverUse,
} from "../model";
import { readBundle } from "./bundle";
import { evaluateAsRead, evaluateReports, evaluationFailure, READ_IN_WORKERS_UP_TO, startPool } from "./evaluate-reports";
import { evaluatePartsSync, JoinDeclarations, joinsOf } from "./partition";
import { PolicyEvaluator, RunData } from "./policy";

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
  /** How many documents (or parts of one) to evaluate at once, each in a worker thread; 1, the
   * default, evaluates in this thread. The CLI's --jobs defaults to the cores available. */
  jobs?: number;
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
  // China Standard Time is UTC+8 all year (no daylight saving since 1991): the date is UTC's, eight
  // hours on. (Intl with Asia/Shanghai gave the same and cost 13 ms of every run, loading time zones.)
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

const NO_ALICLOUD: Text = {
  zh: "未发现阿里云（alicloud）提供方配置，没有可检查的内容",
  en: "no alicloud provider configuration found, so there was nothing to check",
};

// Notes the bundle makes about one input rather than the run: reports show them with its file.
const INPUT_NOTES = new Set(["no_provider_block"]);
const MODULE_MODE_NOTE = "module_mode";

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

function fails(f: PolicyFinding, failOn: Severity): boolean {
  return f.waiver?.status !== "active" && SEVERITY_RANK[f.severity] <= SEVERITY_RANK[failOn];
}

/** A policy finding with its control's title and remediation, its waiver numbered as the user wrote it. */
function complete(f: PolicyFinding, catalogue: Record<string, ControlMetadata>, file: string, failOn: Severity, location: Location, ownerOf: (i: number) => number): Finding {
  const control = catalogue[f.control];
  return {
    control: f.control,
    article: f.article,
    severity: f.severity,
    title: control.title,
    resource: f.resource,
    ...(f.attribute === undefined ? {} : { attribute: f.attribute }),
    file,
    message: boundedMessage(f.message),
    remediation: f.remediation ?? control.remediation,
    ...(f.waiver === undefined ? {} : { waiver: { ...f.waiver, index: ownerOf(f.waiver.index) } }),
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

// Each loaded policy's join declarations (govguard/about/joins), asked once.
const joinsByEvaluator = new WeakMap<PolicyEvaluator, JoinDeclarations>();

function joinsFor(evaluator: PolicyEvaluator): JoinDeclarations {
  let joins = joinsByEvaluator.get(evaluator);
  if (joins === undefined) {
    joins = joinsOf(evaluator);
    joinsByEvaluator.set(evaluator, joins);
  }
  return joins;
}

/** The report on one document, in this thread, part by part when it is large (partition/); a
 * document the bundle refuses (report.errors) is an InputError. */
export function evaluateDocument(evaluator: PolicyEvaluator, doc: InputDocument): PolicyReport {
  workingOn(doc.file);
  let report: PolicyReport;
  try {
    report = evaluatePartsSync(evaluator, doc, joinsFor(evaluator));
  } catch (e: unknown) {
    throw evaluationFailure(doc.file, doc.content.length, e);
  }
  refuseErrors(doc, report);
  return report;
}

function refuseErrors(doc: InputDocument, report: PolicyReport): void {
  if (report.errors.length > 0) throw new InputError(doc.file, report.errors[0].message);
}

export interface EvaluationSettings {
  failOn?: Severity;
  /** The waivers as the user wrote them, in order: what reports list and notes name. */
  waivers?: unknown[];
  /**
   * When the bundle was given other entries than `waivers` (the synth-time check expands a
   * construct path into one entry per address): for each entry the bundle was given, the index of
   * the written waiver it came from. Findings and notes then name the written waiver.
   */
  waiverOwners?: readonly number[];
  settings?: CheckResult["settings"];
  settingsDigests?: FileDigest[];
}

/** What assembleResult takes from the engine besides the reports. */
export interface AssembleOptions extends EvaluationSettings {
  bundle: { revision: string; sha256: string };
  /** Every control, in catalogue order. */
  controls: ControlMetadata[];
  articles: MatrixEntry[];
}

/** The result of a run from each document's report (in the documents' order), no evaluation. It
 * takes the reports' findings: each report's list is empty when it returns. */
export function assembleResult(documents: readonly InputDocument[], reports: readonly PolicyReport[], options: AssembleOptions): CheckResult {
  if (reports.length !== documents.length) throw new Error(`${reports.length} reports for ${documents.length} documents`);
  const failOn = options.failOn ?? "low";
  const owners = options.waiverOwners;
  const ownerOf = (i: number): number => (owners === undefined ? i : (owners[i] ?? i));
  const written = options.waivers ?? [];
  const findings: Finding[] = [];
  const inputs: InputSummary[] = [];
  const runNotes = new Map<string, Text>();
  const used = new Set<number>();
  let mode: InputMode = "root";
  documents.forEach((doc, n) => {
    const report = reports[n];
    // A heap that fills while its findings are completed names this input (heap-guard.ts).
    workingOn(doc.file);
    refuseErrors(doc, report);
    mode = report.mode;
    const own = report.notes.filter((note) => INPUT_NOTES.has(note.code)).map((note) => note.message);
    const notes = [...doc.notes, ...(report.summary.providers === 0 ? [NO_ALICLOUD] : []), ...own];
    inputs.push({ file: doc.file, kind: doc.kind, flavour: report.flavour, findings: report.findings.length, sources: doc.sources, notes });
    let locator: Locator | undefined;
    const locate = (resource: string): Location => doc.locations?.get(resource) ?? (locator ??= takeLocator(doc)).locate(resource);
    // Each finding is taken out of its report as it is completed, so that it is held once, not
    // twice: 1,370,000 findings of a 1,000,000-resource legacy estate took 330 MiB more heap when
    // completed beside their reports'. The report's list is left empty.
    const taken = report.findings.reverse();
    for (let f = taken.pop(); f !== undefined; f = taken.pop()) {
      heapStep();
      findings.push(complete(f, report.catalogue, doc.file, failOn, locate(f.resource), ownerOf));
    }
    for (const note of report.notes) if (!INPUT_NOTES.has(note.code)) runNotes.set(note.code, note.message);
    for (const i of report.waivers_used) used.add(ownerOf(i));
  });
  findings.sort(compareFindings);
  const by_severity = Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length])) as Record<Severity, number>;
  const failing = findings.filter((f) => f.failing).length;
  const modeNote = runNotes.get(MODULE_MODE_NOTE);
  return {
    mode,
    findings,
    waivers: waiverUses(findings, written),
    inputs,
    notes: [...runNotes.values(), ...waiverNotes(findings, used, written)],
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
    bundle: { revision: options.bundle.revision, sha256: options.bundle.sha256 },
    settings: options.settings ?? { today: todayInChina() },
    ...(options.settingsDigests === undefined ? {} : { settingsDigests: options.settingsDigests }),
    digests: documents.flatMap((d) => d.digests),
    controls: options.controls,
    articles: options.articles,
  };
}

/** What assembleResult needs from an evaluator besides the reports. */
export function engineFacts(evaluator: PolicyEvaluator): Pick<AssembleOptions, "bundle" | "controls" | "articles"> {
  return { bundle: evaluator.bundle, controls: catalogueOrder(evaluator.catalogue()), articles: evaluator.matrix() };
}

/** The synchronous path (the synth-time check): each document evaluated in this thread, in order. */
export function evaluateDocuments(evaluator: PolicyEvaluator, documents: InputDocument[], options: EvaluationSettings = {}): CheckResult {
  const reports = documents.map((doc) => evaluateDocument(evaluator, doc));
  return assembleResult(documents, reports, { ...options, ...engineFacts(evaluator) });
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

function settingsDigests(files: (string | undefined)[]): FileDigest[] {
  return files.flatMap((file) => {
    const digest = file === undefined ? undefined : digestAsRead(file);
    return digest === undefined ? [] : [digest];
  });
}

/** A check of documents already read (the synth-time check's stack), in this thread. */
export interface DocumentCheckOptions {
  /** The parameters, as govguard.yaml holds them. */
  config?: Record<string, unknown>;
  /** The file they were read from, so that a refusal points at its line. */
  configFile?: LoadedConfig;
  /** The waivers as written (reports list them, notes and findings name them, the bundle judges them). */
  waivers?: unknown[];
  /** The file the first of them were read from, so that a refusal points at its line. */
  waiversFile?: LoadedWaivers;
  /** The entries the bundle matches findings against, when not `waivers` as written (a construct
   * path expanded to one entry per address), each with the index of the written waiver it came from. */
  expanded?: { entries: unknown[]; owners: number[] };
  today?: string;
  failOn?: Severity;
  /** A govguard-baseline.json, applied after the waivers. */
  baseline?: string;
  bundlePath?: string;
}

/**
 * The check pipeline for documents in memory, synchronously: the settings judged by the bundle as
 * written, the documents evaluated, the result assembled, the baseline applied. The engines are
 * shared (src/engine/index.ts sharedEngine), so repeated synths load the policy once per settings.
 */
export function checkDocumentsWith(engineFor: (data: RunData) => PolicyEvaluator, documents: InputDocument[], options: DocumentCheckOptions): CheckResult {
  const today = options.today ?? todayInChina();
  const written = options.waivers ?? [];
  const judged = engineFor({ govguard_config: options.config, govguard_waivers: written, govguard_today: today });
  raiseConfigurationErrors(judged.configurationErrors(), options.configFile, options.waiversFile);
  const evaluator = options.expanded === undefined ? judged : engineFor({ govguard_config: options.config, govguard_waivers: options.expanded.entries, govguard_today: today });
  const result = evaluateDocuments(evaluator, documents, {
    failOn: options.failOn,
    waivers: written,
    ...(options.expanded === undefined ? {} : { waiverOwners: options.expanded.owners }),
    settings: { config: options.configFile?.source.file, waivers: options.waiversFile?.source.file, today },
  });
  // After the waivers, as `govguard check --baseline` applies it: a waived finding uses up no entry.
  return options.baseline === undefined ? result : applyBaseline(result, loadBaselineFile(options.baseline));
}

/** Reads the inputs, evaluates them with the run's settings, and returns every finding and the verdict. */
export async function check(paths: string[], options: CheckOptions = {}): Promise<CheckResult> {
  const { data, config, waivers } = runDataFor(options);
  const baseline = options.baseline === undefined ? undefined : loadBaselineFile(options.baseline);
  const bundle = readBundle(options.bundlePath);
  const jobs = options.jobs ?? 1;
  // Workers start, and make their memory resident, while this thread reads the inputs.
  const pool = startPool(bundle, data, paths, { jobs });
  let reports: PolicyReport[];
  let facts: ReturnType<typeof engineFacts>;
  let documents: InputDocument[];
  try {
    if (pool === undefined) {
      documents = await readInputs(paths, { attributes: bundle.attributes });
      const largestInputBytes = documents.reduce((n, d) => Math.max(n, d.content.length), 0);
      const evaluator = new PolicyEvaluator(bundle, data, { largestInputBytes });
      raiseConfigurationErrors(evaluator.configurationErrors(), config, waivers);
      reports = await evaluateReports(bundle, data, documents, { jobs, evaluator });
      facts = engineFacts(evaluator);
    } else {
      // Each document goes to the workers as soon as it is read, and a small JSON file is read by
      // the worker that evaluates it. This thread's policy evaluates no document: it answers the
      // joins, the configuration's errors and the catalogue, all asked now, so that its wasm
      // memory is not held while the workers evaluate. (Asking a worker instead, so that this
      // thread loads no policy, took 60-100 ms off this thread but made 10,000 resources no faster
      // on two cores, where the worker's start competes with this thread's reading.)
      const local = new PolicyEvaluator(bundle, data);
      facts = engineFacts(local);
      const joins = joinsOf(local);
      const errors = local.configurationErrors();
      const gate = (): void => raiseConfigurationErrors(errors, config, waivers);
      documents = [];
      const reading = { attributes: bundle.attributes };
      reports = await evaluateAsRead(eachInputOrDeferred(paths, reading, READ_IN_WORKERS_UP_TO), documents, pool, joins, jobs, { gate, reading });
    }
  } finally {
    await pool?.close();
  }
  // What evaluating held (the parts' reports and bytes, the workers' replies) is garbage now.
  endOfPhase();
  const result = assembleResult(documents, reports, {
    ...facts,
    failOn: options.failOn,
    waivers: data.govguard_waivers ?? [],
    settings: { config: config?.source.file, waivers: waivers?.source.file, today: data.govguard_today ?? todayInChina() },
    settingsDigests: settingsDigests([config?.source.file, waivers?.source.file, options.baseline]),
  });
  return baseline === undefined ? result : applyBaseline(result, baseline);
}
