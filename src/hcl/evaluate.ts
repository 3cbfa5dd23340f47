// Evaluates an expression against a Scope with Terraform's semantics. Anything that cannot be
// known before apply, or that govguard does not evaluate, is an Unknown; errors Terraform would
// raise become Unknown("unsupported") at the top (try() and can() see them as errors).
import type { BinaryNode, CallNode, Expression, ForNode, IndexNode, ObjectNode, TemplatePart } from "./ast";
import { sourceText } from "./ast";
import { Budget, MAX_EVALUATION_DEPTH, checkStringLength } from "./caps";
import { equals, sortedKeys, toBool, toInt, toNum, toStr, typeName, entryOf } from "./convert";
import { amount, CapError, Construct, constructText, EvalError, moreThan, NUMBER_RANGE, RESULT_BEYOND_NUMBERS } from "./errors";
import { FUNCTIONS } from "./functions";
import { references } from "./references";
import { combineUnknowns, UnknownHit, unknownsIn } from "./unknowns";
import { ListValue, nfc, ObjectValue, Scope, Unknown, Value } from "./value";

export interface EvaluateOptions {
  /** Shared element budget, to bound several evaluations together (default: one per call). */
  budget?: Budget;
  /** A variables file's values: Terraform evaluates them with no functions ("Function calls not
   * allowed"), so a call is an error rather than a value. */
  constantsOnly?: boolean;
}

/** A scope with extra names (for-expression variables) over another. */
export class ChildScope implements Scope {
  constructor(
    private readonly parent: Scope,
    private readonly names: ReadonlyMap<string, Value>,
  ) {}
  lookup(root: string): Value | undefined {
    return this.names.has(root) ? this.names.get(root) : this.parent.lookup(root);
  }
}

/** Nested evaluations in progress, including those a Scope starts while answering a lookup. */
let activeDepth = 0;

export function evaluate(expr: Expression, scope: Scope, options: EvaluateOptions = {}): Value {
  const evaluator = new Evaluator(options.budget ?? new Budget(), options.constantsOnly === true);
  try {
    return evaluator.eval(expr, scope);
  } catch (e) {
    if (e instanceof EvalError) {
      const text = clip(sourceText(expr));
      return new Unknown("unsupported", e.message.includes(text) ? e.message : `${e.message} (in ${text})`, references(expr));
    }
    if (e instanceof UnknownHit) return combineUnknowns([e.unknown], sourceText(expr));
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw new CapError("expression evaluation", { zh: "嵌套过深", en: "too deeply nested" }, amount(MAX_EVALUATION_DEPTH, "levels"));
    }
    throw e;
  }
}

function clip(text: string): string {
  const one = text.replace(/\s+/g, " ");
  return one.length > 200 ? one.slice(0, 197) + "..." : one;
}

/** Evaluates `expr` where Terraform errors stay errors (EvalError), for try() and can(). */
export class Evaluator {
  private readonly splatItems: Value[] = [];
  constructor(
    readonly budget: Budget,
    private readonly constantsOnly = false,
  ) {}

  eval(expr: Expression, scope: Scope): Value {
    activeDepth++;
    try {
      if (activeDepth > MAX_EVALUATION_DEPTH) {
        throw new CapError("expression evaluation", moreThan(MAX_EVALUATION_DEPTH, "nested evaluations"), amount(MAX_EVALUATION_DEPTH, "levels"));
      }
      return this.node(expr, scope);
    } catch (e) {
      if (e instanceof UnknownHit) return combineUnknowns([e.unknown], sourceText(expr));
      throw e;
    } finally {
      activeDepth--;
    }
  }

  private node(expr: Expression, scope: Scope): Value {
    switch (expr.kind) {
      case "literal":
        return expr.value;
      case "parens":
        return this.eval(expr.inner, scope);
      case "template":
        return this.template(expr.parts, scope, expr);
      case "variable": {
        const v = scope.lookup(expr.name);
        if (v === undefined) return new Unknown("unsupported", `${expr.name} is not a name govguard can evaluate here`);
        return v;
      }
      case "getattr":
        return this.getAttr(this.eval(expr.object, scope), expr.name, expr);
      case "index":
        return this.index(expr, scope);
      case "splat":
        return this.splat(expr.source, expr.each, scope, expr);
      case "splatitem": {
        const item = this.splatItems[this.splatItems.length - 1];
        if (item === undefined) throw new EvalError("splat item outside a splat");
        return item;
      }
      case "tuple": {
        const items = expr.items.map((i) => this.eval(i, scope));
        this.budget.spend(items.length, "tuple");
        return new ListValue(items);
      }
      case "object":
        return this.object(expr, scope);
      case "call":
        return this.call(expr, scope);
      case "conditional": {
        const cond = this.eval(expr.cond, scope);
        if (cond instanceof Unknown) return combineUnknowns([cond], sourceText(expr));
        if (cond === null) throw new EvalError("the condition is null");
        const chosen = toBool(cond, "the condition") ? expr.then : expr.else;
        const other = chosen === expr.then ? expr.else : expr.then;
        const v = this.eval(chosen, scope);
        // The two results are converted to one type; a string literal on the other side makes it string.
        const otherIsString = (other.kind === "literal" && typeof other.value === "string") || other.kind === "template";
        if (otherIsString && (typeof v === "number" || typeof v === "boolean")) return toStr(v);
        return v;
      }
      case "binary":
        return this.binary(expr, scope);
      case "unary": {
        const v = this.eval(expr.operand, scope);
        if (v instanceof Unknown) return combineUnknowns([v], sourceText(expr));
        if (expr.op === "!") return !toBool(v, "the operand of !");
        return checkNumber(-toNum(v, "the operand of -"));
      }
      case "for":
        return this.forExpr(expr, scope);
    }
  }

