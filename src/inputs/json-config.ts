// Terraform's JSON configuration syntax (*.tf.json, cdk.tf.json), read as the HCL JSON spec
// (hashicorp/hcl json/spec.md, json/structure.go) and Terraform's loader read it:
// - a body is an object or an array of objects, whose properties are visited in order as one
//   body; so are the label levels of `resource`, `data`, `module`, ...; a block's value is one
//   body (an object) or several (an array; an element that is itself an array is one merged body);
// - "//" properties of a body are comments;
// - a block type repeated in one object accumulates; a repeated argument, or two declarations of
//   one resource, module, variable, local, output or provider, is refused (the latter when the
//   module is assembled, config-merge.ts).
// Without the provider schema an object inside a resource body may be a nested block or a map
// argument: there, "//" is read as a comment and a repeated property is merged as blocks when
// every occurrence is an object or an array of objects, and refused otherwise.
import { InputError } from "../errors";
import { Body, checkName, ConfigFile, Declaration, emptyBody, NamedKind, ResourceKind, TOP_LEVEL_BLOCKS, UnnamedKind, unknownTopLevel, where } from "./config-declarations";
import { JsonMember, JsonNode, jsonValue, repeatedProperty, shownKey } from "./json-syntax";
import { escapeTemplates } from "./template-text";

/** A JSON string as the template text Terraform scans: HCL's scanner drops one leading byte order
 * mark (hclsyntax scanTokens), so "\ufeffpublic-read" is "public-read". Only strings Terraform
 * evaluates as templates; a variable default or a module source keeps its mark. */
function templateText(s: string): string {
  return s.startsWith("\ufeff") ? s.slice(1) : s;
}

/** A JSON value in a template position: jsonValue, with strings and keys as templateText. */
function templateValue(file: string, node: JsonNode): unknown {
  if (node.kind === "scalar") return typeof node.value === "string" ? templateText(node.value) : node.value;
  if (node.kind === "array") return node.items.map((item) => templateValue(file, item));
  const out = emptyBody();
  for (const member of node.members) {
    const key = templateText(member.key);
    if (Object.hasOwn(out, key)) throw repeatedProperty(file, member);
    out[key] = templateValue(file, member.value);
  }
  return out;
}

/** Arguments Terraform reads as a reference or keyword rather than as a template ("provider":
 * "alicloud.dr"), in the form hcl2json writes them for .tf: "${alicloud.dr}". */
function asExpression(value: unknown): unknown {
  if (typeof value === "string") return value.includes("${") ? value : `\${${value}}`;
  if (Array.isArray(value)) return value.map(asExpression);
  if (typeof value === "object" && value !== null) {
    const out = emptyBody();
    for (const key of Object.keys(value)) out[key] = asExpression((value as Body)[key]);
    return out;
  }
  return value;
}

/** Per block kind: arguments read as references, and arguments Terraform takes literally
 * (evaluated without a scope, so "${" in them is text). */
const REFERENCES: Record<string, ReadonlySet<string>> = {
  resource: new Set(["provider", "depends_on"]),
  lifecycle: new Set(["ignore_changes", "replace_triggered_by"]),
  dynamic: new Set(["iterator"]),
  module: new Set(["providers", "depends_on"]),
  output: new Set(["depends_on"]),
  variable: new Set(["type"]),
  moved: new Set(["from", "to"]),
  import: new Set(["to", "provider"]),
  removed: new Set(["from"]),
};
const LITERALS: Record<string, ReadonlySet<string>> = {
  module: new Set(["source", "version"]),
  variable: new Set(["default"]),
};

function normalised(kind: string, body: Body): Body {
  for (const key of Object.keys(body)) {
    if (REFERENCES[kind]?.has(key)) body[key] = asExpression(body[key]);
    else if (LITERALS[kind]?.has(key)) body[key] = escapeTemplates(body[key]);
  }
  return body;
}

