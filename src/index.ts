// govguard's library API: `import { check } from "govguard"`. Evaluation is reached through the
// engine's one door (src/engine/index.ts); the types are the model's (src/model).
export { check, compareFindings, evaluateDocuments, loadCatalogue, loadEngine, PolicyEvaluator, defaultBundlePath, readBundle, todayInChina } from "./engine";
export type { CheckOptions, Engine, EngineOptions, EvaluationSettings, PolicyBundle, RunData } from "./engine";
export { SEVERITIES, InputError, UsageError } from "./model";
export type { Catalogue, CheckResult, ControlMetadata, Finding, InputKind, InputSummary, Location, MatrixEntry, ParameterDoc, PolicyFinding, PolicyReport, Severity, Text, Waiver, WaiverUse } from "./model";
export { applyBaseline, baselineDocument, fingerprint, loadBaselineFile, renderBaseline } from "./baseline";
export type { BaselineDocument, BaselineEntry, BaselineUse, LoadedBaseline } from "./baseline";
export { loadConfigFile, loadWaiversFile } from "./config/load";
export type { LoadedConfig, LoadedWaivers } from "./config/load";
export { jsonDocument, readInputs } from "./inputs/discover";
export type { InputDocument } from "./inputs/discover";
export { renderHtml } from "./report/html";
export { jsonReport, renderJson } from "./report/json";
export { renderJunit } from "./report/junit";
export type { Lang } from "./report/lang";
export { renderMarkdown } from "./report/markdown";
export { assessmentRecord } from "./report/record";
export { renderSarif } from "./report/sarif";
export { renderText } from "./report/text";
export { govguardVersion } from "./version";
