// What an expression refers to, in the form Terraform writes `references` in plan JSON:
// "alicloud_oss_bucket.b.id" then "alicloud_oss_bucket.b"; "var.x"; "module.m.out" then "module.m".
import type { Expression, TemplatePart } from "./ast";

export type TraversalStep = { attr: string } | { index: string | number };
export interface Traversal {
  root: string;
  steps: TraversalStep[];
}

/** The static traversals (a root name and literal attribute/index steps) an expression reads,
 * excluding names bound by for expressions, in source order. */
export function traversals(expr: Expression): Traversal[] {
  const out: Traversal[] = [];
  walk(expr, new Set(), out);
  return out;
}

function staticChain(expr: Expression): Traversal | undefined {
  const steps: TraversalStep[] = [];
  let e: Expression = expr;
  for (;;) {
    if (e.kind === "variable") return { root: e.name, steps: steps.reverse() };
    if (e.kind === "getattr") steps.push({ attr: e.name });
    else if (e.kind === "index" && e.key.kind === "literal" && (typeof e.key.value === "string" || typeof e.key.value === "number")) {
      steps.push({ index: e.key.value });
    } else return undefined;
    e = e.object;
  }
}

function walk(expr: Expression, bound: ReadonlySet<string>, out: Traversal[]): void {
  const chain = staticChain(expr);
  if (chain) {
    if (!bound.has(chain.root)) out.push(chain);
    return;
  }
  const w = (e: Expression | undefined, b = bound) => e && walk(e, b, out);
  switch (expr.kind) {
    case "literal":
    case "variable":
    case "splatitem":
      return;
    case "template":
      return walkParts(expr.parts, bound, out);
    case "getattr":
      return w(expr.object);
    case "index":
      w(expr.object);
      return w(expr.key);
    case "splat":
      w(expr.source);
      return w(expr.each);
    case "tuple":
      return expr.items.forEach((i) => w(i));
    case "object":
      return expr.items.forEach((i) => (w(i.key), w(i.value)));
    case "call":
      return expr.args.forEach((a) => w(a));
    case "conditional":
      w(expr.cond);
      w(expr.then);
      return w(expr.else);
    case "binary":
      w(expr.left);
      return w(expr.right);
    case "unary":
      return w(expr.operand);
    case "parens":
      return w(expr.inner);
    case "for": {
      w(expr.collection);
      const inner = new Set(bound);
      inner.add(expr.valueVar);
      if (expr.keyVar !== undefined) inner.add(expr.keyVar);
      w(expr.keyExpr, inner);
      w(expr.valueExpr, inner);
      return w(expr.cond, inner);
    }
  }
}

function walkParts(parts: readonly TemplatePart[], bound: ReadonlySet<string>, out: Traversal[]): void {
  for (const p of parts) {
    if (p.kind === "interp") walk(p.expr, bound, out);
    else if (p.kind === "if") {
      walk(p.cond, bound, out);
      walkParts(p.then, bound, out);
      walkParts(p.else, bound, out);
    } else if (p.kind === "for") {
      walk(p.collection, bound, out);
      const inner = new Set(bound);
      inner.add(p.valueVar);
      if (p.keyVar !== undefined) inner.add(p.keyVar);
      walkParts(p.body, inner, out);
    }
  }
}

function stepText(s: TraversalStep): string {
  if ("attr" in s) return "." + s.attr;
  return typeof s.index === "number" ? `[${s.index}]` : `[${JSON.stringify(s.index)}]`;
}

function isKey(s: TraversalStep | undefined): s is { index: string | number } {
  return s !== undefined && "index" in s;
}

/** Terraform's references for one traversal (most specific first), or [] for names that are
 * not referenceable (unknown roots, a resource type without a name). */
export function traversalReferences(t: Traversal): string[] {
  const { root, steps } = t;
  const name = (i: number) => {
    const s = steps[i];
    return s && "attr" in s ? s.attr : undefined;
  };
  let subjectLength: number;
  const extra: string[] = [];
  switch (root) {
    case "var":
    case "local":
    case "each":
    case "path":
    case "terraform":
      if (name(0) === undefined) return [];
      subjectLength = 1;
      break;
    case "count":
      if (name(0) === undefined) return [];
      subjectLength = 1;
      break;
    case "self":
      subjectLength = 0;
      break;
    case "module": {
      if (name(0) === undefined) return [];
      const keyed = isKey(steps[1]);
      const out = keyed ? 2 : 1;
      subjectLength = name(out) !== undefined ? out + 1 : out;
      if (keyed || subjectLength > out) extra.push(`module.${name(0)}`);
      break;
    }
    case "data": {
      if (name(0) === undefined || name(1) === undefined) return [];
      subjectLength = isKey(steps[2]) ? 3 : 2;
      if (subjectLength === 3) extra.push(`data.${name(0)}.${name(1)}`);
      break;
    }
    default: {
      if (name(0) === undefined) return [];
      subjectLength = isKey(steps[1]) ? 2 : 1;
      if (subjectLength === 2) extra.push(`${root}.${name(0)}`);
    }
  }
  const subject = root + steps.slice(0, subjectLength).map(stepText).join("");
  const refs: string[] = [];
  for (let n = steps.length; n > subjectLength; n--) refs.push(subject + steps.slice(subjectLength, n).map(stepText).join(""));
  refs.push(subject, ...extra);
  return refs;
}

/** Every reference an expression makes, as Terraform's plan JSON lists them (deduplicated). */
export function references(expr: Expression): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of traversals(expr)) {
    for (const r of traversalReferences(t)) {
      if (!seen.has(r)) {
        seen.add(r);
        out.push(r);
      }
    }
  }
  return out;
}