/** The properties of a body, or of a label level: an object, an array of objects, or null. */
function collectMembers(file: string, node: JsonNode, what: "body" | "labels"): JsonMember[] {
  if (node.kind === "scalar" && node.value === null) return [];
  if (node.kind === "object") return node.members;
  if (node.kind === "array") {
    const members: JsonMember[] = [];
    for (const item of node.items) {
      if (item.kind !== "object") throw wrongType(file, item, what);
      for (const member of item.members) members.push(member);
    }
    return members;
  }
  throw wrongType(file, node, what);
}

function wrongType(file: string, node: JsonNode, what: "body" | "labels"): InputError {
  return new InputError(
    file,
    what === "labels"
      ? { zh: `此处须为 JSON 对象或对象数组，用于给出块的标签（第 ${node.line} 行）`, en: `a JSON object or an array of objects is required here, giving the block's labels (line ${node.line})` }
      : { zh: `此处须为 JSON 对象或对象数组，用于给出块的参数与子块（第 ${node.line} 行）`, en: `a JSON object or an array of objects is required here, giving the block's arguments and nested blocks (line ${node.line})` },
  );
}

/** The bodies a block value gives: none for null, one for an object, one per array element. */
function blockBodies(file: string, node: JsonNode): JsonNode[] {
  if (node.kind === "scalar" && node.value === null) return [];
  if (node.kind === "object") return [node];
  if (node.kind === "array") return node.items;
  throw new InputError(file, {
    zh: `此处须为 JSON 对象或数组，表示一个或多个块的内容（第 ${node.line} 行）`,
    en: `a JSON object or an array is required here, holding the contents of one or more blocks (line ${node.line})`,
  });
}

/** Members grouped by name, in order of first appearance. */
function grouped(members: JsonMember[]): Map<string, JsonMember[]> {
  const groups = new Map<string, JsonMember[]>();
  for (const m of members) {
    const list = groups.get(m.key);
    if (list) list.push(m);
    else groups.set(m.key, [m]);
  }
  return groups;
}

function isBlockShaped(node: JsonNode): boolean {
  if (node.kind === "object") return true;
  if (node.kind === "array") return node.items.every((item) => item.kind === "object" || item.kind === "array");
  return node.value === null;
}

/** The one value of an argument; a repeated argument is refused. */
function single(file: string, occurrences: JsonMember[]): JsonMember {
  if (occurrences.length > 1) throw repeatedArgument(file, occurrences[1]);
  return occurrences[0];
}

function repeatedArgument(file: string, member: JsonMember): InputError {
  return new InputError(file, {
    zh: `参数 ${shownKey(member.key)} 在同一块中重复设置（第 ${member.line} 行）；Terraform 拒绝这样的配置`,
    en: `the argument ${shownKey(member.key)} is set twice in one block (line ${member.line}); Terraform refuses this`,
  });
}

/** A value inside a body of unknown schema: a nested block or an argument (see the top). */
function openValue(file: string, node: JsonNode): unknown {
  if (node.kind === "scalar") return typeof node.value === "string" ? templateText(node.value) : node.value;
  if (node.kind === "array") return node.items.map((item) => openValue(file, item));
  return openBody(file, node.members);
}

function openBody(file: string, members: JsonMember[]): Body {
  const out = emptyBody();
  for (const [key, occurrences] of grouped(members)) {
    if (key === "//") continue;
    // A map key is a template too; a block's argument name with a mark is no argument anyway.
    const name = templateText(key);
    if (Object.hasOwn(out, name)) throw repeatedArgument(file, occurrences[0]);
    out[name] = openMember(file, key, occurrences);
  }
  return out;
}

