// What a construct is, told by the identity symbols CDKTF defines and CDK Terrain keeps
// (Symbol.for("cdktf/TerraformStack") and its kin), never by `instanceof` against one library's
// classes: a stack, resource or provider of either library, or of another copy of one, is
// recognised the same way.
import { IConstruct } from "constructs";
import { App, TerraformProvider, TerraformResource, TerraformStack } from "./cdk";

const APP = Symbol.for("cdktf/App");
const STACK = Symbol.for("cdktf/TerraformStack");
const RESOURCE = Symbol.for("cdktf/TerraformResource");
const PROVIDER = Symbol.for("cdktf/TerraformProvider");

function marked(x: unknown, symbol: symbol): boolean {
  return typeof x === "object" && x !== null && symbol in x;
}

export function isApp(x: unknown): x is App {
  return marked(x, APP);
}

export function isStack(x: unknown): x is TerraformStack {
  return marked(x, STACK);
}

export function isResource(x: unknown): x is TerraformResource {
  return marked(x, RESOURCE);
}

export function isProvider(x: unknown): x is TerraformProvider {
  return marked(x, PROVIDER);
}

/** The stack `scope` is in (itself, if it is one). */
export function stackOf(scope: IConstruct): TerraformStack {
  for (let s: IConstruct | undefined = scope; s; s = s.node.scope) if (isStack(s)) return s;
  throw new Error(`govguard: ${scope.node.path || "(root)"} 不在 TerraformStack 中 / is not inside a TerraformStack`);
}

/** The App `scope` is in. */
export function appOf(scope: IConstruct): App {
  const root = scope.node.root;
  if (isApp(root)) return root;
  throw new Error(`govguard: ${scope.node.path || "(root)"} 不在 App 中 / is not inside an App`);
}
