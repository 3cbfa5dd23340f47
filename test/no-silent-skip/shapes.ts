// One compact stack spec written in the three input shapes govguard reads, and the mutation the
// no-silent-skip harness applies to it (test/no-silent-skip.test.ts).
//
//   spec := {"<type>": {"<name>": {<arguments; blocks as arrays of objects>}}}
//
// As in policies/govguard/testkit: an array of objects is a block list, a "${...}" string is an
// expression (a reference to another resource), everything else a literal. A deciding attribute's
// dotted path steps through blocks and maps ("variable_map.slb_access_ttl").
import * as fs from "node:fs";
import * as path from "node:path";

export type Spec = Record<string, Record<string, Body>>;
export type Body = Record<string, unknown>;

/** The expression the harness puts where a deciding value was: a data source's computed
 * attribute, which neither govguard nor terraform plan knows before apply. */
export const UNRESOLVABLE = "data.alicloud_account.current.id";

/** A block replaced by a `dynamic` block whose for_each is only known after apply. */
interface DynamicBlock {
  govguard_dynamic: Body[];
}

function isDynamic(value: unknown): value is DynamicBlock {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.hasOwn(value, "govguard_dynamic");
}

function isBlockList(value: unknown): value is Body[] {
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "object" && v !== null && !Array.isArray(v));
}

/** A map argument (tags, variable_map): an object that is not a block. */
function isMap(value: unknown): value is Body {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !isDynamic(value);
}

function isExpression(value: unknown): value is string {
  return typeof value === "string" && value.includes("${");
}

const REGION = "cn-hangzhou";

// --- mutation ----------------------------------------------------------------------------------

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The spec with `attribute` (a dotted path through blocks) of resource `address` replaced by the
 * unresolvable expression; a block named by the path's last step becomes a dynamic block. Every
 * block on the way is followed in all its instances. Throws when the path is not in the spec:
 * a base must set what the harness replaces.
 */
export function mutate(spec: Spec, address: string, attribute: string): Spec {
  const [type, name] = address.split(".");
  const out = clone(spec);
  const body = out[type]?.[name];
  if (body === undefined) throw new Error(`${address} is not in the base`);
  const steps = attribute.split(".");
  let bodies: Body[] = [body];
  for (const step of steps.slice(0, -1)) {
    bodies = bodies.flatMap((b) => (isBlockList(b[step]) ? (b[step] as Body[]) : isMap(b[step]) ? [b[step] as Body] : []));
  }
  const last = steps[steps.length - 1];
  const holders = bodies.filter((b) => Object.hasOwn(b, last));
  if (holders.length === 0) throw new Error(`the base does not set ${address}.${attribute}`);
  for (const holder of holders) {
    const value = holder[last];
    holder[last] = isBlockList(value) ? ({ govguard_dynamic: value } satisfies DynamicBlock) : `\${${UNRESOLVABLE}}`;
  }
  return out;
}

// --- .tf -------------------------------------------------------------------------------------

