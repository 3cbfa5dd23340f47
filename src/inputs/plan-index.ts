// A plan read as an index of its parts rather than as one parsed value (docs/architecture.md,
// "Partitioned evaluation and workers"), so that a plan of any size (past V8's longest string,
// ~512 MiB) is read in bounded memory and the partitioner can evaluate it a part at a time.
//
// One pass of the byte scanner (json-scan.ts) over the file finds the top-level members, each
// element of resource_changes and each call of configuration.root_module.module_calls; each is
// parsed alone and checked as planShapeProblem checks the whole plan. A file-backed index keeps
// only their byte ranges and what a change is called (ChangeInfo), and reads an element again by
// position when asked for it. Duplicate names are read as JSON.parse reads them: the last wins,
// in the place of the first.
//
// Bounds: memory is one read chunk (json-scan.ts), the largest single element or top-level member
// kept whole, the header, the slimmed configuration without its module calls, and about 100 bytes
// a resource change. A file changed while it is read (size, mtime or ctime) is refused.
import { constants as bufferConstants } from "node:buffer";
import { randomUUID } from "node:crypto";
import * as fs from "node:fs";
import { InputError } from "../errors";
import { heapStep } from "../heap-guard";
import { isObject, JsonKind, JsonObject, Text } from "../model";
import { classifyJson, describeNonJson } from "./classify";
import { CHUNK_BYTES, Entered, scanJsonBytes, scanJsonFile, ScanVisitor, ValueKind } from "./json-scan";
import { changeProblem, configuredResourcesProblem, moduleCallProblem, notArray, notObject, notString, PLANNED_RESOURCE_OPTIONAL, resourceProblem } from "./plan-shape";
import { MAX_JSON_DEPTH, openRegularFile, recordRead } from "./read-file";
import { DROPPED, keepsMember, slimChange, slimConfiguration, slimModuleCall } from "./slim-plan";

export interface ChangeInfo {
  address: string;
  /** module_address, or "" in the root module */
  module: string;
  type: string;
  /** "managed" or "data" as the plan says; "" when the plan gives none */
  mode: string;
  /** 1-based line of the element's address member (of its first byte when it has none), where
   *  reports point (terraform's plans are one line) */
  line: number;
}

export interface IndexedPlan {
  file: string;
  /** top-level members other than resource_changes and configuration, slimmed exactly as slimPlan does,
   *  as JSON text, in file order (last duplicate wins, as JSON.parse) */
  header: ReadonlyMap<string, string>;
  /** whether the plan has resource_changes (an array; a plan with anything else there is refused) */
  hasResourceChanges: boolean;
  changeCount: number;
  change(i: number): ChangeInfo;
  /** slimmed element i as JSON text (re-read from the file when streamed) */
  changeText(i: number): string;
  /** one sequential pass over the slimmed elements */
  forEachChange(fn: (i: number, slimmed: Record<string, unknown>) => void): void;
  /** configuration slimmed, without the calls of root_module.module_calls (undefined when the plan has
   *  none): when the plan has root_module.module_calls, base.root_module.module_calls is an empty object
   *  to put the calls (moduleCallText) back into */
  configurationBase(): Record<string, unknown> | undefined;
  /** root_module.module_calls names, in order (JSON.parse's order of an object's keys) */
  moduleCalls: string[];
  /** slimmed module call, a value of its own at every call (callers read it, never change it) */
  moduleCall(name: string): unknown;
  /** slimmed module call as JSON text */
  moduleCallText(name: string): string;
  /** the line of configuration.provider_config[key], where reports point at a provider */
  providerLine?(key: string): number | undefined;
  /** the line of the first address member in planned_values naming `address` (of the last
   *  planned_values), where reports point in a plan without resource_changes */
  plannedLine?(address: string): number | undefined;
}

/** The longest single part (a resource change, a module call, a top-level member) read whole:
 * each is parsed as one string, and V8 caps a string's length. Memory grows with the longest. */
export const MAX_VALUE_BYTES = bufferConstants.MAX_STRING_LENGTH;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function parse(bytes: Buffer): unknown {
  // Most values read at indexing time are strings without escapes (addresses, types, names).
  if (bytes.length >= 2 && bytes[0] === QUOTE && bytes.indexOf(BACKSLASH) === -1) return bytes.toString("utf8", 1, bytes.length - 1);
  return JSON.parse(bytes.toString("utf8")) as unknown;
}

