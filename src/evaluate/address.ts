// Instance keys and addresses exactly as Terraform prints them (addrs.StringKey.String): string
// keys in HCL quoting, so any key, with quotes, backslashes, "${", newlines or any Unicode, makes
// one unambiguous address.

export type InstanceKey = number | string | undefined;

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** Terraform's toHCLQuotedString. Lone surrogates (which Terraform's UTF-8 strings cannot hold)
 * are escaped like other unprintable characters, so distinct keys stay distinct. */
export function hclQuoted(s: string): string {
  let out = '"';
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    switch (c) {
      case "\n":
        out += "\\n";
        break;
      case "\r":
        out += "\\r";
        break;
      case "\t":
        out += "\\t";
        break;
      case '"':
        out += '\\"';
        break;
      case "\\":
        out += "\\\\";
        break;
      case "$":
      case "%":
        out += chars[i + 1] === "{" ? c + c : c;
        break;
      default: {
        const code = c.codePointAt(0) as number;
        const lone = code >= 0xd800 && code <= 0xdfff;
        if (!lone && PRINTABLE.test(c)) out += c;
        else out += code < 0x10000 ? `\\u${code.toString(16).padStart(4, "0")}` : `\\U${code.toString(16).padStart(8, "0")}`;
      }
    }
  }
  return `${out}"`;
}

/** "[0]", "[\"a\"]" or "" for no key. */
export function keySuffix(key: InstanceKey): string {
  if (key === undefined) return "";
  return typeof key === "number" ? `[${key}]` : `[${hclQuoted(key)}]`;
}

/** "module.a[0].module.b" + "alicloud_x.y" -> "module.a[0].module.b.alicloud_x.y". */
export function within(moduleAddress: string, local: string): string {
  return moduleAddress === "" ? local : `${moduleAddress}.${local}`;
}

/** Compares strings by Unicode code point, as Go compares UTF-8 strings (Terraform's key order). */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const cx = x.value.codePointAt(0) as number;
    const cy = y.value.codePointAt(0) as number;
    if (cx !== cy) return cx - cy;
  }
}
