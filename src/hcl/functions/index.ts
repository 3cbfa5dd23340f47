// The functions govguard evaluates, by name. Anything else is "not supported" (an Unknown whose
// attribute cannot be verified). try() and can() are evaluated by the evaluator itself.
import { COLLECTION_FUNCTIONS } from "./collections";
import { ENCODING_FUNCTIONS } from "./encoding";
import { FORMAT_FUNCTIONS } from "./format";
import { NETWORK_FUNCTIONS } from "./network";
import { NUMERIC_FUNCTIONS } from "./numeric";
import { STRING_FUNCTIONS } from "./strings";
import { TYPE_FUNCTIONS } from "./typeconv";
import type { HclFunction } from "./types";

export type { HclFunction, CallContext } from "./types";

export const FUNCTIONS: Readonly<Record<string, HclFunction>> = Object.freeze(
  Object.assign(
    Object.create(null) as Record<string, HclFunction>,
    COLLECTION_FUNCTIONS,
    STRING_FUNCTIONS,
    FORMAT_FUNCTIONS,
    NUMERIC_FUNCTIONS,
    ENCODING_FUNCTIONS,
    NETWORK_FUNCTIONS,
    TYPE_FUNCTIONS,
  ),
);

/** Names and one-line summaries of every supported function, for the README. */
export function supportedFunctions(): { name: string; summary: string }[] {
  return [
    ...Object.keys(FUNCTIONS).map((name) => ({ name, summary: FUNCTIONS[name].summary })),
    { name: "try", summary: "the first argument that evaluates without error" },
    { name: "can", summary: "whether the argument evaluates without error" },
  ].sort((a, b) => (a.name < b.name ? -1 : 1));
}