function changedWhileRead(file: string): InputError {
  return new InputError(file, { zh: "文件在读取过程中被修改，请在文件不再变化时重新检查", en: "the file changed while govguard was reading it; check it again once it no longer changes" });
}

/** Where an index reads its parts again: the bytes it scanned, or the file, checked unchanged. */
interface RangeReader {
  read(start: number, end: number): Buffer;
  /** Calls fn with each range's bytes, in order, reading the file in large blocks. */
  each(count: number, start: (i: number) => number, end: (i: number) => number, fn: (i: number, bytes: Buffer) => void): void;
}

function bufferReader(bytes: Buffer): RangeReader {
  return {
    read: (start, end) => bytes.subarray(start, end),
    each: (count, start, end, fn) => {
      for (let i = 0; i < count; i++) {
        heapStep();
        fn(i, bytes.subarray(start(i), end(i)));
      }
    },
  };
}

const closeOnCollect = new FinalizationRegistry<number>((fd) => {
  try {
    fs.closeSync(fd);
  } catch {
    // already closed
  }
});

// Re-reads of single elements go through a few aligned blocks (FileReader.read).
const READ_BLOCK_BYTES = 256 * 1024;
const READ_BLOCKS = 4;

/** How long a re-read trusts the last check that the file is unchanged. */
const RECHECK_MS = 50;

class FileReader implements RangeReader {
  private checkedAt = 0;

  constructor(
    private readonly file: string,
    private readonly fd: number,
    private readonly stats: fs.BigIntStats,
  ) {}

  /** Refuses the file if it is no longer the one scanned. */
  check(force = false): void {
    const now = performance.now();
    if (!force && now - this.checkedAt < RECHECK_MS) return;
    const current = fs.fstatSync(this.fd, { bigint: true });
    if (current.size !== this.stats.size || current.mtimeNs !== this.stats.mtimeNs || current.ctimeNs !== this.stats.ctimeNs) throw changedWhileRead(this.file);
    this.checkedAt = now;
  }

  private readAt(into: Buffer, length: number, position: number): void {
    let done = 0;
    while (done < length) {
      const n = fs.readSync(this.fd, into, done, length - done, position + done);
      if (n === 0) throw changedWhileRead(this.file);
      done += n;
    }
  }

  /** Blocks read lately, most recent last: parts of a plan are built in plan order, so one read of
   * a block serves the next hundreds of resource changes (one read each took 1.6 s of syscalls
   * at 100,000 resources); the hubs every part holds stay in one of the others. */
  private readonly blocks: { start: number; bytes: Buffer }[] = [];

  read(start: number, end: number): Buffer {
    this.check();
    const first = start - (start % READ_BLOCK_BYTES);
    if (end - first > READ_BLOCK_BYTES) {
      const bytes = Buffer.allocUnsafe(end - start);
      this.readAt(bytes, end - start, start);
      return bytes;
    }
    const k = this.blocks.findIndex((b) => b.start === first);
    if (k === -1) {
      const bytes = Buffer.allocUnsafe(Math.min(READ_BLOCK_BYTES, Number(this.stats.size) - first));
      this.readAt(bytes, bytes.length, first);
      if (this.blocks.length === READ_BLOCKS) this.blocks.shift();
      this.blocks.push({ start: first, bytes });
    } else if (k !== this.blocks.length - 1) this.blocks.push(...this.blocks.splice(k, 1));
    const block = this.blocks[this.blocks.length - 1];
    // A new Buffer is read for every block, never read into: what was returned stays as it was.
    return block.bytes.subarray(start - first, end - first);
  }

  each(count: number, start: (i: number) => number, end: (i: number) => number, fn: (i: number, bytes: Buffer) => void): void {
    this.check(true);
    let block = Buffer.alloc(0);
    let blockStart = 0;
    let blockEnd = 0;
    for (let i = 0; i < count; i++) {
      const s = start(i);
      const e = end(i);
      if (s < blockStart || e > blockEnd) {
        this.check();
        const length = Math.max(CHUNK_BYTES, e - s);
        const available = Math.min(length, Number(this.stats.size) - s);
        if (block.length < available) block = Buffer.allocUnsafe(Math.max(available, CHUNK_BYTES));
        this.readAt(block, available, s);
        blockStart = s;
        blockEnd = s + available;
      }
      heapStep();
      fn(i, block.subarray(s - blockStart, e - blockStart));
    }
  }
}

