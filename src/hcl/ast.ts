// The syntax tree of Terraform's expression language (HCL native syntax and templates).
// Every node knows the source it came from (shared, not copied) and its span, for messages.
import { Value } from "./value";

interface Span {
  /** The whole source string the node was parsed from. */
  readonly src: string;
  readonly start: number;
  readonly end: number;
  /** 1 + the depth of the deepest child; bounded by MAX_NESTING_DEPTH when built. */
  readonly depth: number;
}

export interface LiteralNode extends Span {
  readonly kind: "literal";
  readonly value: null | boolean | number | string;
}
/** A template with text and interpolations/directives; the result is always a string. */
export interface TemplateNode extends Span {
  readonly kind: "template";
  readonly parts: readonly TemplatePart[];
}
export type TemplatePart =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "interp"; readonly expr: Expression }
  | { readonly kind: "if"; readonly cond: Expression; readonly then: readonly TemplatePart[]; readonly else: readonly TemplatePart[] }
  | {
      readonly kind: "for";
      readonly keyVar?: string;
      readonly valueVar: string;
      readonly collection: Expression;
      readonly body: readonly TemplatePart[];
    };
export interface VariableNode extends Span {
  readonly kind: "variable";
  readonly name: string;
}
export interface GetAttrNode extends Span {
  readonly kind: "getattr";
  readonly object: Expression;
  readonly name: string;
}
export interface IndexNode extends Span {
  readonly kind: "index";
  readonly object: Expression;
  readonly key: Expression;
  /** Written `x.0` (legacy index syntax). */
  readonly legacy: boolean;
}
/** `source[*].rest` or `source.*.rest`: `each` is evaluated once per element with the element as
 * the value of the SplatItem node inside it. */
export interface SplatNode extends Span {
  readonly kind: "splat";
  readonly source: Expression;
  readonly each: Expression;
  readonly full: boolean;
}
export interface SplatItemNode extends Span {
  readonly kind: "splatitem";
}
export interface TupleNode extends Span {
  readonly kind: "tuple";
  readonly items: readonly Expression[];
}
export interface ObjectNode extends Span {
  readonly kind: "object";
  readonly items: readonly { readonly key: Expression; readonly value: Expression }[];
}
export interface CallNode extends Span {
  readonly kind: "call";
  readonly name: string;
  readonly args: readonly Expression[];
  /** The last argument was written with `...` (expanded into arguments). */
  readonly expandFinal: boolean;
}
export interface ConditionalNode extends Span {
  readonly kind: "conditional";
  readonly cond: Expression;
  readonly then: Expression;
  readonly else: Expression;
}
export type BinaryOp = "||" | "&&" | "==" | "!=" | "<" | "<=" | ">" | ">=" | "+" | "-" | "*" | "/" | "%";
export interface BinaryNode extends Span {
  readonly kind: "binary";
  readonly op: BinaryOp;
  readonly left: Expression;
  readonly right: Expression;
}
export interface UnaryNode extends Span {
  readonly kind: "unary";
  readonly op: "!" | "-";
  readonly operand: Expression;
}
export interface ForNode extends Span {
  readonly kind: "for";
  readonly keyVar?: string;
  readonly valueVar: string;
  readonly collection: Expression;
  /** Present for the object form `{for ... : k => v}`. */
  readonly keyExpr?: Expression;
  readonly valueExpr: Expression;
  readonly cond?: Expression;
  /** `v...`: values with the same key are grouped into a tuple. */
  readonly group: boolean;
}
export interface ParensNode extends Span {
  readonly kind: "parens";
  readonly inner: Expression;
}

export type Expression =
  | LiteralNode
  | TemplateNode
  | VariableNode
  | GetAttrNode
  | IndexNode
  | SplatNode
  | SplatItemNode
  | TupleNode
  | ObjectNode
  | CallNode
  | ConditionalNode
  | BinaryNode
  | UnaryNode
  | ForNode
  | ParensNode;

/** The source text an expression was written as (for messages and plan JSON). */
export function sourceText(expr: Expression): string {
  return expr.src.slice(expr.start, expr.end);
}

/** A literal for values that do not come from source text (JSON literals). */
export function literalValue(expr: Expression): Value | undefined {
  return expr.kind === "literal" ? expr.value : undefined;
}
