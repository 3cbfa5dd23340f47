// Applies a baseline to a check result. Multiset semantics: each entry accepts at most one finding,
// so two identical findings against one entry leave one failing, and an entry that accepts no
// finding is stale (listed in every report as removable: the baseline only shrinks). A finding is
// accepted only by an entry with its fingerprint and the same control, resource and attribute: a
// baseline never hides a finding of a control or resource it does not name. Findings an active
// waiver covers are the waiver's and use up no entry. An entry accepts only a finding of the input
// it was recorded from: the same address in another stack is another resource, so a baseline of
// one folder never covers a new folder copied from it (a renamed folder's findings fail again,
// and the baseline is regenerated).
import type { CheckResult, Finding } from "../model";
import { displayPath } from "../report/paths";
import { BaselineEntry } from "../model";
import { LoadedBaseline } from "./file";
import { fingerprint } from "./fingerprint";

/** What a baseline did in a run, for every report and the assessment record. */

function names(entry: BaselineEntry, f: Finding): boolean {
  return entry.control === f.control && entry.resource === f.resource && (entry.attribute ?? "") === (f.attribute ?? "");
}

/** The result with the baseline applied: accepted findings marked and no longer failing, the verdict recomputed. */
export function applyBaseline(result: CheckResult, baseline: LoadedBaseline): CheckResult {
  const byFingerprint = new Map<string, number[]>();
  baseline.entries.forEach((entry, index) => {
    const list = byFingerprint.get(entry.fingerprint);
    if (list === undefined) byFingerprint.set(entry.fingerprint, [index]);
    else list.push(index);
  });
  const used = new Set<number>();
  const open = result.findings.filter((f) => f.waiver?.status !== "active").map((f) => ({ f, print: fingerprint(f), input: displayPath(f.file), entry: -1 }));
  for (const candidate of open) {
    const found = (byFingerprint.get(candidate.print) ?? []).find((i) => {
      const entry = baseline.entries[i];
      return !used.has(i) && names(entry, candidate.f) && entry.input === candidate.input;
    });
    if (found === undefined) continue;
    used.add(found);
    candidate.entry = found;
  }
  let suppressed = 0;
  for (const candidate of open) {
    if (candidate.entry === -1) continue;
    candidate.f.baselined = true;
    candidate.f.failing = false;
    suppressed++;
  }
  const failing = result.findings.filter((f) => f.failing).length;
  return {
    ...result,
    summary: { ...result.summary, failing, passed: failing === 0 },
    baseline: { file: baseline.file, sha256: baseline.sha256, suppressed, stale: baseline.entries.filter((_, i) => !used.has(i)) },
  };
}
