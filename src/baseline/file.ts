// The baseline file (govguard-baseline.json): today's findings of an existing estate, so that a
// check fails only on new ones. Shape: docs/baseline.schema.json. Read like govguard.yaml and
// waivers.yaml: anything wrong is one error naming the file and the entry (exit 2), sizes are
// capped, and every string in it is data. An entry must carry the fingerprint of what it names
// (fingerprint.ts), so an entry edited to name another control or resource is refused rather than
// left to hide a finding it does not name.
import { isCalendarDate } from "../config/calendar-date";
import { BaselineEntry } from "../model";
import { InputError } from "../errors";
import { digestAsRead, parseJson, readBytes } from "../inputs/read-file";
import { fingerprint } from "./fingerprint";

export const BASELINE_VERSION = 1;
/** Largest baseline file read, in bytes (64 MiB). */
export const MAX_BASELINE_BYTES = 64 * 1024 * 1024;
/** Most entries in one baseline. */
export const MAX_BASELINE_ENTRIES = 100_000;
/** Longest string in an entry, in UTF-16 code units. */
export const MAX_BASELINE_STRING = 16_384;


export interface BaselineDocument {
  govguard_baseline: typeof BASELINE_VERSION;
  tool: { name: "govguard"; version: string };
  /** YYYY-MM-DD, the date of the run that recorded it. */
  created: string;
  entries: BaselineEntry[];
}

export interface LoadedBaseline {
  file: string;
  sha256: string;
  entries: BaselineEntry[];
}

const TOP_KEYS = ["govguard_baseline", "tool", "created", "entries"];
const ENTRY_KEYS = ["control", "resource", "attribute", "input", "message", "fingerprint"];
const CONTROL_ID = /^A\d{1,2}\.\d{1,2}$/;
const HEX64 = /^[0-9a-f]{64}$/;

/** A key as an error line shows it: quoted, and short. */
function shownKey(key: string): string {
  const quoted = JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);
  return quoted;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function problem(file: string, where: string, zh: string, en: string): InputError {
  return new InputError(file, { zh: `${where}：${zh}`, en: `${where}: ${en}` });
}

function refuseUnknownKeys(file: string, where: string, value: Record<string, unknown>, known: string[]): void {
  const unknown = Object.keys(value).find((k) => !known.includes(k));
  if (unknown !== undefined) {
    throw problem(file, where, `未知的键 ${shownKey(unknown)}（可用 ${known.join("、")}）`, `unknown key ${shownKey(unknown)} (known: ${known.join(", ")})`);
  }
}

function stringField(file: string, where: string, value: unknown, options: { empty?: boolean } = {}): string {
  if (typeof value !== "string") throw problem(file, where, "应为字符串", "must be a string");
  if (value.length > MAX_BASELINE_STRING) {
    throw problem(file, where, `长度 ${value.length} 超过上限 ${MAX_BASELINE_STRING}`, `is ${value.length} characters long, over the limit of ${MAX_BASELINE_STRING}`);
  }
  if (value === "" && options.empty !== true) throw problem(file, where, "不能为空", "must not be empty");
  return value;
}

/** One entry checked and copied field by field (nothing but the known fields survives). */
export function validateEntry(file: string, index: number, value: unknown): BaselineEntry {
  const at = `entries[${index}]`;
  if (!isRecord(value)) throw problem(file, at, "应为对象", "must be an object");
  refuseUnknownKeys(file, at, value, ENTRY_KEYS);
  const has = (key: string): boolean => Object.hasOwn(value, key);
  for (const key of ["control", "resource", "input", "message", "fingerprint"]) {
    if (!has(key)) throw problem(file, at, `缺少 ${key}`, `has no ${key}`);
  }
  const control = stringField(file, `${at}.control`, value.control);
  if (!CONTROL_ID.test(control)) throw problem(file, `${at}.control`, "应为控制项 ID，如 A21.2", "must be a control ID such as A21.2");
  const resource = stringField(file, `${at}.resource`, value.resource);
  const attribute = has("attribute") ? stringField(file, `${at}.attribute`, value.attribute, { empty: true }) : undefined;
  const input = stringField(file, `${at}.input`, value.input);
  const message = value.message;
  if (!isRecord(message)) throw problem(file, `${at}.message`, "应为含 zh 与 en 的对象", "must be an object with zh and en");
  refuseUnknownKeys(file, `${at}.message`, message, ["zh", "en"]);
  const zh = stringField(file, `${at}.message.zh`, message.zh, { empty: true });
  const en = stringField(file, `${at}.message.en`, message.en, { empty: true });
  const given = stringField(file, `${at}.fingerprint`, value.fingerprint);
  if (!HEX64.test(given)) throw problem(file, `${at}.fingerprint`, "应为 64 位小写十六进制 sha256", "must be a sha256 in 64 lowercase hex digits");
  const entry: BaselineEntry = {
    control,
    resource,
    ...(attribute === undefined ? {} : { attribute }),
    input,
    message: { zh, en },
    fingerprint: given,
  };
  if (fingerprint(entry) !== given) {
    throw problem(
      file,
      `${at}.fingerprint`,
      "与该项的控制项、资源、属性和消息不符（条目被改动过？请用 govguard baseline 重新生成）",
      "does not match the entry's control, resource, attribute and message (edited by hand? regenerate it with govguard baseline)",
    );
  }
  return entry;
}

