// A report cloned from a worker holds its own copy of every string in it: a control's ID and a
// severity are a few bytes, written once per finding. The main thread holds every finding until
// the report is written (1,370,000 on a 1,000,000-resource legacy estate), so each finding's
// control and severity are replaced by the catalogue's one copy as its report arrives.
import { ControlMetadata, PolicyReport, SEVERITIES, Severity } from "../model";

const SEVERITY_NAMES = new Map<string, Severity>(SEVERITIES.map((s) => [s, s]));

/** `report` with each finding's control ID and severity the catalogue's strings (the same text). */
export function withSharedStrings<R extends Pick<PolicyReport, "findings">>(report: R, catalogue: Readonly<Record<string, ControlMetadata>>): R {
  for (const f of report.findings) {
    if (Object.hasOwn(catalogue, f.control)) {
      const id = catalogue[f.control].id;
      if (id === f.control) f.control = id;
    }
    f.severity = SEVERITY_NAMES.get(f.severity) ?? f.severity;
  }
  return report;
}
