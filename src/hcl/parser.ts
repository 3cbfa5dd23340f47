// Parser for HCL native expression syntax (what Terraform accepts on the right of `=`) and for
// JSON-syntax templates (every string hcl2json and Terraform JSON produce).
import type {
  BinaryNode,
  BinaryOp,
  CallNode,
  ConditionalNode,
  Expression,
  ForNode,
  GetAttrNode,
  IndexNode,
  LiteralNode,
  ObjectNode,
  ParensNode,
  SplatItemNode,
  SplatNode,
  TupleNode,
  UnaryNode,
  VariableNode,
} from "./ast";
import { Cursor, isDigit, node } from "./scanner";
import { parseTemplateAt } from "./template";
import { nfc } from "./value";

/** Parses a JSON-syntax string: literal text with ${...} and %{...}; "$${" and "%%{" escape. */
export function parseTemplate(source: string): Expression {
  const cur = new Cursor(source);
  return parseTemplateAt(cur, { kind: "json" }, (c) => new Parser(c).embedded());
}

/** Parses one native-syntax expression (the whole source must be the expression). */
export function parseExpression(source: string): Expression {
  const cur = new Cursor(source);
  const p = new Parser(cur);
  const expr = p.embedded();
  cur.space();
  if (!cur.eof) throw cur.error("unexpected text after the expression");
  return expr;
}

const LEVELS: readonly (readonly BinaryOp[])[] = [
  ["||"],
  ["&&"],
  ["==", "!="],
  [">=", "<=", ">", "<"],
  ["+", "-"],
  ["*", "/", "%"],
];

class Parser {
  /** Inside `{ }` of an object constructor, a newline ends an item's value. */
  private newlineEnds = false;

  constructor(private readonly cur: Cursor) {}

  /** An expression inside ${ }, ( ), [ ] or a call: newlines are not significant. */
  embedded(): Expression {
    return this.withNewlines(false, () => this.expression());
  }

  private withNewlines<T>(ends: boolean, f: () => T): T {
    const saved = this.newlineEnds;
    this.newlineEnds = ends;
    try {
      return f();
    } finally {
      this.newlineEnds = saved;
    }
  }

  /** Skips space and reports whether what follows may continue the current expression. */
  private continues(): boolean {
    const save = this.cur.pos;
    const newline = this.cur.space();
    if (newline && this.newlineEnds) {
      this.cur.pos = save;
      return false;
    }
    return true;
  }

  private expression(): Expression {
    const cur = this.cur;
    cur.enter();
    try {
      const start = (cur.space(), cur.pos);
      const cond = this.binary(0);
      const save = cur.pos;
      if (this.continues() && cur.peek() === "?") {
        cur.pos++;
        const then = this.expression();
        cur.expect(":", "`:` in a conditional expression");
        const otherwise = this.expression();
        return node<ConditionalNode>(cur, start, { kind: "conditional", cond, then, else: otherwise }, [cond, then, otherwise]);
      }
      cur.pos = save;
      return cond;
    } finally {
      cur.leave();
    }
  }

  private binary(level: number): Expression {
    if (level === LEVELS.length) return this.unary();
    const cur = this.cur;
    const start = (cur.space(), cur.pos);
    let left = this.binary(level + 1);
    for (;;) {
      const save = cur.pos;
      const op = this.continues() ? this.operator(LEVELS[level]) : undefined;
      if (!op) {
        cur.pos = save;
        return left;
      }
      const right = this.binary(level + 1);
      left = node<BinaryNode>(cur, start, { kind: "binary", op, left, right }, [left, right]);
    }
  }

  private operator(ops: readonly BinaryOp[]): BinaryOp | undefined {
    for (const op of ops) {
      if (this.cur.eat(op)) return op;
    }
    return undefined;
  }

