// The renderers' view of a check result: the same data with every string the input could have
// written marked untrusted, so that a renderer can only print it through its format's escaper.
// What stays a plain string is govguard's own: control IDs, severities, the catalogue's titles and
// the articles of the regulation, the bundle revision, counts.
import { BaselineEntry, CheckResult, ControlMetadata, Finding, InputSummary, MatrixEntry, Severity, Text, Waiver, WaiverUse } from "../model";
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
  /** Accepted by the baseline: listed, not failing. */
  baselined: boolean;
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

/** A baseline entry that matched no finding of the run: it can be removed. */
export interface StaleEntryView {
  control: Untrusted;
  resource: Untrusted;
  attribute?: Untrusted;
  input?: Untrusted;
  message: UText;
  fingerprint: Untrusted;
}

export interface BaselineView {
  /** The baseline file as given. */
  file: Untrusted;
  suppressed: number;
  stale: StaleEntryView[];
}

/** How the run judged its inputs: as root modules (deployable stacks) or as reusable modules (--module). */
export type RunMode = "root" | "module";

export interface ReportView {
  findings: FindingViews;
  waivers: WaiverView[];
  inputs: InputView[];
  notes: UText[];
  summary: CheckResult["summary"];
  bundle: CheckResult["bundle"];
  today: Untrusted;
  controls: ControlMetadata[];
  articles: MatrixEntry[];
  mode: RunMode;
  /** In module mode, govguard's note naming what the calling root must provide; not among `notes`. */
  modeNote?: Text;
  baseline?: BaselineView;
}

/**
 * What many findings share, made once for a view: each finding's input and where it points name one
 * of a few files, and most remediations are their control's: made once, not for each of the
 * 1,367,798 findings of 1,000,000 resources of a legacy estate.
 */
class SharedViews {
  private readonly files = new Map<string, Untrusted>();
  private readonly shown = new Map<string, Untrusted>();
  private readonly remediations = new Map<string, { text: Text; view: UText }>();

  constructor(controls: readonly ControlMetadata[]) {
    for (const c of controls) this.remediations.set(c.id, { text: c.remediation, view: untrustedText(c.remediation) });
  }

  file(raw: string): Untrusted {
    return remembered(this.files, raw, () => untrusted(raw));
  }

  /** The file as reports show it (displayPath), as untrusted text. */
  shownFile(raw: string): Untrusted {
    return remembered(this.shown, raw, () => untrusted(displayPath(raw)));
  }

  /** A finding's remediation: its control's one view when it reads the same, else a view of its own. */
  remediation(control: string, text: Text): UText {
    const known = this.remediations.get(control);
    return known !== undefined && known.text.zh === text.zh && known.text.en === text.en ? known.view : untrustedText(text);
  }
}

/** Files remembered at most: past them (a run of thousands of inputs), each view is made anew. */
const REMEMBERED = 4096;

function remembered(map: Map<string, Untrusted>, key: string, make: () => Untrusted): Untrusted {
  const known = map.get(key);
  if (known !== undefined) return known;
  const view = make();
  if (map.size < REMEMBERED) map.set(key, view);
  return view;
}

