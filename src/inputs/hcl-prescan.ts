// Bounds what hcl2json is given. hcl2json (HCL's Go parser compiled to wasm) spends ~27 s on a
// literal like 1e1000000, writes null for a number a 64-bit float cannot hold, and crashes the
// process on some 10k-deep expressions (brackets, `a.b.b.b…`, `x ? 1 : y ? 2 : …`, `!!!…x`),
// since its parser recurses once per level. So before a .tf or .tfvars text reaches it, one linear
// pass that knows HCL's strings, heredocs, comments and template interpolations refuses numeric
// literals beyond the caps and expressions nested deeper than MAX_NESTING_DEPTH, naming the file,
// the line, the construct and the cap.
//
// Nesting counts every open bracket, brace, parenthesis, string, heredoc and interpolation, plus,
// within one of them, the steps of an attribute/index chain (`.`, `*`) and the conditional and
// unary operators (`?`, `!`, `-`) that make the parser recurse; a separator (`,`, `=`, `=>`, a
// newline in a body or object) ends such a run, and a binary operator ends a chain of steps.
import { Text } from "../model";
import { InputError } from "../errors";
import { MAX_NESTING_DEPTH, numberProblem } from "./reading-caps";

type FrameKind = "root" | "brace" | "bracket" | "paren" | "interp" | "quote" | "heredoc";

interface Frame {
  kind: FrameKind;
  /** Conditional and unary operators since the last separator. */
  operators: number;
  /** Attribute and index steps since the last operator or separator. */
  steps: number;
  marker?: string;
}

const HEREDOC = /<<-?([\p{ID_Start}_][\p{ID_Continue}-]*)\r?\n/uy;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isIdentStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0x80;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || isDigit(c) || c === 0x2d;
}

