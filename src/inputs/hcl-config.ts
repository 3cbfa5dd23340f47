// Terraform's native syntax (.tf, .tfvars) read through hcl2json, HCL's own Go parser compiled to
// wasm. Before the text reaches it, hcl-prescan.ts bounds its cost; after, every object becomes a
// null-prototype object, so no key is special. hcl2json writes each block body as an array of
// objects, `locals` and `terraform` as arrays of bodies, and every expression that is not a
// literal as its source text wrapped in "${...}" (a template, as in Terraform's JSON syntax).
import * as path from "node:path";
import { parse as parseHcl } from "@cdktf/hcl2json";
import { InputError, oneLine } from "../errors";
import { Body, checkName, ConfigFile, Declaration, NamedKind, ResourceKind, TOP_LEVEL_BLOCKS, UnnamedKind, unknownTopLevel } from "./config-declarations";
import { prescanHcl } from "./hcl-prescan";
import { MAX_HCL_FILE_BYTES, MAX_HCL_TOTAL_BYTES } from "./reading-caps";

/** How much text one configuration has handed to hcl2json so far (MAX_HCL_TOTAL_BYTES). */
export interface HclBudget {
  used: number;
}

/** hcl2json's plain objects as null-prototype objects. Depth is bounded by the prescan. */
export function nullPrototype(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(nullPrototype);
  if (typeof value === "object" && value !== null) {
    const out = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value)) out[key] = nullPrototype((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/** The text of a .tf or .tfvars file parsed by hcl2json, as null-prototype objects. */
export async function parseHclText(file: string, text: string, budget: HclBudget = { used: 0 }): Promise<Record<string, unknown>> {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_HCL_FILE_BYTES) {
    throw new InputError(file, {
      zh: `文件过大（${bytes} 字节），超过 HCL 解析的上限 ${MAX_HCL_FILE_BYTES} 字节；请拆分为多个文件，或检查计划 JSON`,
      en: `the file is too large for HCL parsing (${bytes} bytes; the cap is ${MAX_HCL_FILE_BYTES}); split it into several files, or gate the plan JSON`,
    });
  }
  budget.used += bytes;
  if (budget.used > MAX_HCL_TOTAL_BYTES) {
    throw new InputError(file, {
      zh: `配置的 .tf 与 .tfvars 文件合计超过 HCL 解析的上限 ${MAX_HCL_TOTAL_BYTES} 字节（读到此文件时）；请检查计划 JSON`,
      en: `the configuration's .tf and .tfvars files together exceed the HCL parsing cap of ${MAX_HCL_TOTAL_BYTES} bytes (reached at this file); gate the plan JSON instead`,
    });
  }
  prescanHcl(file, text);
  let parsed: unknown;
  try {
    parsed = await parseHcl(path.basename(file), text);
  } catch (e: unknown) {
    const detail = oneLine(e instanceof Error ? e.message : String(e))
      .replace(/^parse config: /, "")
      .replace(/^\[(.*)\]$/, "$1");
    throw new InputError(file, { zh: `HCL 语法错误：${detail}`, en: `HCL syntax error: ${detail}` });
  }
  return nullPrototype(parsed) as Record<string, unknown>;
}

/** Lines of block headers (`resource "t" "n" {`), by kind and labels, in order. Best effort: the
 * lines are for messages only. */
function headerLines(text: string): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  const pattern = /^[ \t]*([a-z]+)((?:[ \t]+(?:"[^"\n]*"|[\p{ID_Start}_][\p{ID_Continue}-]*))*)[ \t]*\{/gmu;
  let line = 1;
  let counted = 0;
  for (const m of text.matchAll(pattern)) {
    const at = m.index ?? 0;
    for (let k = counted; k < at; k++) if (text.charCodeAt(k) === 10) line++;
    counted = at;
    const labels = [...m[2].matchAll(/"([^"\n]*)"|([^\s"]+)/g)].map((l) => l[1] ?? l[2]);
    const key = [m[1], ...labels].join("\u0000");
    const list = lines.get(key);
    if (list) list.push(line);
    else lines.set(key, [line]);
  }
  return lines;
}

function bodiesOf(value: unknown): Body[] {
  return Array.isArray(value) ? (value as Body[]) : [];
}

function entries(value: unknown): [string, unknown][] {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? Object.entries(value) : [];
}

/** The declarations of a .tf file's text. */
export async function hclConfigFile(file: string, text: string, budget?: HclBudget): Promise<ConfigFile> {
  const parsed = await parseHclText(file, text, budget);
  const headers = headerLines(text);
  const seen = new Map<string, number>();
  const lineOf = (...parts: string[]): number | undefined => {
    const key = parts.join("\u0000");
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return headers.get(key)?.[n];
  };
  const declarations: Declaration[] = [];
  for (const [key, value] of Object.entries(parsed)) {
    const labels = TOP_LEVEL_BLOCKS.get(key);
    if (labels === undefined) throw unknownTopLevel(file, key, lineOf(key));
    if (key === "locals") {
      for (const body of bodiesOf(value)) {
        for (const [name, local] of Object.entries(body)) {
          checkName(file, "local", name);
          declarations.push({ kind: "local", name, value: local, file });
        }
      }
    } else if (labels === 0) {
      for (const body of bodiesOf(value)) declarations.push({ kind: key as UnnamedKind, body, file, line: lineOf(key) });
    } else if (labels === 1) {
      const kind = key as NamedKind;
      for (const [name, list] of entries(value)) {
        for (const body of bodiesOf(list)) {
          const line = lineOf(key, name);
          checkName(file, kind, name, line);
          declarations.push({ kind, name, body, file, line });
        }
      }
    } else {
      const kind = key as ResourceKind;
      for (const [type, names] of entries(value)) {
        for (const [name, list] of entries(names)) {
          for (const body of bodiesOf(list)) {
            const line = lineOf(key, type, name);
            checkName(file, kind, type, line);
            checkName(file, kind, name, line);
            declarations.push({ kind, type, name, body, file, line });
          }
        }
      }
    }
  }
  return { file, declarations, cdktf: false };
}
