// Limits on what one expression may cost. Author-written HCL is input to a security gate, so
// anything beyond these is refused (CapError, exit 2) rather than evaluated. The README quotes them.
import { amount, amountInTotal, amountPer, aString, CapError, Construct } from "./errors";

/** Elements of one collection made by one call or expression (range(), for, flatten, ...). */
export const MAX_COLLECTION_ELEMENTS = 10_000;
/** Elements of all collections made while evaluating, per Budget (one evaluate() call by default). */
export const MAX_TOTAL_ELEMENTS = 100_000;
/** Length of any string result, in UTF-16 code units (1 MiB). */
export const MAX_STRING_LENGTH = 1_048_576;
/** Characters of all strings made while evaluating, per Budget (16 MiB): a list of many distinct
 * large strings cannot exhaust memory even though each one is within MAX_STRING_LENGTH. */
export const MAX_TOTAL_STRING_LENGTH = 16 * 1_048_576;
/** Nesting of expressions, in the parser and in the evaluator. */
export const MAX_NESTING_DEPTH = 256;
/** Significant characters in a number literal or a string converted to a number. */
export const MAX_NUMBER_DIGITS = 400;
/** Length of a string searched with a regular expression (replace, regex, regexall). */
export const MAX_REGEX_SUBJECT_LENGTH = 100_000;

/** Counts the elements created during an evaluation. Pass one Budget to several evaluate()
 * calls to bound them together. */
export class Budget {
  private used = 0;
  private chars = 0;
  constructor(
    readonly limit: number = MAX_TOTAL_ELEMENTS,
    readonly charLimit: number = MAX_TOTAL_STRING_LENGTH,
  ) {}
  /** Records `n` new elements made by `construct`; refuses a collection or a total beyond the caps. */
  spend(n: number, construct: Construct): void {
    if (n > MAX_COLLECTION_ELEMENTS) {
      throw new CapError(construct, amount(n, "elements"), amountPer(MAX_COLLECTION_ELEMENTS, "elements", "collection"));
    }
    this.used += n;
    if (this.used > this.limit) {
      throw new CapError(construct, amountInTotal(this.used, "elements"), amountPer(this.limit, "elements", "evaluation"));
    }
  }
  /** Records a new string of `n` characters made by `construct`. */
  spendChars(n: number, construct: Construct): void {
    checkStringLength(n, construct);
    this.chars += n;
    if (this.chars > this.charLimit) {
      throw new CapError(
        construct,
        { zh: `字符串合计 ${this.chars} 个字符`, en: `${this.chars} characters of strings in total` },
        amountPer(this.charLimit, "characters", "evaluation"),
      );
    }
  }
}

export function checkString(s: string, construct: Construct): string {
  if (s.length > MAX_STRING_LENGTH) {
    throw new CapError(construct, aString(s.length), amount(MAX_STRING_LENGTH, "characters"));
  }
  return s;
}

/** Refuses a string that would be too long before it is built. */
export function checkStringLength(n: number, construct: Construct): void {
  if (n > MAX_STRING_LENGTH) {
    throw new CapError(construct, aString(n), amount(MAX_STRING_LENGTH, "characters"));
  }
}

/** Nested evaluations at once, counting those started from inside a Scope (locals referring to
 * locals); bounds recursion so that no chain of references can exhaust the stack. */
export const MAX_EVALUATION_DEPTH = 1_000;