  private unary(): Expression {
    const cur = this.cur;
    cur.space();
    const start = cur.pos;
    const c = cur.peek();
    if ((c === "!" && cur.peek(1) !== "=") || c === "-") {
      cur.pos++;
      cur.enter();
      try {
        const operand = this.unary();
        if (c === "-" && operand.kind === "literal" && typeof operand.value === "number") {
          return node<LiteralNode>(cur, start, { kind: "literal", value: -operand.value }, []);
        }
        return node<UnaryNode>(cur, start, { kind: "unary", op: c, operand }, [operand]);
      } finally {
        cur.leave();
      }
    }
    return this.postfix(this.primary(), start);
  }

  private postfix(expr: Expression, start: number): Expression {
    const cur = this.cur;
    for (;;) {
      const save = cur.pos;
      if (!this.continues()) return expr;
      if (cur.at(".*")) {
        cur.pos += 2;
        expr = this.splat(expr, start, false);
      } else if (cur.peek() === "." && cur.peek(1) !== ".") {
        cur.pos++;
        expr = this.attrStep(expr, start);
      } else if (this.atSplatBracket()) {
        expr = this.splat(expr, start, true);
      } else if (cur.peek() === "[") {
        expr = this.indexStep(expr, start);
      } else {
        cur.pos = save;
        return expr;
      }
    }
  }

  private attrStep(expr: Expression, start: number): Expression {
    const cur = this.cur;
    cur.space();
    if (isDigit(cur.peek())) {
      const at = cur.pos;
      while (isDigit(cur.peek())) cur.pos++;
      const key = node<LiteralNode>(cur, at, { kind: "literal", value: Number(cur.src.slice(at, cur.pos)) }, []);
      return node<IndexNode>(cur, start, { kind: "index", object: expr, key, legacy: true }, [expr, key]);
    }
    const name = cur.ident();
    if (name === undefined) throw cur.error("expected an attribute name after `.`");
    return node<GetAttrNode>(cur, start, { kind: "getattr", object: expr, name }, [expr]);
  }

  private indexStep(expr: Expression, start: number): Expression {
    const cur = this.cur;
    cur.pos++;
    const key = this.embedded();
    cur.expect("]", "`]`");
    return node<IndexNode>(cur, start, { kind: "index", object: expr, key, legacy: false }, [expr, key]);
  }

  private atSplatBracket(): boolean {
    const cur = this.cur;
    if (cur.peek() !== "[") return false;
    const save = cur.pos;
    cur.pos++;
    cur.space();
    const star = cur.eat("*");
    cur.space();
    const close = star && cur.eat("]");
    if (!close) cur.pos = save;
    return close;
  }

  /** A splat: the following steps (attributes only for `.*`) apply to each element. */
  private splat(source: Expression, start: number, full: boolean): Expression {
    const cur = this.cur;
    const itemStart = cur.pos;
    let each: Expression = node<SplatItemNode>(cur, itemStart, { kind: "splatitem" }, []);
    for (;;) {
      const save = cur.pos;
      if (!this.continues()) break;
      if (cur.peek() === "." && cur.peek(1) !== "*" && cur.peek(1) !== ".") {
        cur.pos++;
        each = this.attrStep(each, itemStart);
      } else if (full && cur.peek() === "[" && !this.atSplatBracket()) {
        each = this.indexStep(each, itemStart);
      } else {
        cur.pos = save;
        break;
      }
    }
    return node<SplatNode>(cur, start, { kind: "splat", source, each, full }, [source, each]);
  }