/** A parsed baseline document checked against the format; the entries as read. */
export function validateBaseline(file: string, value: unknown): BaselineEntry[] {
  if (!isRecord(value) || !Object.hasOwn(value, "govguard_baseline")) {
    throw new InputError(file, {
      zh: "不是 govguard 基线文件（应为含 govguard_baseline: 1 的 JSON 对象，由 govguard baseline 生成）",
      en: "is not a govguard baseline (a JSON object with govguard_baseline: 1, as govguard baseline writes it)",
    });
  }
  refuseUnknownKeys(file, "(top level)", value, TOP_KEYS);
  if (value.govguard_baseline !== BASELINE_VERSION) {
    throw problem(file, "govguard_baseline", `不支持的版本（本版 govguard 读取 ${BASELINE_VERSION}）`, `unsupported version (this govguard reads ${BASELINE_VERSION})`);
  }
  const tool = value.tool;
  if (!isRecord(tool)) throw problem(file, "tool", "应为含 name 与 version 的对象", "must be an object with name and version");
  refuseUnknownKeys(file, "tool", tool, ["name", "version"]);
  if (tool.name !== "govguard") throw problem(file, "tool.name", "应为 govguard", "must be govguard");
  const version = stringField(file, "tool.version", tool.version);
  if (version.length > 64) throw problem(file, "tool.version", "过长（上限 64）", "is too long (the limit is 64)");
  if (typeof value.created !== "string" || !isCalendarDate(value.created)) {
    throw problem(file, "created", "应为日历上存在的 YYYY-MM-DD 日期", "must be a real date written YYYY-MM-DD");
  }
  const entries = value.entries;
  if (!Array.isArray(entries)) throw problem(file, "entries", "应为列表", "must be a list");
  if (entries.length > MAX_BASELINE_ENTRIES) {
    throw problem(file, "entries", `共 ${entries.length} 项，超过上限 ${MAX_BASELINE_ENTRIES}`, `holds ${entries.length} entries, over the limit of ${MAX_BASELINE_ENTRIES}`);
  }
  return entries.map((entry, index) => validateEntry(file, index, entry));
}

/**
 * Refuses a key repeated in one object: a reviewer reads the first value, JSON.parse keeps the
 * last. One pass over text JSON.parse has accepted; memory is bounded by the nesting depth (which
 * parseJson caps) and by a few keys per object (no object of a baseline has more than six, so an
 * object with more can only be a value some repeated key shadows, and that key is found).
 */
export function refuseRepeatedKeys(file: string, text: string): void {
  const KEYS_TRACKED = 16;
  // One entry per open object or array: the keys seen so far, or null for an array.
  const open: (Set<string> | null)[] = [];
  let expectingKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      const keys = open[open.length - 1];
      if (expectingKey && keys) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (keys.has(key)) {
          const line = text.slice(0, i).split("\n").length;
          throw problem(file, `line ${line}`, `键 ${shownKey(key)} 在同一对象中重复出现`, `the key ${shownKey(key)} is repeated in one object`);
        }
        if (keys.size < KEYS_TRACKED) keys.add(key);
        expectingKey = false;
      }
      i = end;
    } else if (c === "{") {
      open.push(new Set<string>());
      expectingKey = true;
    } else if (c === "[") {
      open.push(null);
      expectingKey = false;
    } else if (c === "}" || c === "]") {
      open.pop();
      expectingKey = false;
    } else if (c === ",") {
      expectingKey = open[open.length - 1] !== null;
    }
  }
}

/** Reads and checks a baseline file; its digest is the one the assessment record certifies. */
export function loadBaselineFile(file: string): LoadedBaseline {
  const bytes = readBytes(file, MAX_BASELINE_BYTES);
  const { bytes: text, value } = parseJson(file, bytes);
  refuseRepeatedKeys(file, text.toString("utf8"));
  const entries = validateBaseline(file, value);
  const digest = digestAsRead(file);
  if (digest === undefined) throw new Error(`${file} was read but has no digest`);
  return { file, sha256: digest.sha256, entries };
}
