// How Unknown values combine: an operation that meets an Unknown yields an Unknown carrying every
// reference involved and, if any part was unsupported, that reason (unsupported is the stronger).
import { Unknown, Value } from "./value";

/** Thrown by value helpers that need a value which is unknown; caught where an operation or a
 * function call is evaluated, which then yields an Unknown. Never escapes evaluate(). */
export class UnknownHit extends Error {
  constructor(readonly unknown: Unknown) {
    super("unknown value");
  }
}

/** Throws UnknownHit if v is unknown; returns v otherwise (narrowed). */
export function known<T extends Value>(v: T | Unknown): T {
  if (v instanceof Unknown) throw new UnknownHit(v);
  return v;
}

/** One Unknown standing for several: references merged, "unsupported" kept if any was. */
export function combineUnknowns(unknowns: readonly Unknown[], detail: string): Unknown {
  const refs: string[] = [];
  const seen = new Set<string>();
  let unsupported: Unknown | undefined;
  for (const u of unknowns) {
    if (u.reason === "unsupported" && !unsupported) unsupported = u;
    for (const r of u.references) {
      if (!seen.has(r)) {
        seen.add(r);
        refs.push(r);
      }
    }
  }
  if (unsupported) return new Unknown("unsupported", unsupported.detail, refs);
  return new Unknown("after_apply", detail, refs);
}

export function unknownsIn(values: readonly Value[]): Unknown[] {
  return values.filter((v): v is Unknown => v instanceof Unknown);
}