  private primary(): Expression {
    const cur = this.cur;
    cur.space();
    const start = cur.pos;
    const c = cur.peek();
    if (isDigit(c)) return node<LiteralNode>(cur, start, { kind: "literal", value: cur.number() }, []);
    if (c === '"') {
      cur.pos++;
      const expr = parseTemplateAt(cur, { kind: "quoted" }, (x) => new Parser(x).embedded());
      if (!cur.eat('"')) throw cur.error("unterminated string");
      return expr.kind === "literal" || expr.kind === "template" ? { ...expr, start, end: cur.pos } : this.wrapped(expr, start);
    }
    if (cur.at("<<")) return this.heredoc();
    if (c === "(") {
      cur.pos++;
      const inner = this.embedded();
      cur.expect(")", "`)`");
      return node<ParensNode>(cur, start, { kind: "parens", inner }, [inner]);
    }
    if (c === "[") return this.tupleOrFor();
    if (c === "{") return this.objectOrFor();
    const name = cur.ident();
    if (name === undefined) throw cur.error("expected an expression");
    if (name === "true" || name === "false") return node<LiteralNode>(cur, start, { kind: "literal", value: name === "true" }, []);
    if (name === "null") return node<LiteralNode>(cur, start, { kind: "literal", value: null }, []);
    let fn = name;
    while (cur.at("::")) {
      cur.pos += 2;
      const part = cur.ident();
      if (part === undefined) throw cur.error("expected a name after `::`");
      fn += "::" + part;
    }
    const save = cur.pos;
    cur.space();
    if (cur.peek() === "(") return this.call(fn, start);
    cur.pos = save;
    if (fn !== name) throw cur.error("expected `(` after a namespaced function name");
    return node<VariableNode>(cur, start, { kind: "variable", name }, []);
  }

  /** `"${x}"` is x itself, but its span is the quoted string's. */
  private wrapped(expr: Expression, start: number): Expression {
    return node<ParensNode>(this.cur, start, { kind: "parens", inner: expr }, [expr]);
  }

  private heredoc(): Expression {
    const cur = this.cur;
    const start = cur.pos;
    cur.pos += 2;
    const flush = cur.eat("-");
    const marker = cur.ident();
    if (marker === undefined) throw cur.error("expected a heredoc marker");
    if (cur.peek() === "\r") cur.pos++;
    if (!cur.eat("\n")) throw cur.error("expected a newline after the heredoc marker");
    const contentStart = cur.pos;
    const lines: [number, number][] = [];
    let at = contentStart;
    let end = -1;
    while (at <= cur.src.length) {
      const nl = cur.src.indexOf("\n", at);
      const lineEnd = nl < 0 ? cur.src.length : nl;
      if (cur.src.slice(at, lineEnd).trim() === marker) {
        end = at;
        cur.pos = lineEnd;
        break;
      }
      lines.push([at, lineEnd]);
      if (nl < 0) break;
      at = nl + 1;
    }
    if (end < 0) throw cur.error(`heredoc without its closing ${marker}`, start);
    const after = cur.pos;
    let indent = 0;
    if (flush) {
      indent = Infinity;
      for (const [a, b] of lines) {
        const line = cur.src.slice(a, b);
        if (line.trim() === "") continue;
        indent = Math.min(indent, line.length - line.trimStart().length);
      }
      if (indent === Infinity) indent = 0;
    }
    cur.pos = contentStart;
    const expr = parseTemplateAt(cur, { kind: "heredoc", end, indent }, (x) => new Parser(x).embedded());
    cur.pos = after;
    return expr.kind === "literal" || expr.kind === "template" ? { ...expr, start, end: cur.pos } : this.wrapped(expr, start);
  }

  private call(name: string, start: number): Expression {
    const cur = this.cur;
    cur.pos++;
    const args: Expression[] = [];
    let expandFinal = false;
    return this.withNewlines(false, () => {
      for (;;) {
        cur.space();
        if (cur.eat(")")) break;
        if (expandFinal) throw cur.error("`...` must be on the last argument");
        args.push(this.expression());
        cur.space();
        if (cur.eat("...")) {
          expandFinal = true;
          cur.space();
        }
        if (cur.eat(")")) break;
        if (!cur.eat(",")) throw cur.error("expected `,` or `)` in a function call");
      }
      return node<CallNode>(cur, start, { kind: "call", name, args, expandFinal }, args);
    });
  }

