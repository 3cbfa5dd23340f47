// What a function of the expression language is given and must declare.
import type { Budget } from "../caps";
import type { Value } from "../value";

export interface CallContext {
  readonly budget: Budget;
  /** The function's name as called (for messages). */
  readonly name: string;
}

export interface HclFunction {
  /** Number of required parameters. */
  readonly min: number;
  /** Maximum number of arguments; Infinity for variadic functions. */
  readonly max: number;
  /** Receives Unknown arguments itself; otherwise an Unknown argument makes the result Unknown. */
  readonly acceptsUnknown?: boolean;
  /** Computes the result; throws EvalError (a Terraform error) or UnknownHit (needs an unknown part). */
  readonly call: (args: Value[], ctx: CallContext) => Value;
  /** One line for the README. */
  readonly summary: string;
}