  getAttr(v: Value, name: string, expr: Expression): Value {
    if (v instanceof Unknown) return combineUnknowns([v], sourceText(expr));
    if (v instanceof ObjectValue) {
      const got = v.get(name);
      if (got === undefined) throw new EvalError(`${clip(sourceText(expr))}: the object has no attribute ${JSON.stringify(name)}`);
      return got;
    }
    if (v === null) throw new EvalError(`${clip(sourceText(expr))}: cannot read attribute ${JSON.stringify(name)} of null`);
    throw new EvalError(`${clip(sourceText(expr))}: a ${typeName(v)} has no attributes`);
  }

  private index(expr: IndexNode, scope: Scope): Value {
    const v = this.eval(expr.object, scope);
    const key = this.eval(expr.key, scope);
    return indexValue(v, key, expr);
  }

  private splat(source: Expression, each: Expression, scope: Scope, expr: Expression): Value {
    const v = this.eval(source, scope);
    if (v instanceof Unknown) return combineUnknowns([v], sourceText(expr));
    if (v === null) return new ListValue([]);
    const items = v instanceof ListValue ? v.items : [v];
    this.budget.spend(items.length, "splat");
    const out: Value[] = [];
    for (const item of items) {
      this.splatItems.push(item);
      try {
        out.push(this.eval(each, scope));
      } finally {
        this.splatItems.pop();
      }
    }
    return new ListValue(out);
  }

  private object(expr: ObjectNode, scope: Scope): Value {
    const entries = new Map<string, Value>();
    const unknownKeys: Unknown[] = [];
    for (const item of expr.items) {
      const k = this.eval(item.key, scope);
      const v = this.eval(item.value, scope);
      if (k instanceof Unknown) {
        unknownKeys.push(k);
        continue;
      }
      if (k === null) throw new EvalError("an object key is null");
      entries.set(toStr(k, "an object key"), v);
    }
    if (unknownKeys.length > 0) return combineUnknowns(unknownKeys, sourceText(expr));
    this.budget.spend(entries.size, "object");
    return new ObjectValue(entries);
  }

  private call(expr: CallNode, scope: Scope): Value {
    if (this.constantsOnly) throw new EvalError(`${clip(sourceText(expr))}: functions may not be called in a variables file (Terraform refuses it)`);
    if (expr.name === "try" || expr.name === "can") return this.tryOrCan(expr, scope);
    const fn = Object.hasOwn(FUNCTIONS, expr.name) ? FUNCTIONS[expr.name] : undefined;
    if (!fn) return new Unknown("unsupported", `${clip(sourceText(expr))}: function ${expr.name} is not supported by govguard`, references(expr));
    let args = expr.args.map((a) => this.eval(a, scope));
    if (expr.expandFinal && args.length > 0) {
      const last = args[args.length - 1];
      if (last instanceof Unknown) return combineUnknowns([last], sourceText(expr));
      if (!(last instanceof ListValue)) throw new EvalError(`${expr.name}(...): the argument before ... must be a list, tuple or set`);
      args = [...args.slice(0, -1), ...last.items];
    }
    if (args.length < fn.min || args.length > fn.max) {
      const expected = fn.min === fn.max ? `${fn.min}` : fn.max === Infinity ? `at least ${fn.min}` : `${fn.min} to ${fn.max}`;
      throw new EvalError(`${expr.name}() takes ${expected} arguments, not ${args.length}`);
    }
    const unknowns = unknownsIn(args);
    if (unknowns.length > 0 && !fn.acceptsUnknown) return combineUnknowns(unknowns, sourceText(expr));
    try {
      const result = fn.call(args, { budget: this.budget, name: expr.name });
      if (typeof result !== "string") return result;
      this.budget.spendChars(result.length, `${expr.name}()`);
      return nfc(result);
    } catch (e) {
      if (e instanceof UnknownHit) return combineUnknowns([e.unknown, ...unknowns], sourceText(expr));
      if (e instanceof EvalError) throw new EvalError(`${expr.name}(): ${e.message}`);
      throw e;
    }
  }

