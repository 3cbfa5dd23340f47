// govguard's library API.
export { check, compareFindings, evaluateDocuments } from "./check";
export type { CheckOptions, CheckResult, Finding, InputSummary } from "./check";
export { PolicyEvaluator } from "./engine/policy";
export type { RunData } from "./engine/policy";
export { defaultBundlePath, readBundle } from "./engine/bundle";
export type { PolicyBundle } from "./engine/bundle";
export { SEVERITIES } from "./engine/types";
export type { PolicyFinding, PolicyReport, Severity, Text } from "./engine/types";
export { InputError, UsageError } from "./errors";
export { readInputs } from "./inputs/discover";
export type { InputDocument, InputKind } from "./inputs/discover";
