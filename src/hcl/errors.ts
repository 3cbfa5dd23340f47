// The three ways evaluating author-written HCL can end other than with a value.
import { Text } from "../model";

/** Source text that is not valid HCL (or uses syntax govguard does not read). One line. */
export class HclSyntaxError extends Error {
  constructor(
    message: string,
    /** Offset in the source where the problem was found. */
    readonly offset: number,
  ) {
    super(message);
    this.name = "HclSyntaxError";
  }
}

/** The constructs that may reach a cap, in both languages. A function call (`range()`) is
 * named the same in both; anything else the evaluator names passes a Text. */
const CONSTRUCTS = {
  arithmetic: { zh: "算术运算", en: "arithmetic" },
  "expression evaluation": { zh: "表达式求值", en: "expression evaluation" },
  "expression nesting": { zh: "表达式嵌套", en: "expression nesting" },
  "for expression": { zh: "for 表达式", en: "for expression" },
  "%{for}": { zh: "%{for} 模板指令", en: "%{for}" },
  number: { zh: "数字", en: "number" },
  "number conversion": { zh: "数字转换", en: "number conversion" },
  "number literal": { zh: "数字字面量", en: "number literal" },
  object: { zh: "对象", en: "object" },
  "set element": { zh: "集合元素", en: "set element" },
  splat: { zh: "splat 表达式", en: "splat" },
  "string template": { zh: "字符串模板", en: "string template" },
  tuple: { zh: "元组", en: "tuple" },
  value: { zh: "值", en: "value" },
  "value nesting": { zh: "值嵌套", en: "value nesting" },
} as const satisfies Record<string, Text>;

export type Construct = keyof typeof CONSTRUCTS | `${string}()` | Text;

export function constructText(c: Construct): Text {
  if (typeof c !== "string") return c;
  return Object.hasOwn(CONSTRUCTS, c) ? CONSTRUCTS[c as keyof typeof CONSTRUCTS] : { zh: c, en: c };
}

const UNITS = {
  blocks: "个块",
  characters: "个字符",
  elements: "个元素",
  instances: "个实例",
  levels: "层",
  "nested evaluations": "次嵌套求值",
} as const satisfies Record<string, string>;
export type Unit = keyof typeof UNITS;

const SCOPES = {
  collection: "每个集合",
  configuration: "每个配置",
  evaluation: "每次求值",
  "resource or module": "每个资源或模块",
} as const satisfies Record<string, string>;
export type CapScope = keyof typeof SCOPES;

/** "10000 elements" / "10000 个元素". */
export function amount(n: number, unit: Unit): Text {
  return { zh: `${n} ${UNITS[unit]}`, en: `${n} ${unit}` };
}
/** "10000 elements per collection" / "每个集合 10000 个元素". */
export function amountPer(n: number, unit: Unit, per: CapScope): Text {
  return { zh: `${SCOPES[per]} ${n} ${UNITS[unit]}`, en: `${n} ${unit} per ${per}` };
}
/** "100001 elements in total" / "合计 100001 个元素". */
export function amountInTotal(n: number, unit: Unit): Text {
  return { zh: `合计 ${n} ${UNITS[unit]}`, en: `${n} ${unit} in total` };
}
/** "more than 256 levels" / "超过 256 层". */
export function moreThan(n: number, unit: Unit): Text {
  return { zh: `超过 ${n} ${UNITS[unit]}`, en: `more than ${n} ${unit}` };
}
/** "a string of 2000000 characters" / "长 2000000 个字符的字符串". */
export function aString(n: number): Text {
  return { zh: `长 ${n} 个字符的字符串`, en: `a string of ${n} characters` };
}
/** The range of numbers (IEEE 754 doubles), the cap on any number. */
export const NUMBER_RANGE: Text = { zh: "±1.7976931348623157e308", en: "±1.7976931348623157e308" };
export const RESULT_BEYOND_NUMBERS: Text = { zh: "超出数值范围的结果", en: "a result beyond the range of numbers" };

/** Where a cap was reached, when it is known: the declaration of the block whose count,
 * for_each or dynamic blocks were refused. */
export interface CapLocation {
  file: string;
  line?: number;
}

/** A limit on cost was reached: refused rather than evaluated (the caller exits 2). */
export class CapError extends Error {
  readonly text: Text;
  /** English, as in the message: what reached the cap, e.g. "range()", "number literal". */
  readonly construct: string;
  /** English: what was asked for, e.g. "10000000 elements". */
  readonly value: string;
  /** English: the documented cap, e.g. "10000 elements per collection". */
  readonly cap: string;
  readonly file?: string;
  readonly line?: number;
  constructor(construct: Construct, value: Text, cap: Text, at?: CapLocation) {
    const c = constructText(construct);
    const line = at?.line === undefined ? { zh: "", en: "" } : { zh: `第 ${at.line} 行：`, en: `line ${at.line}: ` };
    // A cap written as a number reads "上限为 256 层"; one written with its scope "上限为每个集合 …".
    const capZh = /^[0-9±]/.test(cap.zh) ? ` ${cap.zh}` : cap.zh;
    const text = {
      zh: `${line.zh}${c.zh} 超出上限：${value.zh}（上限为${capZh}）`,
      en: `${line.en}${c.en} exceeds a limit: ${value.en} (limit ${cap.en})`,
    };
    super(text.en);
    this.name = "CapError";
    this.text = text;
    this.construct = c.en;
    this.value = value.en;
    this.cap = cap.en;
    if (at) {
      this.file = at.file;
      this.line = at.line;
    }
  }
}

/** An error Terraform itself would raise while evaluating (wrong type, missing key, ...).
 * try() and can() catch it; evaluate() turns it into Unknown("unsupported"). */
export class EvalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EvalError";
  }
}