  /** try(): the first argument that evaluates without error (unknown if it is unknown);
   * can(): whether the argument evaluates without error. */
  private tryOrCan(expr: CallNode, scope: Scope): Value {
    if (expr.name === "can" && expr.args.length !== 1) throw new EvalError("can() takes 1 argument");
    if (expr.args.length === 0) throw new EvalError("try() takes at least 1 argument");
    for (const arg of expr.args) {
      try {
        const v = this.eval(arg, scope);
        if (v instanceof Unknown) return combineUnknowns([v], sourceText(expr));
        return expr.name === "can" ? true : v;
      } catch (e) {
        if (!(e instanceof EvalError)) throw e;
      }
    }
    if (expr.name === "can") return false;
    throw new EvalError("no argument of try() could be evaluated");
  }

  private binary(expr: BinaryNode, scope: Scope): Value {
    if (expr.op === "&&" || expr.op === "||") return this.logical(expr, scope);
    const a = this.eval(expr.left, scope);
    const b = this.eval(expr.right, scope);
    const unknowns = unknownsIn([a, b]);
    if (unknowns.length > 0) return combineUnknowns(unknowns, sourceText(expr));
    const op = expr.op;
    if (op === "==") return equals(a, b);
    if (op === "!=") return !equals(a, b);
    const x = toNum(a, `the left operand of ${op}`);
    const y = toNum(b, `the right operand of ${op}`);
    switch (op) {
      case "<":
        return x < y;
      case "<=":
        return x <= y;
      case ">":
        return x > y;
      case ">=":
        return x >= y;
      case "+":
        return checkNumber(x + y);
      case "-":
        return checkNumber(x - y);
      case "*":
        return checkNumber(x * y, x !== 0 && y !== 0);
      case "/":
        if (y === 0) throw new EvalError("division by zero");
        return checkNumber(x / y, x !== 0);
      case "%":
        if (y === 0) throw new EvalError("modulo by zero");
        return checkNumber(x % y);
    }
  }

  /** && and || as HCL evaluates them: a known deciding operand wins even over an error or an
   * unknown on the other side (`var.x != null && var.x.y` with x null is false). */
  private logical(expr: BinaryNode, scope: Scope): Value {
    const and = expr.op === "&&";
    const side = (e: Expression): boolean | Unknown | EvalError => {
      let v: Value;
      try {
        v = this.eval(e, scope);
      } catch (err) {
        if (err instanceof EvalError) return err;
        throw err;
      }
      if (v instanceof Unknown) return v;
      if (v === null) return new EvalError(`an operand of ${expr.op} is null`);
      return toBool(v, `an operand of ${expr.op}`);
    };
    const l = side(expr.left);
    const r = side(expr.right);
    const decisive = !and;
    if (l === decisive || r === decisive) return decisive;
    if (l instanceof EvalError) throw l;
    if (r instanceof EvalError) throw r;
    const unknowns = unknownsIn([l, r]);
    if (unknowns.length > 0) return combineUnknowns(unknowns, sourceText(expr));
    return and ? l === true && r === true : l === true || r === true;
  }

  private template(parts: readonly TemplatePart[], scope: Scope, expr: Expression): Value {
    const out: string[] = [];
    const unknowns: Unknown[] = [];
    let length = 0;
    const append = (s: string) => {
      length += s.length;
      checkStringLength(length, "string template");
      out.push(s);
    };
    const run = (ps: readonly TemplatePart[], sc: Scope): void => {
      for (const p of ps) {
        if (p.kind === "text") append(p.text);
        else if (p.kind === "interp") {
          const v = this.eval(p.expr, sc);
          if (v instanceof Unknown) unknowns.push(v);
          else if (v === null) throw new EvalError(`${clip(sourceText(p.expr))} is null and cannot be part of a string`);
          else append(toStr(v, clip(sourceText(p.expr))));
        } else if (p.kind === "if") {
          const c = this.eval(p.cond, sc);
          if (c instanceof Unknown) {
            unknowns.push(c);
            continue;
          }
          run(toBool(c, "the %{if} condition") ? p.then : p.else, sc);
        } else {
          const coll = this.eval(p.collection, sc);
          if (coll instanceof Unknown) {
            unknowns.push(coll);
            continue;
          }
          for (const [k, v] of this.iterate(coll, "%{for}")) {
            const names = new Map<string, Value>([[p.valueVar, v]]);
            if (p.keyVar !== undefined) names.set(p.keyVar, k);
            run(p.body, new ChildScope(sc, names));
          }
        }
      }
    };
    run(parts, scope);
    if (unknowns.length > 0) return combineUnknowns(unknowns, sourceText(expr));
    this.budget.spendChars(length, "string template");
    return nfc(out.join(""));
  }

