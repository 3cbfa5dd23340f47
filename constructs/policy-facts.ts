// What the constructs ask the policy bundle rather than write down twice: the facts of the
// configuration that applies at a scope (data-bearing types, ports, regions) and how to fix a
// control, which is the catalogue's remediation.
import { IConstruct } from "constructs";
import type { Facts, Text } from "../src/engine";
import { ControlViolationError } from "./errors";
import { configOf, engineFor } from "./settings";

/** The policy's facts for the configuration that applies at `scope` (each engine keeps its own). */
export function factsAt(scope: IConstruct): Facts {
  return engineFor({ govguard_config: configOf(scope).values }).facts();
}

let remediations: Map<string, Text> | undefined;

/** The catalogue's remediation of `control`. */
export function remediationOf(control: string): Text {
  remediations ??= new Map(Object.entries(engineFor({}).controls()).map(([id, c]) => [id, c.remediation]));
  const text = remediations.get(control);
  if (!text) throw new Error(`the policy bundle has no control ${control}`);
  return text;
}

/**
 * The error for a prop that would break `control`: its fix is the remediation of the finding the
 * policy reported, when the construct asked the policy, else the control's in the catalogue.
 */
export function violation(control: string, scope: IConstruct | string, problem: Text, finding?: { remediation?: Text }): ControlViolationError {
  return new ControlViolationError(control, scope, problem, finding?.remediation ?? remediationOf(control));
}
