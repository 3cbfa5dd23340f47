// The baseline: record today's findings of an existing estate (`govguard baseline`), then fail only
// on new ones (`govguard check --baseline`, and the synth-time check with the same file).
export { applyBaseline } from "./apply";
export type { BaselineEntry, BaselineUse } from "../model";
export { baselineDocument, renderBaseline } from "./write";
export { BASELINE_VERSION, loadBaselineFile, MAX_BASELINE_BYTES, MAX_BASELINE_ENTRIES, MAX_BASELINE_STRING } from "./file";
export type { BaselineDocument, LoadedBaseline } from "./file";
export { fingerprint, normaliseMessage } from "./fingerprint";
