// The renderers' view of a check result: the same data with every string the input could have
// written marked untrusted, so that a renderer can only print it through its format's escaper.
// What stays a plain string is govguard's own: control IDs, severities, the catalogue's titles and
// the articles of the regulation, the bundle revision, counts.
import { CheckResult, Finding, InputSummary, WaiverUse } from "../check";
import { ControlMetadata, MatrixEntry, Severity, Text, Waiver } from "../engine/types";
import { displayPath } from "./paths";
import { untrusted, Untrusted, untrustedText, UText } from "./untrusted";

export interface FindingWaiverView {
  index: number;
  reason: Untrusted;
  owner: Untrusted;
  expires: Untrusted;
  status: Waiver["status"];
}

export interface FindingView {
  control: string;
  article: number;
  severity: Severity;
  /** The control's title, from the catalogue. */
  title: Text;
  resource: Untrusted;
  attribute?: Untrusted;
  /** The input the finding came from, as given. */
  file: Untrusted;
  message: UText;
  /** The control's remediation, or one the policy wrote for this finding (it may quote input). */
  remediation: UText;
  waiver?: FindingWaiverView;
  failing: boolean;
  /** Where the resource is written, the file as reports show it (relative to the working directory). */
  location: { file: Untrusted; line: number };
}

export interface WaiverView {
  index: number;
  control: Untrusted;
  resource: Untrusted;
  reason: Untrusted;
  owner: Untrusted;
  expires: Untrusted;
  status: WaiverUse["status"];
  findings: number;
  warnings: UText[];
}

export interface InputView {
  file: Untrusted;
  /** The file as reports show it (relative to the working directory). */
  displayFile: Untrusted;
  flavour: string;
  findings: number;
  notes: UText[];
}

export interface ReportView {
  findings: FindingView[];
  waivers: WaiverView[];
  inputs: InputView[];
  notes: UText[];
  summary: CheckResult["summary"];
  bundle: CheckResult["bundle"];
  today: Untrusted;
  controls: ControlMetadata[];
  articles: MatrixEntry[];
}

function findingView(f: Finding): FindingView {
  return {
    control: f.control,
    article: f.article,
    severity: f.severity,
    title: f.title,
    resource: untrusted(f.resource),
    ...(f.attribute === undefined ? {} : { attribute: untrusted(f.attribute) }),
    file: untrusted(f.file),
    message: untrustedText(f.message),
    remediation: untrustedText(f.remediation),
    ...(f.waiver === undefined
      ? {}
      : { waiver: { index: f.waiver.index, reason: untrusted(f.waiver.reason), owner: untrusted(f.waiver.owner), expires: untrusted(f.waiver.expires), status: f.waiver.status } }),
    failing: f.failing,
    location: { file: untrusted(displayPath(f.location.file)), line: f.location.line },
  };
}

function waiverView(w: WaiverUse): WaiverView {
  return {
    index: w.index,
    control: untrusted(w.control),
    resource: untrusted(w.resource),
    reason: untrusted(w.reason),
    owner: untrusted(w.owner),
    expires: untrusted(w.expires),
    status: w.status,
    findings: w.findings,
    warnings: w.warnings.map(untrustedText),
  };
}

function inputView(i: InputSummary): InputView {
  return { file: untrusted(i.file), displayFile: untrusted(displayPath(i.file)), flavour: i.flavour, findings: i.findings, notes: i.notes.map(untrustedText) };
}

export function reportView(result: CheckResult): ReportView {
  return {
    findings: result.findings.map(findingView),
    waivers: (result.waivers ?? []).map(waiverView),
    inputs: result.inputs.map(inputView),
    notes: result.notes.map(untrustedText),
    summary: result.summary,
    bundle: result.bundle,
    today: untrusted(result.settings.today),
    controls: result.controls,
    articles: result.articles,
  };
}

/** A renderer sees the view, never the check result itself. */
export function renderer<A extends unknown[]>(draw: (view: ReportView, ...args: A) => string): (result: CheckResult, ...args: A) => string {
  return (result, ...args) => draw(reportView(result), ...args);
}
