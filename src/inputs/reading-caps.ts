// The documented limits of reading configuration. Input beyond them is refused with exit 2 and a
// message naming the file, the line, the construct and the cap, so the cost of reading any input
// is bounded (hcl2json takes ~27 s on a literal like 1e1000000 and writes null for a number a
// 64-bit float cannot hold).
import { Text } from "../model";

/** Deepest nesting of brackets, braces, parentheses, strings and template interpolations in a
 * .tf file, and of arrays and objects in a JSON file. */
export const MAX_NESTING_DEPTH = 256;

/** Most digits in a numeric literal (before the exponent). */
export const MAX_NUMBER_DIGITS = 100;

/** Largest absolute exponent of a numeric literal. Values must also lie within a 64-bit float:
 * beyond it (or a non-zero value that would round to zero) is refused, since a number govguard
 * would judge differently from Terraform could hide a resource (`count = local.n > 0 ? 1 : 0`). */
export const MAX_NUMBER_EXPONENT = 400;

/** Largest .tf or .tfvars file handed to hcl2json, which reads HCL at about 0.25 to 1 MB per
 * second; cdk.tf.json and *.tf.json are read by govguard's own JSON reader and have no such cap. */
export const MAX_HCL_FILE_BYTES = 2 * 1024 * 1024;

/** Most .tf and .tfvars text handed to hcl2json for one configuration (all its modules). */
export const MAX_HCL_TOTAL_BYTES = 8 * 1024 * 1024;

/** Deepest chain of module calls below the root module. */
export const MAX_MODULE_DEPTH = 16;

/** Most module calls read in one configuration (each call of a module folder counts). */
export const MAX_MODULES = 1000;

const shown = (literal: string): string => (literal.length > 40 ? `${literal.slice(0, 40)}…` : literal);

/** Why a numeric literal (JSON or HCL syntax, as written) is refused, or undefined when it is
 * within the caps. Linear in the literal's length. */
export function numberProblem(literal: string): Text | undefined {
  const match = /^-?([0-9]*)(?:\.([0-9]*))?(?:[eE][+-]?([0-9]+))?$/.exec(literal);
  if (!match) return { zh: `${shown(literal)} 不是数字`, en: `${shown(literal)} is not a number` };
  const digits = (match[1] ?? "").length + (match[2] ?? "").length;
  if (digits > MAX_NUMBER_DIGITS) {
    return { zh: `数字字面量 ${shown(literal)} 有 ${digits} 位，超过上限 ${MAX_NUMBER_DIGITS}`, en: `the numeric literal ${shown(literal)} has ${digits} digits (the cap is ${MAX_NUMBER_DIGITS})` };
  }
  const exponent = (match[3] ?? "").replace(/^0+/, "");
  if (exponent.length > 4 || Number(exponent || "0") > MAX_NUMBER_EXPONENT) {
    return { zh: `数字字面量 ${shown(literal)} 的指数超过上限 ${MAX_NUMBER_EXPONENT}`, en: `the exponent of the numeric literal ${shown(literal)} exceeds the cap of ${MAX_NUMBER_EXPONENT}` };
  }
  return doubleProblem(literal);
}

/** Why a valid JSON or HCL numeric literal reads as a value other than the one written: beyond a
 * 64-bit float's range (JSON.parse makes it Infinity, which JSON.stringify writes as null), or
 * non-zero but read as 0. Undefined when a double holds it. Plans are held to this alone: their
 * numbers are parsed before they are seen, so the digit and exponent caps bound no cost there. */
export function doubleProblem(literal: string): Text | undefined {
  const value = Number(literal);
  if (!Number.isFinite(value)) {
    return { zh: `数字字面量 ${shown(literal)} 超出 64 位浮点数的范围`, en: `the numeric literal ${shown(literal)} is beyond the range of a 64-bit float` };
  }
  if (value === 0 && /[1-9]/.test(literal.replace(/[eE].*$/, ""))) {
    return { zh: `数字字面量 ${shown(literal)} 过小，64 位浮点数会读成 0`, en: `the numeric literal ${shown(literal)} is too small for a 64-bit float and would read as 0` };
  }
  return undefined;
}
