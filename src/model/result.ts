// What a check returns: every finding with its file, the waivers and the baseline as they were used,
// and the verdict. Reporters render this and nothing else.
import { compareControlIds, ControlMetadata, MatrixEntry } from "./control";
import { FileDigest, InputKind, Location } from "./input";
import { InputMode, PolicyFinding } from "./report";
import { Severity, Text } from "./text";

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

/** One finding accepted for now: what it names, and its fingerprint. */
export interface BaselineEntry {
  control: string;
  resource: string;
  /** The attribute the finding is about, when it names one. */
  attribute?: string;
  /** The input the finding came from, as reports show it: the entry accepts only a finding of that
   * input. Required in a baseline file (validateEntry); optional here for results built by hand. */
  input?: string;
  /** The finding's message when it was recorded, for people; only `en` is fingerprinted. */
  message: Text;
  fingerprint: string;
}

/** What the baseline did in a run. */
export interface BaselineUse {
  /** The baseline file as given. */
  file: string;
  /** Its digest as read for the run. */
  sha256: string;
  /** How many findings it accepted: they are listed with `baselined: true` and do not fail the gate. */
  suppressed: number;
  /** Entries that accepted no finding: they can be removed. */
  stale: BaselineEntry[];
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
  /** The digests of the settings files (govguard.yaml, waivers.yaml, the baseline) as the run read them. */
  settingsDigests?: FileDigest[];
  /** Every input source's digest as it was read: what the assessment record certifies. */
  digests?: FileDigest[];
  /** Every control, in catalogue order, and every article of the regulation, for reports. */
  controls: ControlMetadata[];
  articles: MatrixEntry[];
  /** What the baseline did, when the run had one. */
  baseline?: BaselineUse;
}

/** Article, control, file, resource, message: the order every report uses. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.article - b.article ||
    compareControlIds(a.control, b.control) ||
    a.file.localeCompare(b.file) ||
    a.resource.localeCompare(b.resource) ||
    a.message.en.localeCompare(b.message.en)
  );
}