function findingView(f: Finding, shared: SharedViews): FindingView {
  return {
    control: f.control,
    article: f.article,
    severity: f.severity,
    title: f.title,
    resource: untrusted(f.resource),
    ...(f.attribute === undefined ? {} : { attribute: untrusted(f.attribute) }),
    file: shared.file(f.file),
    message: untrustedText(f.message),
    remediation: shared.remediation(f.control, f.remediation),
    ...(f.waiver === undefined
      ? {}
      : { waiver: { index: f.waiver.index, reason: untrusted(f.waiver.reason), owner: untrusted(f.waiver.owner), expires: untrusted(f.waiver.expires), status: f.waiver.status } }),
    failing: f.failing,
    baselined: f.baselined === true,
    location: { file: shared.shownFile(f.location.file), line: f.location.line },
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

function staleView(e: BaselineEntry): StaleEntryView {
  return {
    control: untrusted(e.control),
    resource: untrusted(e.resource),
    ...(e.attribute === undefined ? {} : { attribute: untrusted(e.attribute) }),
    ...(e.input === undefined ? {} : { input: untrusted(e.input) }),
    message: untrustedText(e.message),
    fingerprint: untrusted(e.fingerprint),
  };
}

function sameText(a: Text, b: Text | undefined): boolean {
  return b !== undefined && a.zh === b.zh && a.en === b.en;
}

/** The run's mode; "root" until the run says otherwise (CheckResult.mode, filled by module mode). */
export function runMode(result: CheckResult): RunMode {
  return (result as { mode?: unknown }).mode === "module" ? "module" : "root";
}

/** What a renderer may ask of a finding without viewing it: govguard's own fields, none the input wrote. */
export interface FindingFacts {
  readonly control: string;
  readonly article: number;
  readonly severity: Severity;
  readonly failing: boolean;
  readonly baselined?: boolean;
  readonly waiver?: { readonly status: Waiver["status"] };
}

/**
 * The findings as a renderer sees them, each view made when it is read and dropped after: the views of
 * all 1,367,798 findings of a 1,000,000-resource legacy estate, held at once beside the result, took
 * SARIF to 1.85 GiB against JSON's 1.42. Choosing findings (filter, groupBy) reads only their facts,
 * and keeps their positions.
 */
export class FindingViews implements Iterable<FindingView> {
  private constructor(
    private readonly all: readonly Finding[],
    private readonly shared: SharedViews,
    /** The positions in `all` chosen, in order; every finding when absent. */
    private readonly chosen?: readonly number[],
  ) {}

  static of(findings: readonly Finding[], controls: readonly ControlMetadata[]): FindingViews {
    return new FindingViews(findings, new SharedViews(controls));
  }

  get length(): number {
    return this.chosen === undefined ? this.all.length : this.chosen.length;
  }

  /** The position in `all` of the i-th finding chosen. */
  private position(i: number): number {
    return this.chosen === undefined ? i : this.chosen[i];
  }

  private finding(i: number): Finding {
    return this.all[this.position(i)];
  }

  /** The view of the i-th finding, made anew. */
  at(i: number): FindingView {
    return findingView(this.finding(i), this.shared);
  }

  /** The views of the findings from `start` up to `end`, as Array.prototype.slice. */
  slice(start: number, end: number = this.length): FindingView[] {
    const out: FindingView[] = [];
    for (let i = Math.max(0, start); i < Math.min(end, this.length); i++) out.push(this.at(i));
    return out;
  }

  *[Symbol.iterator](): Iterator<FindingView> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  filter(keep: (f: FindingFacts) => boolean): FindingViews {
    const chosen: number[] = [];
    for (let i = 0; i < this.length; i++) if (keep(this.finding(i))) chosen.push(this.position(i));
    return new FindingViews(this.all, this.shared, chosen);
  }

  count(counted: (f: FindingFacts) => boolean): number {
    let n = 0;
    for (let i = 0; i < this.length; i++) if (counted(this.finding(i))) n++;
    return n;
  }

  /** How many findings `key` gives each key, skipping those it gives undefined. */
  countBy(key: (f: FindingFacts) => string | undefined): Map<string, number> {
    const counts = new Map<string, number>();
    for (let i = 0; i < this.length; i++) {
      const k = key(this.finding(i));
      if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return counts;
  }

  /** The findings by `key`, in the order each key first comes, each group in order. */
  groupBy(key: (f: FindingFacts) => string): Map<string, FindingViews> {
    const groups = new Map<string, number[]>();
    for (let i = 0; i < this.length; i++) {
      const k = key(this.finding(i));
      const at = this.position(i);
      const group = groups.get(k);
      if (group) group.push(at);
      else groups.set(k, [at]);
    }
    return new Map([...groups].map(([k, chosen]) => [k, new FindingViews(this.all, this.shared, chosen)]));
  }
}

export function reportView(result: CheckResult): ReportView {
  return {
    findings: FindingViews.of(result.findings, result.controls ?? []),
    waivers: (result.waivers ?? []).map(waiverView),
    inputs: result.inputs.map(inputView),
    notes: result.notes.filter((n) => !sameText(n, result.modeNote)).map(untrustedText),
    summary: result.summary,
    bundle: result.bundle,
    today: untrusted(result.settings.today),
    controls: result.controls,
    articles: result.articles,
    mode: runMode(result),
    ...(result.modeNote === undefined ? {} : { modeNote: result.modeNote }),
    ...(result.baseline === undefined
      ? {}
      : { baseline: { file: untrusted(displayPath(result.baseline.file)), suppressed: result.baseline.suppressed, stale: result.baseline.stale.map(staleView) } }),
  };
}

/** A renderer sees the view, never the check result itself. */
export function renderer<A extends unknown[], R = string>(draw: (view: ReportView, ...args: A) => R): (result: CheckResult, ...args: A) => R {
  return (result, ...args) => draw(reportView(result), ...args);
}
