// Values of Terraform's expression language as govguard evaluates configuration before apply.
// Objects and maps are Maps, never plain JS objects, so a key such as "__proto__" or
// "constructor" is an ordinary key. A value that cannot be known before apply, or that govguard
// cannot evaluate, is an Unknown: it carries why and what it refers to, and every operation on it
// yields an Unknown again, so nothing unknown is ever mistaken for a known value.

export type Value = null | boolean | number | string | ListValue | ObjectValue | Unknown;

/** A tuple, list or set. Sets keep their elements unique and in Terraform's order (strings sorted). */
export class ListValue {
  constructor(
    readonly items: readonly Value[],
    readonly kind: "list" | "set" = "list",
  ) {}
}

/** An object or map. `lazy` objects (locals, resources, modules) compute a key on first read. */
export class ObjectValue {
  constructor(readonly entries: ReadonlyMap<string, Value>) {}
  get(key: string): Value | undefined {
    return this.entries.get(key);
  }
  keys(): string[] {
    return [...this.entries.keys()];
  }
}

/** Why a value is not known: after_apply (a computed attribute, as in a plan) or unsupported
 * (an expression or function govguard does not evaluate: "cannot be verified"). */
export type UnknownReason = "after_apply" | "unsupported";

export class Unknown {
  constructor(
    readonly reason: UnknownReason,
    /** What the value was written as, or why it cannot be evaluated, for messages. */
    readonly detail: string,
    /** Terraform-style references ("alicloud_oss_bucket.b.id", "alicloud_oss_bucket.b"). */
    readonly references: readonly string[] = [],
  ) {}
}

/** A string as Terraform holds it: every cty string is NFC-normalised (cty.StringVal), so
 * "e\u0301" and "\u00e9" are one string in comparisons, as keys and in addresses. Applied where
 * strings are made: literals, templates, object keys written as names, function results. */
export function nfc(s: string): string {
  return /^[\x00-\x7f]*$/.test(s) ? s : s.normalize("NFC");
}

export function isUnknown(v: Value | undefined): v is Unknown {
  return v instanceof Unknown;
}

/** What names an expression can see: `var`, `local`, `each`, `count`, `path`, `terraform`,
 * `module`, `data`, `self` and resource types. Attribute and index steps after the root are
 * applied by the evaluator through ObjectValue.get and ListValue.items; an ObjectValue subclass
 * may compute its entries on first read (locals, resources), and may throw a CapError or a
 * cycle error of its own. `undefined` means the name does not exist here (an error in
 * Terraform, "cannot be verified" for govguard). */
export interface Scope {
  lookup(root: string): Value | undefined;
}
