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
}

export interface PolicyError {
  code: string;
  message: Text;
}

export interface PolicyReport {
  kind: "plan" | "config" | "unknown";
  flavour: "plan" | "cdktf" | "terraform" | "unknown";
  errors: PolicyError[];
  /** Remarks for the reviewer that are not findings (a missing assessment reference). */
  notes: PolicyError[];
  findings: PolicyFinding[];
  catalogue: Record<string, ControlMetadata>;
  summary: {
    findings: number;
    by_severity: Record<Severity, number>;
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
}
