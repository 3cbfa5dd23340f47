// The library API: judge Terraform plans, CDKTF synth output and .tf code against the policy
// bundle, and return every finding with the file it came from.
import { PolicyEvaluator } from "./engine/policy";
import { ControlMetadata, PolicyFinding, SEVERITIES, Severity, Text } from "./engine/types";
import { InputError } from "./errors";
import { InputDocument, InputKind, readInputs } from "./inputs/discover";

export interface CheckOptions {
  /** A compiled policy bundle; defaults to the one shipped with govguard. */
  bundlePath?: string;
  /** Control parameters (the contents of govguard.yaml). */
  config?: Record<string, unknown>;
}

export interface Finding extends PolicyFinding {
  title: Text;
  remediation: Text;
  /** The input file (or .tf folder) the resource was found in. */
  file: string;
}

export interface InputSummary {
  file: string;
  kind: InputKind;
  flavour: string;
  findings: number;
  sources: string[];
  notes: Text[];
}

export interface CheckResult {
  findings: Finding[];
  inputs: InputSummary[];
  /** Remarks on the whole run that are not findings, such as a configuration gap. */
  notes: Text[];
  summary: {
    inputs: number;
    findings: number;
    by_severity: Record<Severity, number>;
    passed: boolean;
  };
  bundle: { revision: string; sha256: string };
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

const NO_ALICLOUD: Text = {
  zh: "未发现阿里云（alicloud）提供方配置，没有可检查的内容",
  en: "no alicloud provider configuration found, so there was nothing to check",
};

/** A policy finding with its control's title and remediation, in the order every report uses. */
function complete(f: PolicyFinding, catalogue: Record<string, ControlMetadata>, file: string): Finding {
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
  };
}

export function evaluateDocuments(evaluator: PolicyEvaluator, documents: InputDocument[]): CheckResult {
  const findings: Finding[] = [];
  const inputs: InputSummary[] = [];
  const runNotes = new Map<string, Text>();
  for (const doc of documents) {
    const report = evaluator.evaluate(doc.content);
    if (report.errors.length > 0) throw new InputError(doc.file, report.errors[0].message);
    const notes = [...doc.notes, ...(report.summary.providers === 0 ? [NO_ALICLOUD] : [])];
    inputs.push({ file: doc.file, kind: doc.kind, flavour: report.flavour, findings: report.findings.length, sources: doc.sources, notes });
    for (const f of report.findings) findings.push(complete(f, report.catalogue, doc.file));
    for (const n of report.notes) runNotes.set(n.code, n.message);
  }
  findings.sort(compareFindings);
  const by_severity = Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length])) as Record<Severity, number>;
  return {
    findings,
    inputs,
    notes: [...runNotes.values()],
    summary: { inputs: inputs.length, findings: findings.length, by_severity, passed: findings.length === 0 },
    bundle: { revision: evaluator.bundle.revision, sha256: evaluator.bundle.sha256 },
  };
}

export async function check(paths: string[], options: CheckOptions = {}): Promise<CheckResult> {
  const documents = await readInputs(paths);
  const largestInputBytes = Math.max(0, ...documents.map((d) => d.content.length));
  const evaluator = PolicyEvaluator.load(options.bundlePath, { govguard_config: options.config }, { largestInputBytes });
  return evaluateDocuments(evaluator, documents);
}