  /** The (key, value) pairs a for expression or %{for} visits, in Terraform's order. */
  iterate(coll: Value, construct: Construct): [Value, Value][] {
    if (coll === null) throw new EvalError(`${constructText(construct).en} over null`);
    if (coll instanceof ListValue) {
      this.budget.spend(coll.items.length, construct);
      return coll.items.map((v, i) => [coll.kind === "set" ? v : i, v]);
    }
    if (coll instanceof ObjectValue) {
      const keys = sortedKeys(coll);
      this.budget.spend(keys.length, construct);
      return keys.map((k) => [k, entryOf(coll, k)]);
    }
    throw new EvalError(`${constructText(construct).en} over a ${typeName(coll as Value)}; a collection is required`);
  }

  private forExpr(expr: ForNode, scope: Scope): Value {
    const coll = this.eval(expr.collection, scope);
    if (coll instanceof Unknown) return combineUnknowns([coll], sourceText(expr));
    const pairs = this.iterate(coll, "for expression");
    const tuple: Value[] = [];
    const object = new Map<string, Value>();
    const groups = new Map<string, Value[]>();
    const unknowns: Unknown[] = [];
    for (const [k, v] of pairs) {
      const names = new Map<string, Value>([[expr.valueVar, v]]);
      if (expr.keyVar !== undefined) names.set(expr.keyVar, k);
      const sc = new ChildScope(scope, names);
      if (expr.cond) {
        const c = this.eval(expr.cond, sc);
        if (c instanceof Unknown) {
          unknowns.push(c);
          continue;
        }
        if (c === null) throw new EvalError("the for expression's condition is null");
        if (!toBool(c, "the for expression's condition")) continue;
      }
      if (!expr.keyExpr) {
        tuple.push(this.eval(expr.valueExpr, sc));
        continue;
      }
      const key = this.eval(expr.keyExpr, sc);
      if (key instanceof Unknown) {
        unknowns.push(key);
        continue;
      }
      if (key === null) throw new EvalError("a for expression produced a null key");
      const ks = toStr(key, "a for expression key");
      const value = this.eval(expr.valueExpr, sc);
      if (expr.group) {
        const g = groups.get(ks);
        if (g) g.push(value);
        else groups.set(ks, [value]);
      } else {
        if (object.has(ks)) throw new EvalError(`duplicate key ${JSON.stringify(ks)} in a for expression (use ... to group)`);
        object.set(ks, value);
      }
    }
    if (unknowns.length > 0) return combineUnknowns(unknowns, sourceText(expr));
    if (!expr.keyExpr) return new ListValue(tuple);
    if (expr.group) return new ObjectValue(new Map([...groups].map(([k, vs]) => [k, new ListValue(vs)])));
    return new ObjectValue(object);
  }
}

/** `v[key]` with Terraform's rules (a list takes a whole number, a map a string). */
export function indexValue(v: Value, key: Value, expr: Expression): Value {
  const unknowns = unknownsIn([v, key]);
  if (unknowns.length > 0) return combineUnknowns(unknowns, sourceText(expr));
  if (key === null) throw new EvalError(`${clip(sourceText(expr))}: the index is null`);
  if (v instanceof ListValue) {
    if (v.kind === "set") throw new EvalError(`${clip(sourceText(expr))}: a set cannot be indexed; convert it with tolist()`);
    const i = toInt(key, "a list index");
    if (i < 0 || i >= v.items.length) throw new EvalError(`${clip(sourceText(expr))}: index ${i} is out of range (length ${v.items.length})`);
    return v.items[i];
  }
  if (v instanceof ObjectValue) {
    const k = toStr(key, "a map key");
    const got = v.get(k);
    if (got === undefined) throw new EvalError(`${clip(sourceText(expr))}: no element with key ${JSON.stringify(k)}`);
    return got;
  }
  if (v === null) throw new EvalError(`${clip(sourceText(expr))}: cannot index null`);
  throw new EvalError(`${clip(sourceText(expr))}: a ${typeName(v)} cannot be indexed`);
}

/** `n`, refused when a double cannot hold it: infinite, or 0 where the exact result is not
 * (`nonZero`). Terraform's 512-bit floats hold both, so a comparison on them would differ. */
function checkNumber(n: number, nonZero = false): number {
  if (!Number.isFinite(n) || (n === 0 && nonZero)) throw new CapError("arithmetic", RESULT_BEYOND_NUMBERS, NUMBER_RANGE);
  return n;
}