/** The value of a property of a body of unknown schema, from all its occurrences. */
function openMember(file: string, key: string, occurrences: JsonMember[]): unknown {
  const blockShaped = occurrences.every((m) => isBlockShaped(m.value));
  if (key === "dynamic" && blockShaped) return dynamicBlocks(file, occurrences);
  if (occurrences.length === 1) return openValue(file, occurrences[0].value);
  if (!blockShaped) throw repeatedArgument(file, occurrences[1]);
  return blocks(file, occurrences, (m) => openBody(file, m));
}

/** Blocks with one label, as hcl2json writes them: { LABEL: [body, ...] }. */
function labelledBlocks(file: string, occurrences: JsonMember[], body: (members: JsonMember[]) => Body): Body {
  const out = emptyBody();
  for (const occurrence of occurrences) {
    for (const label of collectMembers(file, occurrence.value, "labels")) {
      const bodies = blockBodies(file, label.value).map((b) => body(collectMembers(file, b, "body")));
      const existing = out[label.key] as Body[] | undefined;
      if (existing) for (const b of bodies) existing.push(b);
      else out[label.key] = bodies;
    }
  }
  return out;
}

/** Unlabelled blocks as hcl2json writes them: [body, ...]. */
function blocks(file: string, occurrences: JsonMember[], body: (members: JsonMember[]) => Body): Body[] {
  return occurrences.flatMap((m) => blockBodies(file, m.value).map((b) => body(collectMembers(file, b, "body"))));
}

const DYNAMIC_ARGUMENTS = new Set(["for_each", "iterator", "labels"]);

function dynamicBlocks(file: string, occurrences: JsonMember[]): Body {
  return labelledBlocks(file, occurrences, (members) => {
    const out = emptyBody();
    for (const [key, list] of grouped(members)) {
      if (key === "//") continue;
      if (key === "content") out[key] = blocks(file, list, (m) => openBody(file, m));
      else if (DYNAMIC_ARGUMENTS.has(key)) out[key] = templateValue(file, single(file, list).value);
      else out[key] = openValue(file, single(file, list).value);
    }
    return normalised("dynamic", out);
  });
}

const RESOURCE_ARGUMENTS = new Set(["count", "for_each", "provider", "depends_on"]);

/** A resource, data, ephemeral or action body: meta-arguments, meta-blocks, and the rest. */
function resourceBody(file: string, members: JsonMember[]): Body {
  const out = emptyBody();
  for (const [key, occurrences] of grouped(members)) {
    if (key === "//") continue;
    if (RESOURCE_ARGUMENTS.has(key)) out[key] = templateValue(file, single(file, occurrences).value);
    else if (key === "lifecycle") out[key] = blocks(file, occurrences, (m) => normalised("lifecycle", openBody(file, m)));
    else if (key === "connection") out[key] = blocks(file, occurrences, (m) => openBody(file, m));
    else if (key === "provisioner") out[key] = labelledBlocks(file, occurrences, (m) => openBody(file, m));
    else out[key] = openMember(file, key, occurrences);
  }
  return normalised("resource", out);
}

/** A body whose every property is an argument, but for the named nested block types. */
function argumentBody(file: string, members: JsonMember[], blockTypes: ReadonlySet<string> = new Set(), literals: ReadonlySet<string> = new Set()): Body {
  const out = emptyBody();
  for (const [key, occurrences] of grouped(members)) {
    if (key === "//") continue;
    if (blockTypes.has(key)) out[key] = blocks(file, occurrences, (m) => openBody(file, m));
    else out[key] = (literals.has(key) ? jsonValue : templateValue)(file, single(file, occurrences).value);
  }
  return out;
}

/** A terraform block, with its nested blocks in hcl2json's shape: required_providers and cloud as
 * [body], backend and provider_meta as { LABEL: [body] }. */