/** Throws an InputError when `text` (HCL native syntax) exceeds a cap; otherwise returns. */
export function prescanHcl(file: string, text: string): void {
  const n = text.length;
  const stack: Frame[] = [{ kind: "root", operators: 0, steps: 0 }];
  let depth = 1;
  let line = 1;
  let i = 0;
  let lineStart = true;

  const refuse = (problem: Text): never => {
    throw new InputError(file, { zh: `第 ${line} 行：${problem.zh}`, en: `line ${line}: ${problem.en}` });
  };
  const tooDeep = (): never =>
    refuse({
      zh: `表达式嵌套（括号、字符串、插值、属性链、条件与一元运算符）超过 ${MAX_NESTING_DEPTH} 层上限`,
      en: `the expression nests (brackets, strings, interpolations, attribute chains, conditional and unary operators) deeper than the cap of ${MAX_NESTING_DEPTH}`,
    });
  const push = (kind: FrameKind, marker?: string): void => {
    if (++depth > MAX_NESTING_DEPTH) tooDeep();
    stack.push({ kind, operators: 0, steps: 0, marker });
  };
  const pop = (): void => {
    if (stack.length === 1) return;
    const frame = stack.pop() as Frame;
    depth -= 1 + frame.operators + frame.steps;
  };
  const top = (): Frame => stack[stack.length - 1];
  const step = (): void => {
    top().steps++;
    if (++depth > MAX_NESTING_DEPTH) tooDeep();
  };
  const operator = (): void => {
    const frame = top();
    depth -= frame.steps;
    frame.steps = 0;
    frame.operators++;
    if (++depth > MAX_NESTING_DEPTH) tooDeep();
  };
  const endChain = (): void => {
    const frame = top();
    depth -= frame.steps;
    frame.steps = 0;
  };
  const separate = (): void => {
    const frame = top();
    depth -= frame.steps + frame.operators;
    frame.steps = 0;
    frame.operators = 0;
  };
  /** At `$` or `%` in a template: an interpolation or directive opens unless escaped (`$${`). */
  const templateSequence = (c: number): void => {
    const next = text.charCodeAt(i + 1);
    if (next === c && text.charCodeAt(i + 2) === 0x7b) i += 3;
    else if (next === 0x7b) {
      i += 2;
      push("interp");
    } else i++;
  };

  while (i < n) {
    const frame = top();
    const c = text.charCodeAt(i);
    if (frame.kind === "quote") {
      if (c === 0x22) {
        pop();
        i++;
      } else if (c === 0x5c) {
        if (text.charCodeAt(i + 1) === 0x0a) line++;
        i += 2;
      } else if (c === 0x24 || c === 0x25) templateSequence(c);
      else {
        if (c === 0x0a) line++;
        i++;
      }
      continue;
    }
    if (frame.kind === "heredoc") {
      if (lineStart) {
        lineStart = false;
        let end = text.indexOf("\n", i);
        if (end === -1) end = n;
        if (text.slice(i, end).trim() === frame.marker) {
          pop();
          i = end; // the newline ends the attribute in the enclosing body
          continue;
        }
      }
      if (c === 0x24 || c === 0x25) templateSequence(c);
      else {
        if (c === 0x0a) {
          line++;
          lineStart = true;
        }
        i++;
      }
      continue;
    }
    // Expression and body text.
    if (c === 0x0a) {
      line++;
      i++;
      if (frame.kind === "root" || frame.kind === "brace") separate();
    } else if (c === 0x20 || c === 0x09 || c === 0x0d) i++;
    else if (c === 0x23 || (c === 0x2f && text.charCodeAt(i + 1) === 0x2f)) {
      const end = text.indexOf("\n", i);
      i = end === -1 ? n : end;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = text.indexOf("*/", i + 2);
      const stop = end === -1 ? n : end + 2;
      for (let k = i; k < stop; k++) if (text.charCodeAt(k) === 0x0a) line++;
      i = stop;
    } else if (c === 0x22) {
      push("quote");
      i++;
    } else if (c === 0x3c && text.charCodeAt(i + 1) === 0x3c) {
      HEREDOC.lastIndex = i;
      const m = HEREDOC.exec(text);
      if (m) {
        push("heredoc", m[1]);
        i += m[0].length;
        line++;
        lineStart = true;
      } else i += 2;
    } else if (c === 0x7b) {
      push("brace");
      i++;
    } else if (c === 0x5b) {
      step();
      push("bracket");
      i++;
    } else if (c === 0x28) {
      push("paren");
      i++;
    } else if (c === 0x7d || c === 0x5d || c === 0x29) {
      pop();
      i++;
    } else if (isDigit(c)) {
      const start = i;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if (d === 0x2e && isDigit(text.charCodeAt(i + 1))) i += 2;
        else if ((d === 0x65 || d === 0x45) && isDigit(text.charCodeAt(i + 1))) i += 2;
        else if ((d === 0x65 || d === 0x45) && (text.charCodeAt(i + 1) === 0x2b || text.charCodeAt(i + 1) === 0x2d) && isDigit(text.charCodeAt(i + 2))) i += 3;
        else break;
      }
      if (i - start > 15 || /[eE]/.test(text.slice(start, i))) {
        const problem = numberProblem(text.slice(start, i));
        if (problem) refuse(problem);
      }
    } else if (isIdentStart(c)) {
      i++;
      while (i < n && isIdentPart(text.charCodeAt(i))) i++;
    } else if (c === 0x2e || c === 0x2a) {
      step();
      i += text.startsWith("...", i) ? 3 : 1;
    } else if (c === 0x3f || c === 0x21 || c === 0x2d) {
      if (c === 0x21 && text.charCodeAt(i + 1) === 0x3d) {
        endChain();
        i += 2;
      } else {
        operator();
        i++;
      }
    } else if (c === 0x2c) {
      separate();
      i++;
    } else if (c === 0x3d) {
      const next = text.charCodeAt(i + 1);
      if (next === 0x3d) endChain();
      else separate();
      i += next === 0x3d || next === 0x3e ? 2 : 1;
    } else {
      // + / % & | < > : ~ and anything else: an operator that ends a chain of steps.
      endChain();
      i++;
    }
  }
}
