// The references of an expression as Terraform writes them in plan JSON `configuration`
// (jsonconfig marshalExpression): each traversal from a named root, its constant attribute and
// index steps, then the traversal shortened step by step down to the referenced object, and for
// an instance of a counted resource or module also the resource or module itself:
//   alicloud_vpc.main.id           -> alicloud_vpc.main.id, alicloud_vpc.main
//   alicloud_x.y[0].id             -> alicloud_x.y[0].id, alicloud_x.y[0], alicloud_x.y
//   var.list[count.index]          -> var.list, count.index
// Links between resources (policies/govguard/lib/links) read these strings.
import { Expression, TemplatePart } from "../hcl/ast";
import { hclQuoted } from "./address";

type Step = { kind: "attr"; name: string } | { kind: "index"; key: string | number };

function stepText(step: Step): string {
  if (step.kind === "attr") return `.${step.name}`;
  return typeof step.key === "number" ? `[${step.key}]` : `[${hclQuoted(step.key)}]`;
}

/** The root and constant steps of a traversal expression, or undefined if it is not one. */
function traversal(expr: Expression): { root: string; steps: Step[] } | undefined {
  const steps: Step[] = [];
  let e: Expression = expr;
  for (;;) {
    if (e.kind === "getattr") {
      steps.unshift({ kind: "attr", name: e.name });
      e = e.object;
    } else if (e.kind === "index") {
      const key = e.key.kind === "literal" ? e.key.value : undefined;
      if (typeof key === "string" || (typeof key === "number" && Number.isInteger(key))) steps.unshift({ kind: "index", key });
      else return undefined;
      e = e.object;
    } else if (e.kind === "variable") {
      return { root: e.name, steps };
    } else {
      return undefined;
    }
  }
}

/** How many steps after the root name the referenced object (the subject) takes. */
function subjectLength(root: string, steps: Step[]): { length: number; container?: number } | undefined {
  const attr = (i: number) => steps[i]?.kind === "attr";
  const index = (i: number) => steps[i]?.kind === "index";
  switch (root) {
    case "var":
    case "local":
    case "each":
    case "count":
    case "path":
    case "terraform":
    case "self":
      return attr(0) ? { length: 1 } : undefined;
    case "module":
      if (!attr(0)) return undefined;
      // module.m.out -> module.m.out, module.m; module.m[0].out -> module.m[0].out, module.m[0]
      if (index(1)) return attr(2) ? { length: 3, container: 2 } : { length: 2, container: 1 };
      return attr(1) ? { length: 2, container: 1 } : { length: 1 };
    case "data":
      if (!attr(0) || !attr(1)) return undefined;
      return index(2) ? { length: 3, container: 2 } : { length: 2 };
    default:
      if (!attr(0)) return undefined;
      return index(1) ? { length: 2, container: 1 } : { length: 1 };
  }
}

function render(root: string, steps: Step[]): string {
  return root + steps.map(stepText).join("");
}

function traversalReferences(root: string, steps: Step[], out: string[]): void {
  const subject = subjectLength(root, steps);
  if (!subject) return;
  for (let n = steps.length; n > subject.length; n--) out.push(render(root, steps.slice(0, n)));
  out.push(render(root, steps.slice(0, subject.length)));
  if (subject.container !== undefined && subject.container < subject.length) out.push(render(root, steps.slice(0, subject.container)));
}

/** Terraform-style references of `expr`, in order of appearance (repeats kept, as Terraform
 * keeps them). Names bound inside the expression (for, template for) are not references;
 * neither are the names in `hidden` (dynamic block iterators). */
export function terraformReferences(expr: Expression, hidden: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  const walk = (e: Expression, bound: ReadonlySet<string>): void => {
    const t = traversal(e);
    if (t) {
      if (!bound.has(t.root)) traversalReferences(t.root, t.steps, out);
      return;
    }
    switch (e.kind) {
      case "literal":
      case "variable":
      case "splatitem":
        return;
      case "template":
        return walkParts(e.parts, bound);
      case "getattr":
        return walk(e.object, bound);
      case "index":
        walk(e.object, bound);
        return walk(e.key, bound);
      case "splat":
        walk(e.source, bound);
        return walk(e.each, bound);
      case "tuple":
        for (const item of e.items) walk(item, bound);
        return;
      case "object":
        for (const item of e.items) {
          walk(item.key, bound);
          walk(item.value, bound);
        }
        return;
      case "call":
        for (const arg of e.args) walk(arg, bound);
        return;
      case "conditional":
        walk(e.cond, bound);
        walk(e.then, bound);
        return walk(e.else, bound);
      case "binary":
        walk(e.left, bound);
        return walk(e.right, bound);
      case "unary":
        return walk(e.operand, bound);
      case "parens":
        return walk(e.inner, bound);
      case "for": {
        walk(e.collection, bound);
        const inner = new Set(bound);
        inner.add(e.valueVar);
        if (e.keyVar) inner.add(e.keyVar);
        if (e.keyExpr) walk(e.keyExpr, inner);
        walk(e.valueExpr, inner);
        if (e.cond) walk(e.cond, inner);
        return;
      }
    }
  };
  const walkParts = (parts: readonly TemplatePart[], bound: ReadonlySet<string>): void => {
    for (const part of parts) {
      if (part.kind === "interp") walk(part.expr, bound);
      else if (part.kind === "if") {
        walk(part.cond, bound);
        walkParts(part.then, bound);
        walkParts(part.else, bound);
      } else if (part.kind === "for") {
        walk(part.collection, bound);
        const inner = new Set(bound);
        inner.add(part.valueVar);
        if (part.keyVar) inner.add(part.keyVar);
        walkParts(part.body, inner);
      }
    }
  };
  walk(expr, hidden);
  return out;
}
