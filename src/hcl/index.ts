// Terraform's expression language for govguard: parse, evaluate, refer, convert.
export type { Value, Scope, UnknownReason } from "./value";
export { ListValue, ObjectValue, Unknown, isUnknown } from "./value";
export type { Expression, TemplatePart } from "./ast";
export { sourceText } from "./ast";
export { parseExpression, parseTemplate } from "./parser";
export { evaluate, ChildScope, indexValue } from "./evaluate";
export type { EvaluateOptions } from "./evaluate";
export { references, traversals, traversalReferences } from "./references";
export type { Traversal, TraversalStep } from "./references";
export { fromJSON, toJSON, toPlanJSON, parseJSONValue } from "./json";
export { HclSyntaxError, CapError, EvalError } from "./errors";
export {
  Budget,
  MAX_COLLECTION_ELEMENTS,
  MAX_TOTAL_ELEMENTS,
  MAX_STRING_LENGTH,
  MAX_TOTAL_STRING_LENGTH,
  MAX_NESTING_DEPTH,
  MAX_NUMBER_DIGITS,
  MAX_REGEX_SUBJECT_LENGTH,
  MAX_EVALUATION_DEPTH,
} from "./caps";
export { MAX_VALUE_DEPTH, formatNumber, makeSet, equals, toStr, isWhollyKnown, firstUnknown, typeName } from "./convert";
export { FUNCTIONS, supportedFunctions } from "./functions";
