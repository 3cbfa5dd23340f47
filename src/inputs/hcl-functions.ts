// hcl2json keeps every expression that is not a literal as "${...}" source text, so
// `policy = jsonencode({ Version = "1", ... })` or `for_each = toset(["a", "b"])` arrives as an
// opaque string, and a policy document written that way (the usual way) could never be checked
// in the .tf shape. The argument of these two functions is HCL, so it is parsed here into JSON and
// handed to the bundle as {"govguard_jsonencode": <value>} or {"govguard_toset": [...]}; the
// bundle resolves the variables and locals left inside and applies the function as terraform
// would (policies/govguard/lib/fields, lib/instances).
import { parse as parseHcl } from "@cdktf/hcl2json";

const FUNCTIONS: Record<string, string> = { jsonencode: "govguard_jsonencode", toset: "govguard_toset" };

const CALL = /^\$\{\s*(jsonencode|toset)\(([\s\S]*)\)\s*\}$/;

async function parseExpression(expression: string): Promise<unknown> {
  try {
    const parsed = (await parseHcl("expression.tf", `govguard_value = ${expression}\n`)) as Record<string, unknown>;
    return parsed.govguard_value;
  } catch {
    return undefined;
  }
}

/** The value with every `${jsonencode(...)}` and `${toset([...])}` whose argument parses replaced. */
export async function expandFunctions(value: unknown): Promise<unknown> {
  if (typeof value === "string") {
    const match = CALL.exec(value);
    if (!match) return value;
    const argument = await parseExpression(match[2]);
    if (argument === undefined || (match[1] === "toset" && !Array.isArray(argument))) return value;
    return { [FUNCTIONS[match[1]]]: argument };
  }
  if (Array.isArray(value)) return Promise.all(value.map(expandFunctions));
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = await expandFunctions(v);
    return out;
  }
  return value;
}
