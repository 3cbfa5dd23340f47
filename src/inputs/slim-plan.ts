// Drops from plan JSON what no control reads, before the plan is copied into wasm memory: the
// prior state, `before` values, planned_values (when resource_changes carry the same `after`),
// output changes and drift. A plan holds most resources two or three times over, and wasm's JSON
// representation is about ten times the text, so this halves evaluation memory on large plans.
// The bundle reads every kept field the same way, so opa eval on the full plan gives the same
// findings: the differential tests check exactly that.

type JsonObject = Record<string, unknown>;

function isObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const DROPPED = ["prior_state", "output_changes", "resource_drift", "relevant_attributes", "checks", "timestamp"];
const CHANGE_KEPT = ["actions", "after", "after_unknown", "after_sensitive"];

function slimChange(change: unknown): unknown {
  if (!isObject(change) || !isObject(change.change)) return change;
  const kept: JsonObject = {};
  for (const key of CHANGE_KEPT) if (key in change.change) kept[key] = change.change[key];
  return { ...change, change: kept };
}

export function slimPlan(plan: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(plan)) {
    if (DROPPED.includes(key)) continue;
    if (key === "planned_values" && Array.isArray(plan.resource_changes)) continue;
    out[key] = key === "resource_changes" && Array.isArray(value) ? value.map(slimChange) : value;
  }
  return out;
}
