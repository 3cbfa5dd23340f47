// The shape of what the policy bundle's govguard/report entrypoint returns for one input document.
import { ControlMetadata } from "./control";
import { Severity, Text } from "./text";

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

/** An error or a note of the bundle: a stable code (never match the text) and its message. */
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
