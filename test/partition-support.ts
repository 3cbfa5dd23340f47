// Shared by the partition tests: comparing reports exactly, and forcing a part size.
import { PolicyReport } from "../src/model";

/** A value's JSON with object keys sorted. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/** What one report has that the other lacks: findings (control, resource, attribute, message,
 * waiver… all of it), and any difference in the rest of the report. */
export function differences(single: PolicyReport, merged: PolicyReport): { missing: string[]; extra: string[]; rest: string[] } {
  const count = (r: PolicyReport): Map<string, number> => {
    const m = new Map<string, number>();
    for (const f of r.findings) m.set(canonical(f), (m.get(canonical(f)) ?? 0) + 1);
    return m;
  };
  const a = count(single);
  const b = count(merged);
  const missing = [...a].filter(([k, n]) => (b.get(k) ?? 0) < n).map(([k]) => k);
  const extra = [...b].filter(([k, n]) => (a.get(k) ?? 0) < n).map(([k]) => k);
  const rest: string[] = [];
  for (const key of ["kind", "flavour", "mode", "errors", "notes", "waivers_used", "summary", "catalogue"] as const) {
    if (canonical(single[key]) !== canonical(merged[key])) rest.push(`${key}: ${canonical(single[key]).slice(0, 300)} != ${canonical(merged[key]).slice(0, 300)}`);
  }
  return { missing, extra, rest };
}

/** Runs `fn` with GOVGUARD_PART_RESOURCES set to `size`. */
export function withPartSize<T>(size: number, fn: () => T): T {
  const before = process.env.GOVGUARD_PART_RESOURCES;
  process.env.GOVGUARD_PART_RESOURCES = String(size);
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.GOVGUARD_PART_RESOURCES;
    else process.env.GOVGUARD_PART_RESOURCES = before;
  }
}

interface Change {
  address: string;
  module_address?: string;
}

/** The naive split the partitioner must beat: one part per top-level module call, the root module's
 * resources copied into every part (owned by the first), the configuration whole, no joins, no hubs. */
export function naiveParts(content: Buffer): { content: Buffer; owns(address: string): boolean }[] {
  const plan = JSON.parse(content.toString("utf8")) as { resource_changes: Change[] };
  const top = (c: Change): string => /^module\.([^.[]+)/.exec(c.module_address ?? "")?.[1] ?? "";
  const root = plan.resource_changes.filter((c) => top(c) === "");
  const calls = [...new Set(plan.resource_changes.map(top).filter((m) => m !== ""))];
  return calls.map((call, k) => {
    const own = plan.resource_changes.filter((c) => top(c) === call);
    const owned = new Set([...own, ...(k === 0 ? root : [])].map((c) => c.address));
    return { content: Buffer.from(JSON.stringify({ ...plan, resource_changes: [...root, ...own] })), owns: (a: string) => owned.has(a) };
  });
}
