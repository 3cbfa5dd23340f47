// Finds where a JSON text first goes wrong, for error messages: V8's JSON.parse does not always
// say. Only called after JSON.parse has failed. Iterative, so deeply nested input cannot exhaust
// the stack.

export interface JsonErrorAt {
  offset: number;
  /** True when the text simply ends too early. */
  truncated: boolean;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

export function findJsonError(text: string): JsonErrorAt | undefined {
  let i = 0;
  // What the scanner expects next, innermost last: a value, or what may follow one in a container.
  const stack: ("value" | "array-next" | "object-key" | "object-next" | "object-colon")[] = ["value"];
  const fail = (at: number): JsonErrorAt => ({ offset: at, truncated: at >= text.length });
  const skip = (): void => {
    while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  };
  const string = (): boolean => {
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) return false;
        i += 2;
        continue;
      }
      i++;
    }
    return false;
  };

  while (stack.length > 0) {
    skip();
    const state = stack.pop();
    const ch = text[i];
    if (state === "value") {
      if (ch === "{") {
        i++;
        skip();
        if (text[i] === "}") i++;
        else stack.push("object-next", "value", "object-colon", "object-key");
      } else if (ch === "[") {
        i++;
        skip();
        if (text[i] === "]") i++;
        else stack.push("array-next", "value");
      } else if (ch === '"') {
        if (!string()) return fail(i);
      } else {
        const token = [NUMBER, LITERAL].map((re) => {
          re.lastIndex = i;
          return re.exec(text)?.[0];
        }).find((t) => t !== undefined);
        if (token === undefined) return fail(i);
        i += token.length;
        // A number or literal ends at a delimiter: "12x" and "truex" go wrong at the x.
        if (i < text.length && /[\w.]/.test(text[i])) return fail(i);
      }
    } else if (state === "object-key") {
      if (ch !== '"' || !string()) return fail(i);
    } else if (state === "object-colon") {
      if (ch !== ":") return fail(i);
      i++;
    } else if (state === "object-next") {
      if (ch === ",") {
        i++;
        stack.push("object-next", "value", "object-colon", "object-key");
      } else if (ch === "}") i++;
      else return fail(i);
    } else if (state === "array-next") {
      if (ch === ",") {
        i++;
        stack.push("array-next", "value");
      } else if (ch === "]") i++;
      else return fail(i);
    }
  }
  skip();
  return i < text.length ? fail(i) : undefined;
}
