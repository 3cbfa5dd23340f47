// What one configuration file declares, whichever syntax it is written in: the unit in which
// Terraform merges a module's files and applies override files (internal/configs/module.go).
// Names are checked as Terraform checks them, so a name that could never reach a plan (or that
// would make an address ambiguous) is refused rather than judged under a different reading.
import { Text } from "../model";
import { InputError } from "../errors";
import { shownKey } from "./json-syntax";

/** Top-level block types of a Terraform configuration file, with their number of labels
 * (configFileSchema in internal/configs/parser_config.go). */
export const TOP_LEVEL_BLOCKS: ReadonlyMap<string, number> = new Map([
  ["terraform", 0],
  ["provider", 1],
  ["variable", 1],
  ["locals", 0],
  ["output", 1],
  ["module", 1],
  ["resource", 2],
  ["data", 2],
  ["ephemeral", 2],
  ["action", 2],
  ["moved", 0],
  ["removed", 0],
  ["import", 0],
  ["check", 1],
]);

export type ResourceKind = "resource" | "data" | "ephemeral" | "action";
export type NamedKind = "module" | "variable" | "output" | "check" | "provider";
export type UnnamedKind = "terraform" | "moved" | "removed" | "import";

export type Declaration =
  | { kind: ResourceKind; type: string; name: string; body: Body; file: string; line?: number }
  | { kind: NamedKind; name: string; body: Body; file: string; line?: number }
  | { kind: "local"; name: string; value: unknown; file: string; line?: number }
  | { kind: UnnamedKind; body: Body; file: string; line?: number };

/** A block body: a null-prototype object of attributes and nested blocks. */
export type Body = Record<string, unknown>;

export interface ConfigFile {
  file: string;
  declarations: Declaration[];
  /** Written by `cdktf synth` (a top-level "//" with metadata). */
  cdktf: boolean;
}

export function emptyBody(): Body {
  return Object.create(null) as Body;
}

const IDENTIFIER = /^[\p{ID_Start}_][\p{ID_Continue}-]*$/u;

/** hclsyntax.ValidIdentifier: a letter or underscore, then letters, digits, underscores, dashes. */
export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

// Names a variable may not take, since a module block uses them (named_values.go); Terraform
// also reserves "_".
const RESERVED_VARIABLE_NAMES = new Set(["source", "version", "providers", "count", "for_each", "lifecycle", "depends_on", "locals", "_"]);

const WHAT: Record<string, Text> = {
  resource: { zh: "资源", en: "resource" },
  data: { zh: "数据源", en: "data source" },
  ephemeral: { zh: "临时资源", en: "ephemeral resource" },
  action: { zh: "动作", en: "action" },
  module: { zh: "模块", en: "module" },
  variable: { zh: "变量", en: "variable" },
  output: { zh: "输出", en: "output" },
  check: { zh: "检查", en: "check" },
  provider: { zh: "提供方", en: "provider" },
  local: { zh: "局部值", en: "local value" },
  alias: { zh: "提供方别名", en: "provider alias" },
};

export function where(line: number | undefined): Text {
  return line === undefined ? { zh: "", en: "" } : { zh: `（第 ${line} 行）`, en: ` (line ${line})` };
}

/** Refuses a name Terraform refuses: `kind` says what carries it (resource, module, …). */
export function checkName(file: string, kind: string, name: string, line?: number): void {
  const what = WHAT[kind] ?? { zh: kind, en: kind };
  if (!isIdentifier(name)) {
    throw new InputError(file, {
      zh: `${what.zh}名称 ${shownKey(name)} 无效${where(line).zh}：名称须以字母或下划线开头，只含字母、数字、下划线和连字符；Terraform 拒绝这样的配置`,
      en: `the ${what.en} name ${shownKey(name)} is invalid${where(line).en}: a name must start with a letter or underscore and may contain only letters, digits, underscores and dashes; Terraform refuses it`,
    });
  }
  if (kind === "variable" && RESERVED_VARIABLE_NAMES.has(name)) {
    throw new InputError(file, {
      zh: `变量名 ${shownKey(name)} 为保留名${where(line).zh}；Terraform 拒绝这样的配置`,
      en: `the variable name ${shownKey(name)} is reserved${where(line).en}; Terraform refuses it`,
    });
  }
}

/** The label path of a declaration, as messages and duplicate checks name it. */
export function declarationKey(d: Declaration): string {
  switch (d.kind) {
    case "resource":
      return `${d.type}.${d.name}`;
    case "data":
    case "ephemeral":
    case "action":
      return `${d.kind}.${d.type}.${d.name}`;
    case "module":
      return `module.${d.name}`;
    case "variable":
      return `var.${d.name}`;
    case "local":
      return `local.${d.name}`;
    case "output":
      return `output.${d.name}`;
    case "check":
      return `check.${d.name}`;
    case "provider":
      return `provider.${d.name}`;
    default:
      return d.kind;
  }
}

export function unknownTopLevel(file: string, key: string, line?: number): InputError {
  if (key === "required_providers") {
    return new InputError(file, {
      zh: `required_providers 须写在 terraform 块内${where(line).zh}；Terraform 拒绝这样的配置`,
      en: `required_providers must be inside a terraform block${where(line).en}; Terraform refuses it`,
    });
  }
  return new InputError(file, {
    zh: `顶层不能有 ${shownKey(key)}${where(line).zh}：不是 Terraform 的块类型；Terraform 拒绝这样的配置`,
    en: `${shownKey(key)} is not a Terraform block type, so it cannot appear at the top level${where(line).en}; Terraform refuses it`,
  });
}
