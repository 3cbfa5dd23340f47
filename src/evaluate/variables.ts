// Variable values as Terraform gives them to expressions: tfvars values (constants, no
// references), converted to the variable's declared type (src/evaluate/types.ts): a list given to
// a set(string) variable iterates as a set, "3" given to a number variable is 3, and an object
// takes the defaults of its optional() attributes.
import { Scope, Value } from "../hcl/value";
import { bareReference } from "./engine";
import { valueOf } from "./json";
import { convertWhole, typeConstraint } from "./types";

const NO_NAMES: Scope = { lookup: () => undefined };

/** A value from a tfvars file (hcl2json form: strings are templates without references). */
export function tfvarValue(raw: unknown): Value {
  return valueOf(raw, NO_NAMES);
}

/** A variable's value converted to its declared type, `type` as written: "${set(string)}"
 * (hcl2json) or "set(string)" (Terraform JSON); `what` names it in messages ("var.cfg"). */
export function convertToType(v: Value, typeRaw: unknown, what: string): Value {
  const text = bareReference(typeRaw);
  const type = text === undefined ? undefined : typeConstraint(text);
  return type === undefined ? v : convertWhole(v, type, what);
}
