// The shape of what the policy bundle's govguard/report entrypoint returns.

export interface Text {
  zh: string;
  en: string;
}

export type Severity = "critical" | "high" | "medium" | "low";

export const SEVERITIES: readonly Severity[] = ["critical", "high", "medium", "low"];

/** A control's metadata, kept next to its logic in policies/govguard/controls/<id>. */
export interface ControlMetadata {
  id: string;
  article: number;
  articles: number[];
  severity: Severity;
  title: Text;
  requirement: Text;
  remediation: Text;
  decisions: Text[];
  resources: string[];
  /** "stack": the control asks for something of the whole stack or its provider configuration (a
   * trail, an alarm, a region), which a reusable module leaves to its caller (lib/mode). */
  scope?: "stack";
}

/** One violation of one control by one resource, as the policy reports it (without the
 * control's title and remediation, which are in the catalogue once). */
export interface PolicyFinding {
  control: string;
  article: number;
  severity: Severity;
  resource: string;
  message: Text;
  attribute?: string;
  /** Present when a violation needs a more specific fix than its control's remediation. */
  remediation?: Text;
  /** The waiver (waivers.yaml) that matches this finding, if any. */
  waiver?: Waiver;
}

/** A waiver as a finding carries it: which entry of waivers.yaml, and whether it is in force. */
export interface Waiver {
  /** Position of the entry in waivers.yaml, from 0. */
  index: number;
  reason: string;
  owner: string;
  /** YYYY-MM-DD, or "" when the waiver does not expire. */
  expires: string;
  /** "active" keeps the finding from failing the gate; an expired waiver does not. */
  status: "active" | "expired";
}

export interface PolicyError {
  code: string;
  message: Text;
  /** For configuration and waiver errors: the key path, such as admin.allowed_cidrs[1]. */
  path?: string;
}

/** How the inputs were checked: as root modules, or as reusable modules a root calls (--module). */
export type InputMode = "root" | "module";

export interface PolicyReport {
  kind: "plan" | "config" | "unknown";
  flavour: "plan" | "cdktf" | "terraform" | "unknown";
  /** root, or module: checked as a reusable module (lib/mode). */
  mode: InputMode;
  errors: PolicyError[];
  /** Remarks for the reviewer that are not findings (a missing assessment reference). */
  notes: PolicyError[];
  findings: PolicyFinding[];
  /** Indexes of the waivers that matched some finding of this document. */
  waivers_used: number[];
  catalogue: Record<string, ControlMetadata>;
  summary: {
    findings: number;
    by_severity: Record<Severity, number>;
    /** Findings an active waiver covers. */
    waived: number;
    providers: number;
  };
}

/** One article of the regulation in the compliance matrix (govguard/about/articles). */
export interface MatrixEntry {
  article: number;
  chapter: Text;
  summary: Text;
  status: "automated" | "manual" | "not_applicable";
  /** The controls that check the article, in ID order; empty unless automated. */
  controls: string[];
  /** Manual: what the reviewer must establish. */
  question?: Text;
  /** Automated in part: what the reviewer must still establish. */
  review?: Text;
  /** Not applicable: why. */
  reason?: Text;
}

/** One parameter of govguard.yaml (govguard/about/parameters). */
export interface ParameterDoc {
  /** Dotted key, e.g. "logs.min_retention_days". */
  key: string;
  default: unknown;
  description: Text;
  /** What the parameter accepts (policies/govguard/lib/params: schema). */
  schema: ParameterSchema;
}

export interface ParameterSchema {
  type: "string" | "boolean" | "integer" | "list";
  items?: "string" | "cidr" | "port" | "region";
  choices?: string[];
  min?: number;
  max?: number;
}
