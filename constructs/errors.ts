// The error a govguard construct throws when a prop would break a control: it names the control,
// its article (in Chinese and English), the construct, what is wrong and how to fix it.
import { IConstruct } from "constructs";
import { Text } from "../src/model";

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 5 -> 五, 12 -> 十二, 20 -> 二十, 36 -> 三十六 (articles run from 1 to 44). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones === 0 ? "" : DIGITS[ones]}`;
}

/** "A20.1" -> 20 */
export function articleOf(control: string): number {
  const match = /^A(\d+)\.\d+$/.exec(control);
  if (!match) throw new Error(`not a control ID: ${control}`);
  return Number(match[1]);
}

/** "第二十条 / Article 20" */
export function articleText(control: string): string {
  const article = articleOf(control);
  return `第${chineseNumber(article)}条 / Article ${article}`;
}

function pathOf(scope: IConstruct | string): string {
  return typeof scope === "string" ? scope : scope.node.path;
}

/**
 * A construct prop that would break a control. The message reads, for example:
 *
 *   A20.1 (第二十条 / Article 20) [portal/logs]: 日志保存期限 30 天少于 365 天 / retention 30 days is below 365
 *     修复：… / Fix: …
 */
export class ControlViolationError extends Error {
  readonly control: string;
  readonly article: number;
  /** The construct path of the construct that refused the prop. */
  readonly constructPath: string;
  readonly problem: Text;
  readonly fix?: Text;

  constructor(control: string, scope: IConstruct | string, problem: Text, fix?: Text) {
    const where = pathOf(scope);
    const head = `${control} (${articleText(control)})${where ? ` [${where}]` : ""}: ${problem.zh} / ${problem.en}`;
    super(fix ? `${head}\n  修复：${fix.zh} / Fix: ${fix.en}` : head);
    this.name = "ControlViolationError";
    this.control = control;
    this.article = articleOf(control);
    this.constructPath = where;
    this.problem = problem;
    this.fix = fix;
  }
}

/** A prop that is wrong for a reason other than a control (a malformed name, a missing input). */
export class ConstructPropError extends Error {
  constructor(scope: IConstruct | string, problem: Text) {
    const where = pathOf(scope);
    super(`${where ? `[${where}] ` : ""}${problem.zh} / ${problem.en}`);
    this.name = "ConstructPropError";
  }
}
