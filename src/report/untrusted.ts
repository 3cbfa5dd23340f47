// Text that came from the input under review: resource addresses, attribute and file names, values
// echoed in messages, waiver fields, notes. The author of the change wrote it, so no report may
// print it as it is; each format's escaper (escape-*.ts) is the only way to turn it into output.
//
// The type says `symbol` on purpose: TypeScript refuses a symbol in a template literal (TS2731), in
// `+` (TS2469) and where a string is expected, so a renderer that forgets the escaper does not
// compile. At run time it is an object whose conversions to a string throw, for what the compiler
// cannot see (String(x), [x].join()). Only this module and the escapers see the text inside.
import { Text } from "../model";

declare const UNTRUSTED: unique symbol;

export type Untrusted = symbol & { readonly [UNTRUSTED]: true };

/** A text in Chinese and English that carries input. */
export interface UText {
  zh: Untrusted;
  en: Untrusted;
}

function refuse(): never {
  throw new Error("govguard bug: input text reached a report without its format's escaper");
}

class Box {
  constructor(readonly raw: string) {
    Object.freeze(this);
  }
  toString(): never {
    return refuse();
  }
  valueOf(): never {
    return refuse();
  }
  toJSON(): never {
    return refuse();
  }
  [Symbol.toPrimitive](): never {
    return refuse();
  }
}

export function untrusted(raw: string): Untrusted {
  return new Box(raw) as unknown as Untrusted;
}

export function untrustedText(text: Text): UText {
  return { zh: untrusted(text.zh), en: untrusted(text.en) };
}

/** The text inside, for a format's escaper (src/report/escape-*.ts) and nothing else. */
export function revealForEscaper(value: Untrusted): string {
  const box: unknown = value;
  if (!(box instanceof Box)) throw new Error("govguard bug: not an untrusted text");
  return box.raw;
}

export function isUntrusted(value: unknown): value is Untrusted {
  return value instanceof Box;
}

export function sameUntrusted(a: Untrusted, b: Untrusted): boolean {
  return revealForEscaper(a) === revealForEscaper(b);
}

/**
 * One untrusted text from a template: the literal parts are the renderer's, every value stays
 * untrusted, and so is the whole (a waiver's "status: reason", a "zh / en" pair).
 */
export function untrustedJoin(strings: TemplateStringsArray, ...values: (Untrusted | string | number)[]): Untrusted {
  let out = strings[0];
  values.forEach((v, i) => {
    out += (isUntrusted(v) ? revealForEscaper(v) : String(v)) + strings[i + 1];
  });
  return untrusted(out);
}

export function isEmptyUntrusted(value: Untrusted): boolean {
  return revealForEscaper(value) === "";
}

/** Whether input text is exactly one of govguard's own strings (a control ID, say). */
export function untrustedEquals(value: Untrusted, trusted: string): boolean {
  return revealForEscaper(value) === trusted;
}
