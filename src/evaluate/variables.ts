// Variable values as Terraform gives them to expressions: tfvars values (constants, no
// references), converted to the variable's declared type (src/evaluate/types.ts): a list given to
// a set(string) variable iterates as a set, "3" given to a number variable is 3, and an object
// takes the defaults of its optional() attributes.
import { Scope, Unknown, Value } from "../hcl/value";
import { bareReference } from "./engine";
import { valueOf } from "./json";
import { convertWhole, typeConstraint } from "./types";

const NO_NAMES: Scope = { lookup: () => undefined };

/** A value from a tfvars file (hcl2json form: strings are templates), evaluated as Terraform does:
 * no names and no functions. */
export function tfvarValue(raw: unknown): Value {
  return valueOf(raw, NO_NAMES, 0, true);
}

/** A variable's value converted to its declared type, `type` as written: "${set(string)}"
 * (hcl2json) or "set(string)" (Terraform JSON); `what` names it in messages ("var.cfg"). */
export function convertToType(v: Value, typeRaw: unknown, what: string): Value {
  const text = bareReference(typeRaw);
  if (text === undefined) return v;
  const type = typeConstraint(text);
  if (type !== undefined) return convertWhole(v, type, what);
  // Terraform refuses a type it cannot read ("Number", bare "set"); what it would do with one
  // nested deeper than govguard reads is not known here either.
  const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return new Unknown("unsupported", `${what}: its type ${JSON.stringify(shown)} is not a type constraint govguard reads`);
}
