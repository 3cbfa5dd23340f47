// The starter govguard.yaml that `govguard init` writes: every parameter the bundle knows, with
// its default and what it means in both languages, grouped by section. Loading it unchanged gives
// exactly the catalogue's defaults.
import { ParameterDoc } from "../model";
import { yamlLibrary } from "./yaml-file";

function yamlValue(value: unknown): string {
  return yamlLibrary().stringify(value, { flow: true, lineWidth: 0 }).trim();
}

function accepts(p: ParameterDoc): string {
  const s = p.schema;
  if (s.choices) return ` [${s.choices.join(" | ")}]`;
  if (s.type === "integer" && s.min !== undefined && s.max !== undefined) return ` [${s.min}–${s.max}]`;
  if (s.type === "list" && s.items && s.items !== "string") return ` [${s.items}]`;
  return "";
}

// A string setting whose default is empty has nothing to fall back on: the user must fill it in
// (cloud.assessment_reference; left empty, A24.1 reports the stack). A placeholder value would
// pass the gate without the evidence, so the starter marks the line instead of filling it.
const REQUIRED = "  # ← 必填 / required";

function required(p: ParameterDoc): boolean {
  return p.schema.type === "string" && p.default === "";
}

export function renderStarterConfig(parameters: ParameterDoc[]): string {
  const out = [
    "# govguard.yaml — govguard 的控制项参数 / control parameters for govguard",
    "# 未写出的设置取目录默认值（即下方取值）；删除不需要修改的行即可。",
    "# Settings left out take the catalogue's defaults (the values below); delete lines you do not change.",
    "# 参数说明 / reference: docs/controls.md (npx govguard rules, npx govguard explain <ID>)",
  ];
  let section = "";
  for (const p of [...parameters].sort((a, b) => a.key.localeCompare(b.key))) {
    const [name, key] = p.key.split(".");
    if (name !== section) {
      section = name;
      out.push("", `${name}:`);
    }
    out.push(`  # ${p.description.zh}`, `  # ${p.description.en}${accepts(p)}`, `  ${key}: ${yamlValue(p.default)}${required(p) ? REQUIRED : ""}`);
  }
  return out.join("\n") + "\n";
}