  private atFor(): boolean {
    const cur = this.cur;
    const save = cur.pos;
    cur.space();
    const word = cur.ident();
    const isFor = word === "for" && /[\s]/.test(cur.peek());
    cur.pos = save;
    return isFor;
  }

  private tupleOrFor(): Expression {
    const cur = this.cur;
    const start = cur.pos;
    cur.pos++;
    if (this.atFor()) return this.forExpr(start, false);
    const items: Expression[] = [];
    return this.withNewlines(false, () => {
      for (;;) {
        cur.space();
        if (cur.eat("]")) break;
        items.push(this.expression());
        cur.space();
        if (cur.eat("]")) break;
        if (!cur.eat(",")) throw cur.error("expected `,` or `]` in a tuple");
      }
      return node<TupleNode>(cur, start, { kind: "tuple", items }, items);
    });
  }

  private objectOrFor(): Expression {
    const cur = this.cur;
    const start = cur.pos;
    cur.pos++;
    if (this.atFor()) return this.forExpr(start, true);
    const items: { key: Expression; value: Expression }[] = [];
    const children: Expression[] = [];
    return this.withNewlines(true, () => {
      for (;;) {
        cur.space();
        if (cur.eat("}")) break;
        let key = this.withNewlines(false, () => this.binary(0));
        // A bare name is the key itself, not a variable: { name = 1 } has the key "name".
        if (key.kind === "variable") key = { kind: "literal", value: nfc(key.name), src: key.src, start: key.start, end: key.end, depth: 1 };
        cur.space();
        if (!cur.eat("=") && !cur.eat(":")) throw cur.error("expected `=` or `:` after an object key");
        if (cur.at(">") || cur.at("=")) throw cur.error("expected `=` or `:` after an object key");
        const value = this.expression();
        items.push({ key, value });
        children.push(key, value);
        const save = cur.pos;
        const newline = cur.space();
        if (cur.eat("}")) break;
        if (cur.eat(",")) continue;
        if (newline) continue;
        cur.pos = save;
        throw cur.error("expected a newline, `,` or `}` after an object item");
      }
      return node<ObjectNode>(cur, start, { kind: "object", items }, children);
    });
  }

  private forExpr(start: number, isObject: boolean): Expression {
    const cur = this.cur;
    return this.withNewlines(false, () => {
      cur.space();
      cur.ident(); // "for"
      cur.space();
      const first = cur.ident();
      if (first === undefined) throw cur.error("expected a variable name after `for`");
      cur.space();
      let second: string | undefined;
      if (cur.eat(",")) {
        cur.space();
        second = cur.ident();
        if (second === undefined) throw cur.error("expected a second variable name after `,`");
        cur.space();
      }
      if (cur.ident() !== "in") throw cur.error("expected `in` in a for expression");
      const collection = this.expression();
      cur.expect(":", "`:` in a for expression");
      let keyExpr: Expression | undefined;
      let valueExpr = this.expression();
      let group = false;
      cur.space();
      if (isObject) {
        if (!cur.eat("=>")) throw cur.error("expected `=>` in an object for expression");
        keyExpr = valueExpr;
        valueExpr = this.expression();
        cur.space();
        group = cur.eat("...");
      }
      let cond: Expression | undefined;
      cur.space();
      const save = cur.pos;
      if (cur.ident() === "if") cond = this.expression();
      else cur.pos = save;
      cur.expect(isObject ? "}" : "]", isObject ? "`}`" : "`]`");
      const keyVar = second === undefined ? undefined : first;
      const valueVar = second === undefined ? first : second;
      const fields = { kind: "for" as const, valueVar, collection, valueExpr, group };
      return node<ForNode>(
        cur,
        start,
        { ...fields, ...(keyVar !== undefined ? { keyVar } : {}), ...(keyExpr ? { keyExpr } : {}), ...(cond ? { cond } : {}) },
        [collection, keyExpr, valueExpr, cond],
      );
    });
  }
}