function hclValue(value: unknown): string {
  if (isExpression(value) && /^\$\{[^{}]*\}$/.test(value)) return value.slice(2, -1);
  if (Array.isArray(value)) return `[${value.map(hclValue).join(", ")}]`;
  if (typeof value === "object" && value !== null) {
    return `{\n${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)} = ${hclValue(v)}`).join("\n")}\n}`;
  }
  return JSON.stringify(value);
}

function hclBody(body: Body, indent: string): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (isDynamic(value)) {
      lines.push(`${indent}dynamic "${key}" {`, `${indent}  for_each = ${UNRESOLVABLE} == "" ? [] : [1]`);
      for (const block of value.govguard_dynamic) lines.push(`${indent}  content {`, hclBody(block, `${indent}    `), `${indent}  }`);
      lines.push(`${indent}}`);
    } else if (isBlockList(value)) {
      for (const block of value) lines.push(`${indent}${key} {`, hclBody(block, `${indent}  `), `${indent}}`);
    } else {
      lines.push(`${indent}${key} = ${hclValue(value)}`);
    }
  }
  return lines.join("\n");
}

export function toHcl(spec: Spec): string {
  const parts = [`provider "alicloud" {\n  region = "${REGION}"\n}`, `data "alicloud_account" "current" {}`];
  for (const [type, named] of Object.entries(spec)) {
    for (const [name, body] of Object.entries(named)) parts.push(`resource "${type}" "${name}" {\n${hclBody(body, "  ")}\n}`);
  }
  return `${parts.join("\n\n")}\n`;
}

// --- cdk.tf.json -----------------------------------------------------------------------------

function jsonBody(body: Body): Body {
  const out: Body = {};
  const dynamic: Body = {};
  for (const [key, value] of Object.entries(body)) {
    if (isDynamic(value)) {
      dynamic[key] = { for_each: `\${${UNRESOLVABLE} == "" ? [] : [1]}`, content: jsonBody(value.govguard_dynamic[0]) };
    } else if (isBlockList(value)) {
      // CDKTF writes a block given once as an object.
      out[key] = value.length === 1 ? jsonBody(value[0]) : value.map(jsonBody);
    } else {
      out[key] = value;
    }
  }
  if (Object.keys(dynamic).length > 0) out.dynamic = dynamic;
  return out;
}

export function toCdktf(spec: Spec): object {
  const resource: Record<string, Record<string, Body>> = {};
  for (const [type, named] of Object.entries(spec)) {
    resource[type] = Object.fromEntries(Object.entries(named).map(([name, body]) => [name, jsonBody(body)]));
  }
  return {
    "//": { metadata: { backend: "local", stackName: "harness", version: "0.21.0" } },
    provider: { alicloud: [{ region: REGION }] },
    data: { alicloud_account: { current: {} } },
    resource,
  };
}

// --- plan JSON -------------------------------------------------------------------------------

function references(expression: string): string[] {
  const inner = expression.slice(2, -1);
  const parts = inner.split(".");
  const owner = parts[0] === "data" ? parts.slice(0, 3) : parts.slice(0, 2);
  return parts.length > owner.length ? [inner, owner.join(".")] : [inner];
}

/** after, after_unknown and configuration expressions of one body. */
function planBody(body: Body): { after: Body; unknown: Body; expressions: Body } {
  const after: Body = {};
  const unknown: Body = {};
  const expressions: Body = {};
  for (const [key, value] of Object.entries(body)) {
    if (isDynamic(value)) {
      // Plan JSON leaves dynamic blocks out of `configuration`; their contents are unknown.
      unknown[key] = true;
    } else if (isExpression(value)) {
      unknown[key] = true;
      expressions[key] = { references: references(value) };
    } else if (isMap(value) && Object.values(value).some(isExpression)) {
      // A map with values only known after apply: terraform plans the known entries and marks
      // the others unknown, and `configuration` gives the map's references.
      after[key] = Object.fromEntries(Object.entries(value).filter(([, v]) => !isExpression(v)));
      unknown[key] = Object.fromEntries(Object.entries(value).filter(([, v]) => isExpression(v)).map(([k]) => [k, true]));
      expressions[key] = { references: Object.values(value).filter(isExpression).flatMap(references) };
    } else if (isBlockList(value)) {
      const children = value.map(planBody);
      after[key] = children.map((c) => c.after);
      if (children.some((c) => Object.keys(c.unknown).length > 0)) unknown[key] = children.map((c) => c.unknown);
      expressions[key] = children.map((c) => c.expressions);
    } else {
      after[key] = value;
      expressions[key] = { constant_value: value };
    }
  }
  return { after, unknown, expressions };
}

export function toPlan(spec: Spec): object {
  const changes: object[] = [];
  const resources: object[] = [];
  for (const [type, named] of Object.entries(spec)) {
    for (const [name, body] of Object.entries(named)) {
      const { after, unknown, expressions } = planBody(body);
      const address = `${type}.${name}`;
      changes.push({
        address,
        mode: "managed",
        type,
        name,
        provider_name: "registry.terraform.io/aliyun/alicloud",
        change: { actions: ["create"], before: null, after, after_unknown: unknown, after_sensitive: {} },
      });
      resources.push({ address, mode: "managed", type, name, provider_config_key: "alicloud", expressions });
    }
  }
  return {
    format_version: "1.2",
    terraform_version: "1.5.7",
    variables: {},
    planned_values: { root_module: {} },
    resource_changes: changes,
    configuration: {
      provider_config: {
        alicloud: { name: "alicloud", full_name: "registry.terraform.io/aliyun/alicloud", expressions: { region: { constant_value: REGION } } },
      },
      root_module: { resources },
    },
  };
}

// --- files -----------------------------------------------------------------------------------

export type Shape = "plan" | "tf" | "cdktf";

export const SHAPES: Shape[] = ["plan", "tf", "cdktf"];

/** Writes the spec in `shape` under dir and returns the path govguard reads. */
export function writeShape(spec: Spec, shape: Shape, dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  if (shape === "tf") {
    fs.writeFileSync(path.join(dir, "main.tf"), toHcl(spec));
    return dir;
  }
  const file = path.join(dir, shape === "plan" ? "plan.json" : "cdk.tf.json");
  fs.writeFileSync(file, JSON.stringify(shape === "plan" ? toPlan(spec) : toCdktf(spec), null, 2));
  return file;
}
