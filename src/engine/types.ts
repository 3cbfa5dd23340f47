// The shape of what the policy bundle's govguard/report entrypoint returns.

export interface Text {
  zh: string;
  en: string;
}

export type Severity = "critical" | "high" | "medium" | "low";

export const SEVERITIES: readonly Severity[] = ["critical", "high", "medium", "low"];

/** One violation of one control by one resource, as the policy reports it. */
export interface PolicyFinding {
  control: string;
  article: number;
  severity: Severity;
  title: Text;
  resource: string;
  message: Text;
  remediation: Text;
  attribute?: string;
}

export interface PolicyError {
  code: string;
  message: Text;
}

export interface PolicyReport {
  kind: "plan" | "config" | "unknown";
  flavour: "plan" | "cdktf" | "terraform" | "unknown";
  errors: PolicyError[];
  findings: PolicyFinding[];
  summary: {
    findings: number;
    by_severity: Record<Severity, number>;
    providers: number;
  };
}