/** The elements of one resource_changes array: where each is, and what it is called. */
class ChangeTable {
  count = 0;
  starts = new Float64Array(1024);
  ends = new Float64Array(1024);
  lines = new Float64Array(1024);
  addresses: string[] = [];
  modules: string[] = [];
  types: string[] = [];
  modes: string[] = [];
  problem?: Text;
  // Module addresses, types and modes repeat: one string each.
  private readonly interned = new Map<string, string>();

  private intern(s: string): string {
    const known = this.interned.get(s);
    if (known !== undefined) return known;
    this.interned.set(s, s);
    return s;
  }

  add(change: unknown, start: number, end: number, line: number): void {
    const i = this.count++;
    if (i === this.starts.length) {
      const grow = (a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> => {
        const b = new Float64Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.lines = grow(this.lines);
    }
    this.starts[i] = start;
    this.ends[i] = end;
    this.lines[i] = line;
    this.problem ??= changeProblem(change, i);
    const c = isObject(change) ? change : {};
    const text = (v: unknown): string => (typeof v === "string" ? v : "");
    this.addresses.push(text(c.address));
    this.modules.push(this.intern(text(c.module_address)));
    this.types.push(this.intern(text(c.type)));
    this.modes.push(this.intern(text(c.mode)));
  }
}

/** A module of planned_values, checked as plan-shape's plannedModule checks it. */
class PlannedModule {
  address: unknown;
  resourcesProblem?: Text;
  childrenProblem?: Text;

  constructor(
    readonly path: string,
    readonly depth: number,
  ) {}

  problem(): Text | undefined {
    if (this.depth > 0 && typeof this.address !== "string") return notString(`${this.path}.address`);
    return this.resourcesProblem ?? this.childrenProblem;
  }
}

/** A call of configuration.root_module.module_calls. */
interface CallEntry {
  start: number;
  end: number;
  problem?: Text;
}

/** configuration.root_module, when it is an object. */
class RootModule {
  /** Members other than module_calls, parsed; module_calls is CALLS when it is an object. */
  readonly members = new Map<string, unknown>();
  calls?: Record<string, CallEntry>;
}

const ROOT = Symbol("root_module");
const PROVIDERS = Symbol("provider_config");
const CALLS = Symbol("module_calls");

/** configuration, when it is an object. */
class Configuration {
  /** Members other than root_module, parsed; root_module is ROOT when it is an object, and
   * provider_config PROVIDERS. */
  readonly members = new Map<string, unknown>();
  root?: RootModule;
  providers?: Map<string, unknown>;
  /** The line of each provider_config member (of the last provider_config). */
  readonly providerLines = new Map<string, number>();
}

type Context =
  | { t: "root" }
  | { t: "top" }
  | { t: "changes"; table: ChangeTable }
  | { t: "fields"; fields: JsonObject }
  | { t: "providers"; providers: Map<string, unknown> }
  | { t: "planned" }
  | { t: "module"; module: PlannedModule }
  | { t: "resources"; module: PlannedModule }
  | { t: "children"; module: PlannedModule }
  | { t: "configuration"; config: Configuration }
  | { t: "root_module"; root: RootModule }
  | { t: "calls"; calls: Record<string, CallEntry> };

interface TopMember {
  kind: ValueKind;
  start: number;
  end: number;
  value?: unknown;
}

const TOP: Context = { t: "top" };

// What the format checks of a resource change, and of a resource in planned_values: only these
// members are read at indexing time (the scanner has checked the rest is JSON).
const CHANGE_FIELDS = new Set(["address", "type", "name", "mode", "module_address", "provider_name", "change"]);
const PLANNED_FIELDS = new Set(["address", "type", "name", "mode", "provider_name"]);

/** A value not read, standing in for the format checks (which ask only whether it is an object,
 * an array or a string). */
function standIn(kind: ValueKind): unknown {
  return kind === "object" ? {} : kind === "array" ? [] : kind === "string" ? "" : 0;
}

/** Reads the members of an element the format checks name into `fields`, the rest not at all. */
function readFields(kind: ValueKind): Entered<Context> | undefined {
  return kind === "object" ? { children: { t: "fields", fields: Object.create(null) as JsonObject } } : undefined;
}
const PLANNED: Context = { t: "planned" };

/** Collects the index while the scanner reads the plan. */
/** Longest resource change (or other part read again by position) the index accepts: it is parsed as one string. */
function tooLong(file: string, what: string, bytes: number, limit: number): InputError {
  const mib = (n: number): number => Math.max(1, Math.floor(n / (1024 * 1024)));
  return new InputError(file, {
    zh: `${what} 长 ${mib(bytes)} MiB，超过 govguard 可一次读取的 ${mib(limit)} MiB`,
    en: `${what} is ${mib(bytes)} MiB long, more than the ${mib(limit)} MiB govguard can read at once`,
  });
}

class PlanReader implements ScanVisitor<Context> {
  topKind?: ValueKind;
  readonly top = new Map<string, TopMember>();
  changes?: ChangeTable;
  configuration?: Configuration;
  /** What breaks the format in planned_values.root_module (of the last planned_values). */
  plannedProblem?: Text;
  /** The line of each address in planned_values (its first, of the last planned_values). */
  readonly plannedLines = new Map<string, number>();
  /** The kind of the element being read in resource_changes or planned resources. */
  private elementKind: ValueKind = "object";
  private fieldNames: ReadonlySet<string> = CHANGE_FIELDS;
  /** The line of the address of the element being read. */
  private addressLine = 0;

  constructor(
    private readonly file: string,
    private readonly maxValueBytes: number,
  ) {}

  enter(parent: Context, key: string | number, start: number, line: number, kind: ValueKind): Entered<Context> | undefined {
    const name = String(key);
    switch (parent.t) {
      case "root":
        this.topKind = kind;
        return kind === "object" ? { children: TOP } : undefined;
      case "top":
        this.top.set(name, { kind, start, end: start });
        if (name === "resource_changes") {
          this.changes = kind === "array" ? new ChangeTable() : undefined;
          return this.changes ? { children: { t: "changes", table: this.changes } } : undefined;
        }
        if (name === "configuration") {
          this.configuration = kind === "object" ? new Configuration() : undefined;
          return this.configuration ? { children: { t: "configuration", config: this.configuration } } : undefined;
        }
        if (name === "planned_values") {
          this.plannedProblem = undefined;
          this.plannedLines.clear();
          return kind === "object" ? { children: PLANNED } : undefined;
        }
        return DROPPED.includes(name) ? undefined : { keep: true };
      case "changes":
        this.elementKind = kind;
        this.fieldNames = CHANGE_FIELDS;
        this.addressLine = line;
        return readFields(kind);
      case "resources":
        this.elementKind = kind;
        this.fieldNames = PLANNED_FIELDS;
        this.addressLine = line;
        return readFields(kind);
      case "fields":
        if (!this.fieldNames.has(name)) return undefined;
        if (name === "address") this.addressLine = line;
        if (name === "change" || kind === "object" || kind === "array") {
          parent.fields[name] = standIn(kind);
          return undefined;
        }
        return { keep: true };
      case "planned":
        if (name !== "root_module") return undefined;
        if (kind !== "object") {
          this.plannedProblem = notObject("planned_values.root_module");
          return undefined;
        }
        return { children: { t: "module", module: new PlannedModule("planned_values.root_module", 0) } };
      case "module": {
        const m = parent.module;
        if (name === "address") {
          this.addressLine = line;
          return { keep: true };
        }
        if (name === "resources") {
          m.resourcesProblem = kind === "array" ? undefined : notArray(`${m.path}.resources`);
          return kind === "array" ? { children: { t: "resources", module: m } } : undefined;
        }
        if (name === "child_modules") {
          m.childrenProblem = kind === "array" ? undefined : notArray(`${m.path}.child_modules`);
          return kind === "array" ? { children: { t: "children", module: m } } : undefined;
        }
        return undefined;
      }
      case "children": {
        const m = parent.module;
        const path = `${m.path}.child_modules[${name}]`;
        if (kind === "object") return { children: { t: "module", module: new PlannedModule(path, m.depth + 1) } };
        m.childrenProblem ??= notObject(path);
        return undefined;
      }
      case "configuration": {
        const config = parent.config;
        if (name === "root_module" && kind === "object") {
          config.root = new RootModule();
          config.members.set(name, ROOT);
          return { children: { t: "root_module", root: config.root } };
        }
        if (name === "root_module") config.root = undefined;
        if (name === "provider_config") {
          config.providerLines.clear();
          config.providers = kind === "object" ? new Map() : undefined;
          if (config.providers) {
            config.members.set(name, PROVIDERS);
            return { children: { t: "providers", providers: config.providers } };
          }
        }
        return { keep: true };
      }
      case "root_module": {
        const root = parent.root;
        if (name === "module_calls" && kind === "object") {
          root.calls = Object.create(null) as Record<string, CallEntry>;
          root.members.set(name, CALLS);
          return { children: { t: "calls", calls: root.calls } };
        }
        if (name === "module_calls") root.calls = undefined;
        return { keep: true };
      }
      case "calls":
        return { keep: true };
      case "providers":
        if (!this.configuration?.providerLines.has(name)) this.configuration?.providerLines.set(name, line);
        return { keep: true };
    }
  }

  private notePlanned(address: unknown): void {
    if (typeof address === "string" && !this.plannedLines.has(address)) this.plannedLines.set(address, this.addressLine);
  }

  leave(parent: Context, key: string | number, start: number, end: number, _line: number, bytes: Buffer | undefined, children: Context | undefined): void {
    const name = String(key);
    switch (parent.t) {
      case "root":
        return;
      case "top": {
        const member = this.top.get(name);
        if (member === undefined) return;
        member.end = end;
        if (bytes) member.value = parse(bytes);
        return;
      }
      case "changes":
        if (end - start > this.maxValueBytes) throw tooLong(this.file, `resource_changes[${name}]`, end - start, this.maxValueBytes);
        parent.table.add(children?.t === "fields" ? children.fields : standIn(this.elementKind), start, end, this.addressLine);
        return;
      case "fields":
        if (bytes) parent.fields[name] = parse(bytes);
        return;
      case "planned":
        if (children?.t === "module") this.plannedProblem = children.module.problem();
        return;
      case "module":
        if (name === "address" && bytes) {
          parent.module.address = parse(bytes);
          this.notePlanned(parent.module.address);
        }
        return;
      case "resources": {
        const resource = children?.t === "fields" ? children.fields : standIn(this.elementKind);
        if (isObject(resource)) this.notePlanned(resource.address);
        parent.module.resourcesProblem ??= resourceProblem(resource, `${parent.module.path}.resources`, Number(key), PLANNED_RESOURCE_OPTIONAL);
        return;
      }
      case "children":
        if (children?.t === "module") parent.module.childrenProblem ??= children.module.problem();
        return;
      case "configuration":
        if (bytes) parent.config.members.set(name, parse(bytes));
        return;
      case "root_module":
        if (bytes) parent.root.members.set(name, parse(bytes));
        return;
      case "providers":
        if (bytes) parent.providers.set(name, parse(bytes));
        return;
      case "calls":
        if (bytes) parent.calls[name] = { start, end, problem: moduleCallProblem(parse(bytes), `configuration.root_module.module_calls.${name}`) };
        return;
    }
  }

  /** The top level as classifyJson needs to see it: members not kept stand in as empty values. */
  shallow(): unknown {
    if (this.topKind !== "object") return this.topKind === "array" ? [] : 0;
    const out = Object.create(null) as JsonObject;
    for (const [key, member] of this.top) {
      out[key] = member.value !== undefined ? member.value : member.kind === "object" ? {} : member.kind === "array" ? [] : member.kind === "string" ? "" : 0;
    }
    return out;
  }

  /** The first break of the plan format, in planShapeProblem's order. */
  shapeProblem(): Text | undefined {
    const has = (key: string): boolean => this.top.has(key);
    if (has("resource_changes")) {
      if (!this.changes) return notArray("resource_changes");
      if (this.changes.problem) return this.changes.problem;
    }
    if (has("planned_values")) {
      if (this.top.get("planned_values")?.kind !== "object") return notObject("planned_values");
      if (this.plannedProblem) return this.plannedProblem;
    }
    if (has("configuration")) {
      const config = this.configuration;
      if (!config) return notObject("configuration");
      if (config.members.has("root_module")) {
        const path = "configuration.root_module";
        const root = config.root;
        if (!root) return notObject(path);
        const resources = configuredResourcesProblem(root.members.get("resources"), path);
        if (resources) return resources;
        if (root.members.has("module_calls")) {
          if (!root.calls) return notObject(`${path}.module_calls`);
          for (const name of Object.keys(root.calls)) {
            const bad = root.calls[name].problem;
            if (bad) return bad;
          }
        }
      }
      const providers = config.members.get("provider_config");
      if (config.members.has("provider_config") && providers !== PROVIDERS && !isObject(providers)) return notObject("configuration.provider_config");
    }
    const variables = this.top.get("variables");
    if (variables !== undefined && !isObject(variables.value)) return notObject("variables");
    return undefined;
  }
}

class Index implements IndexedPlan {
  readonly changeCount: number;
  readonly moduleCalls: string[];

  constructor(
    readonly file: string,
    private readonly reader: RangeReader,
    readonly header: ReadonlyMap<string, string>,
    readonly hasResourceChanges: boolean,
    private readonly table: ChangeTable,
    private readonly base: string | undefined,
    private readonly calls: Record<string, CallEntry>,
    private readonly attributes: ReadonlySet<string> | undefined,
    private readonly providerLines: ReadonlyMap<string, number>,
    private readonly plannedLines: ReadonlyMap<string, number>,
  ) {
    this.changeCount = table.count;
    this.moduleCalls = Object.keys(calls);
  }

  change(i: number): ChangeInfo {
    const t = this.table;
    if (!(i >= 0 && i < t.count)) throw new RangeError(`no resource change ${i} in ${this.file}`);
    return { address: t.addresses[i], module: t.modules[i], type: t.types[i], mode: t.modes[i], line: t.lines[i] };
  }

  private slimmed(i: number, bytes: Buffer): Record<string, unknown> {
    const change = parse(bytes);
    // Read again from the file: it must still be the element indexed.
    if (!isObject(change) || change.address !== this.table.addresses[i]) throw changedWhileRead(this.file);
    return slimChange(change, this.attributes) as Record<string, unknown>;
  }

  changeText(i: number): string {
    this.change(i);
    return JSON.stringify(this.slimmed(i, this.reader.read(this.table.starts[i], this.table.ends[i])));
  }

  forEachChange(fn: (i: number, slimmed: Record<string, unknown>) => void): void {
    const t = this.table;
    this.reader.each(
      t.count,
      (i) => t.starts[i],
      (i) => t.ends[i],
      (i, bytes) => fn(i, this.slimmed(i, bytes)),
    );
  }

  configurationBase(): Record<string, unknown> | undefined {
    return this.base === undefined ? undefined : (JSON.parse(this.base) as Record<string, unknown>);
  }

  providerLine(key: string): number | undefined {
    return this.providerLines.get(key);
  }

  plannedLine(address: string): number | undefined {
    return this.plannedLines.get(address);
  }

  moduleCall(name: string): unknown {
    if (!Object.hasOwn(this.calls, name)) throw new RangeError(`no module call ${name} in ${this.file}`);
    const call = this.calls[name];
    return slimModuleCall(parse(this.reader.read(call.start, call.end)), this.attributes);
  }

  moduleCallText(name: string): string {
    return JSON.stringify(this.moduleCall(name));
  }
}

/** configuration slimmed, its root module's calls left out (an empty module_calls in their place). */
function configurationBase(config: Configuration, attributes: ReadonlySet<string> | undefined): string {
  const root = (r: RootModule): JsonObject => Object.fromEntries([...r.members].map(([k, v]) => [k, v === CALLS ? {} : v]));
  const member = (v: unknown): unknown => (v === ROOT && config.root ? root(config.root) : v === PROVIDERS && config.providers ? Object.fromEntries(config.providers) : v);
  const whole = Object.fromEntries([...config.members].map(([k, v]) => [k, member(v)]));
  return JSON.stringify(slimConfiguration(whole, attributes));
}

function notAPlan(file: string): InputError {
  return new InputError(file, {
    zh: "不是 Terraform 计划 JSON（terraform show -json），而是 Terraform JSON 配置",
    en: "is Terraform JSON configuration, not Terraform plan JSON (terraform show -json)",
  });
}

/** What reading a JSON file as an indexed plan found: the plan, or another kind of JSON input. */
export type IndexedRead = { plan: IndexedPlan } | { kind: Exclude<JsonKind, "plan"> };

function finish(file: string, reader: PlanReader, source: RangeReader, attributes: ReadonlySet<string> | undefined, maxValueBytes = MAX_VALUE_BYTES): IndexedRead {
  const classified = classifyJson(reader.shallow());
  if ("problem" in classified) throw new InputError(file, classified.problem);
  if (classified.kind !== "plan") return { kind: classified.kind };
  const shape = reader.shapeProblem();
  if (shape) throw new InputError(file, shape);
  const hasResourceChanges = reader.changes !== undefined;
  const header = new Map<string, string>();
  for (const [key, member] of reader.top) {
    if (key === "resource_changes" || key === "configuration" || !keepsMember(key, hasResourceChanges)) continue;
    // planned_values is kept only in a plan without resource_changes: read now, as it is needed.
    if (member.value === undefined && member.end - member.start > maxValueBytes) throw tooLong(file, key, member.end - member.start, maxValueBytes);
    const value = member.value !== undefined ? member.value : parse(source.read(member.start, member.end));
    header.set(key, JSON.stringify(value));
  }
  const config = reader.configuration;
  const base = config ? configurationBase(config, attributes) : undefined;
  const calls = config?.root?.calls ?? (Object.create(null) as Record<string, CallEntry>);
  const table = reader.changes ?? new ChangeTable();
  // Reports point at planned_values only in a plan without resource_changes (locate.ts): in one
  // with them, the lines would be a second copy of every address, kept for the whole run.
  const plannedLines = hasResourceChanges ? new Map<string, number>() : reader.plannedLines;
  return { plan: new Index(file, source, header, hasResourceChanges, table, base, calls, attributes, config?.providerLines ?? new Map(), plannedLines) };
}

function empty(file: string): InputError {
  return new InputError(file, { zh: "文件为空", en: "file is empty" });
}

function readBytesIndex(file: string, bytes: Buffer, attributes?: ReadonlySet<string>): IndexedRead {
  const known = describeNonJson(bytes);
  if (known) throw new InputError(file, known);
  const reader = new PlanReader(file, MAX_VALUE_BYTES);
  const scanned = scanJsonBytes<Context>(file, bytes, { t: "root" }, reader, { maxDepth: MAX_JSON_DEPTH });
  if (scanned.empty) throw empty(file);
  return finish(file, reader, bufferReader(bytes), attributes);
}

/** A plan's index from its bytes (which the index keeps). */
export function indexPlanBytes(file: string, bytes: Buffer, attributes?: ReadonlySet<string>): IndexedPlan {
  const read = readBytesIndex(file, bytes, attributes);
  if ("kind" in read) throw notAPlan(file);
  return read.plan;
}

/**
 * Reads `file` as an indexed plan, a chunk at a time, never holding the whole file; records its
 * digest as read. Other JSON inputs (cdk.tf.json, *.tf.json) are told apart, not indexed.
 */
export function readIndexedPlan(file: string, attributes?: ReadonlySet<string>, options: { chunkBytes?: number; maxValueBytes?: number } = {}): IndexedRead {
  const { fd, stats } = openRegularFile(file);
  let keepOpen = false;
  try {
    const before = fs.fstatSync(fd, { bigint: true });
    const head = Buffer.alloc(Math.min(4096, stats.size));
    fs.readSync(fd, head, 0, head.length, 0);
    const known = describeNonJson(head);
    if (known) throw new InputError(file, known);
    const maxValueBytes = options.maxValueBytes ?? MAX_VALUE_BYTES;
    const reader = new PlanReader(file, maxValueBytes);
    const scanned = scanJsonFile<Context>(file, fd, { t: "root" }, reader, { maxDepth: MAX_JSON_DEPTH, maxKeptBytes: maxValueBytes, ...(options.chunkBytes ? { chunkBytes: options.chunkBytes } : {}) });
    const source = new FileReader(file, fd, before);
    source.check(true);
    recordRead(file, scanned.sha256 ?? "", scanned.bytes, stats);
    if (scanned.empty) throw empty(file);
    const read = finish(file, reader, source, attributes, maxValueBytes);
    if ("plan" in read) {
      keepOpen = true;
      closeOnCollect.register(read.plan, fd);
    }
    return read;
  } catch (e: unknown) {
    throw e instanceof InputError ? e : describeError(file, e);
  } finally {
    if (!keepOpen) fs.closeSync(fd);
  }
}

function describeError(file: string, e: unknown): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  if (typeof code !== "string") return e;
  return new InputError(file, { zh: `读取失败：${(e as Error).message}`, en: `cannot read: ${(e as Error).message}` });
}

/** A plan's index read from its file, a chunk at a time (never the whole file in memory). */
export function indexPlanFile(file: string, attributes?: ReadonlySet<string>): IndexedPlan {
  const read = readIndexedPlan(file, attributes);
  if ("kind" in read) throw notAPlan(file);
  return read.plan;
}

/** The whole slimmed plan put back together from its index: for evaluating an indexed plan in one
 * pass (small ones), and for proving the index equals slimPlan(JSON.parse(file)). */
export function reassemblePlan(plan: IndexedPlan): JsonObject {
  return wholePlan(plan, (out) => {
    const changes: unknown[] = [];
    plan.forEachChange((_, slimmed) => changes.push(slimmed));
    out.resource_changes = changes;
  });
}

/** The plan without its resource changes, which `changes` puts in (in their place in the order). */
function wholePlan(plan: IndexedPlan, changes: (out: JsonObject) => void): JsonObject {
  const out = Object.create(null) as JsonObject;
  for (const [key, text] of plan.header) out[key] = JSON.parse(text) as unknown;
  if (plan.hasResourceChanges) changes(out);
  const base = plan.configurationBase();
  if (base !== undefined) {
    const root = base.root_module;
    if (isObject(root) && isObject(root.module_calls)) {
      const calls = Object.create(null) as JsonObject;
      for (const name of plan.moduleCalls) calls[name] = plan.moduleCall(name);
      root.module_calls = calls;
    }
    out.configuration = base;
  }
  return out;
}

/**
 * JSON.stringify(reassemblePlan(plan)) a resource change at a time: the document `govguard input`
 * prints for a plan read as an index, which may be past V8's longest string.
 */
export function* planTextChunks(plan: IndexedPlan): Generator<string> {
  const marker = `govguard-resource-changes-${randomUUID()}`;
  const text = JSON.stringify(wholePlan(plan, (out) => (out.resource_changes = marker)));
  const quoted = JSON.stringify(marker);
  const at = plan.hasResourceChanges ? text.indexOf(quoted) : -1;
  if (at === -1) {
    yield text;
    return;
  }
  yield `${text.slice(0, at)}[`;
  for (let i = 0; i < plan.changeCount; i++) yield `${i === 0 ? "" : ","}${plan.changeText(i)}`;
  yield `]${text.slice(at + quoted.length)}`;
}

/** The slimmed plan as JSON text, written a piece at a time (a plan past V8's longest string
 * cannot be one): the document `govguard input` prints, equal to JSON.stringify(reassemblePlan(plan))
 * but for the order of its top-level members. */
export function writeSlimmedPlan(plan: IndexedPlan, write: (text: string) => void): void {
  let first = true;
  const member = (key: string): void => {
    write(`${first ? "{" : ","}${JSON.stringify(key)}:`);
    first = false;
  };
  for (const [key, text] of plan.header) {
    member(key);
    write(text);
  }
  if (plan.hasResourceChanges) {
    member("resource_changes");
    write("[");
    plan.forEachChange((i, slimmed) => write(`${i === 0 ? "" : ","}${JSON.stringify(slimmed)}`));
    write("]");
  }
  const base = plan.configurationBase();
  if (base !== undefined) {
    member("configuration");
    const root = base.root_module;
    if (isObject(root) && isObject(root.module_calls)) {
      const calls = Object.create(null) as JsonObject;
      for (const name of plan.moduleCalls) calls[name] = plan.moduleCall(name);
      root.module_calls = calls;
    }
    write(JSON.stringify(base));
  }
  write(first ? "{}" : "}");
}
