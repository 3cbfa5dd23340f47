// govguard.yaml (control parameters) and waivers.yaml (accepted findings): where they are found,
// how they are read, and how their problems reach the user. What a setting or a waiver may hold is
// decided by the policy bundle (lib/params schema, lib/waivers), so opa eval users get the same
// checks; this module only turns the bundle's key paths into file:line errors.
import * as fs from "node:fs";
import * as path from "node:path";
import { PolicyError } from "../model";
import { InputError } from "../errors";
import { parsePath, readYamlFile, YamlFile } from "./yaml-file";

export const CONFIG_FILE_NAMES = ["govguard.yaml", "govguard.yml"];
export const WAIVERS_FILE_NAMES = ["waivers.yaml", "waivers.yml"];

/** The file given, or the first of `names` in `dir`; undefined when there is none. */
export function findFile(explicit: string | undefined, dir: string, names: string[]): string | undefined {
  if (explicit !== undefined) {
    if (!fs.existsSync(explicit)) throw new InputError(explicit, { zh: "文件不存在", en: "no such file" });
    return explicit;
  }
  return names.map((n) => path.join(dir, n)).find((f) => fs.existsSync(f));
}

export interface LoadedConfig {
  source: YamlFile;
  values: Record<string, unknown>;
}

export function loadConfigFile(file: string): LoadedConfig {
  const source = readYamlFile(file);
  const value = source.value ?? {};
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new InputError(file, { zh: "应为设置的映射（如 logs: 与 admin: 等分组）", en: "must be a mapping of settings (sections such as logs: and admin:)" });
  }
  return { source, values: value as Record<string, unknown> };
}

export interface LoadedWaivers {
  source: YamlFile;
  entries: unknown[];
  /** Whether the entries sit under a top-level `waivers:` key rather than being the document. */
  nested: boolean;
}

export function loadWaiversFile(file: string): LoadedWaivers {
  const source = readYamlFile(file);
  const value = source.value ?? [];
  if (Array.isArray(value)) return { source, entries: value, nested: false };
  if (typeof value === "object" && value !== null && Array.isArray((value as { waivers?: unknown }).waivers)) {
    const keys = Object.keys(value);
    if (keys.length === 1) return { source, entries: (value as { waivers: unknown[] }).waivers, nested: true };
  }
  throw new InputError(file, { zh: "应为豁免项列表（或 waivers: 下的列表）", en: "must be a list of waivers (or a list under waivers:)" });
}

/**
 * Throws the first configuration or waiver problem the bundle found, as `file:line: message`,
 * saying how many more there are.
 */
export function raiseConfigurationErrors(errors: PolicyError[], config?: LoadedConfig, waivers?: LoadedWaivers): void {
  if (errors.length === 0) return;
  const [first] = [...errors].sort((a, b) => (a.path ?? "").localeCompare(b.path ?? ""));
  const more = errors.length - 1;
  const suffix = more > 0 ? { zh: `（另有 ${more} 处问题）`, en: ` (and ${more} more)` } : { zh: "", en: "" };
  const message = { zh: first.message.zh + suffix.zh, en: first.message.en + suffix.en };
  // The date the host supplied (GOVGUARD_TODAY, or the library's `today` option), not a file.
  if (first.code === "invalid_today") throw new InputError("today", message);
  const isWaiver = first.code === "invalid_waiver";
  const source = isWaiver ? waivers?.source : config?.source;
  let where = isWaiver ? "waivers" : "configuration";
  if (source) {
    let segments = parsePath(first.path ?? "");
    if (isWaiver && segments[0] === "waivers" && !waivers?.nested) segments = segments.slice(1);
    const line = source.lineOf(segments);
    where = line === undefined ? source.file : `${source.file}:${line}`;
  }
  throw new InputError(where, message);
}