function terraformBody(file: string, members: JsonMember[]): Body {
  const out = emptyBody();
  for (const [key, occurrences] of grouped(members)) {
    if (key === "//") continue;
    if (key === "required_providers") out[key] = blocks(file, occurrences, (m) => argumentBody(file, m));
    else if (key === "cloud") out[key] = blocks(file, occurrences, (m) => openBody(file, m));
    else if (key === "backend" || key === "provider_meta") out[key] = labelledBlocks(file, occurrences, (m) => openBody(file, m));
    else out[key] = openMember(file, key, occurrences);
  }
  return out;
}

const VARIABLE_BLOCKS = new Set(["validation"]);
const OUTPUT_BLOCKS = new Set(["precondition"]);

function namedBody(file: string, kind: NamedKind, members: JsonMember[]): Body {
  switch (kind) {
    case "module":
      return normalised(kind, argumentBody(file, members, undefined, LITERALS.module));
    case "variable":
      return normalised(kind, argumentBody(file, members, VARIABLE_BLOCKS, LITERALS.variable));
    case "output":
      return normalised(kind, argumentBody(file, members, OUTPUT_BLOCKS));
    default:
      return openBody(file, members);
  }
}

function isCdktf(node: JsonNode): boolean {
  if (node.kind !== "object") return false;
  const comment = node.members.find((m) => m.key === "//");
  return comment?.value.kind === "object" && comment.value.members.some((m) => m.key === "metadata" && m.value.kind === "object");
}

/** The declarations of a parsed *.tf.json file. */
export function jsonConfigFile(file: string, root: JsonNode): ConfigFile {
  const declarations: Declaration[] = [];
  for (const member of collectMembers(file, root, "body")) {
    const key = member.key;
    if (key === "//") continue;
    const labels = TOP_LEVEL_BLOCKS.get(key);
    if (labels === undefined) throw unknownTopLevel(file, key, member.line);
    if (key === "locals") {
      for (const body of blockBodies(file, member.value)) {
        if (body.kind !== "object") {
          throw new InputError(file, { zh: `locals 块须为 JSON 对象（第 ${body.line} 行）`, en: `a locals block must be a JSON object (line ${body.line})` });
        }
        for (const local of body.members) {
          if (local.key === "//") continue;
          checkName(file, "local", local.key, local.line);
          declarations.push({ kind: "local", name: local.key, value: templateValue(file, local.value), file, line: local.line });
        }
      }
    } else if (labels === 0) {
      const kind = key as UnnamedKind;
      for (const body of blockBodies(file, member.value)) {
        const members = collectMembers(file, body, "body");
        declarations.push({ kind, body: kind === "terraform" ? terraformBody(file, members) : normalised(kind, openBody(file, members)), file, line: body.line });
      }
    } else {
      for (const first of labelLevel(file, member)) {
        if (labels === 1) {
          const kind = key as NamedKind;
          checkName(file, kind, first.key, first.line);
          for (const body of blockBodies(file, first.value)) {
            declarations.push({ kind, name: first.key, body: namedBody(file, kind, collectMembers(file, body, "body")), file, line: first.line });
          }
          continue;
        }
        const kind = key as ResourceKind;
        checkName(file, kind, first.key, first.line);
        for (const second of labelLevel(file, first)) {
          checkName(file, kind, second.key, second.line);
          for (const body of blockBodies(file, second.value)) {
            declarations.push({ kind, type: first.key, name: second.key, body: resourceBody(file, collectMembers(file, body, "body")), file, line: second.line });
          }
        }
      }
    }
  }
  return { file, declarations, cdktf: isCdktf(root) };
}

/** The properties of one label level; Terraform requires at least one. */
function labelLevel(file: string, parent: JsonMember): JsonMember[] {
  const members = collectMembers(file, parent.value, "labels");
  if (members.length === 0) {
    throw new InputError(file, {
      zh: `${shownKey(parent.key)} 下至少要有一个属性作为块标签${where(parent.line).zh}；Terraform 拒绝这样的配置`,
      en: `${shownKey(parent.key)} needs at least one property naming the block's label${where(parent.line).en}; Terraform refuses it`,
    });
  }
  return members;
}
