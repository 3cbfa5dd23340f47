// The synth-time gate: the same policy bundle the CI gate runs, over each stack's synthesized JSON,
// as a construct validation. `cdktn synth` / `cdktf synth` (and app.synth(), Testing.synth(stack,
// true)) runs aspects, then validations, then writes cdk.tf.json; a failing finding stops it there,
// with the findings rendered exactly as `govguard check` prints them. It works the same under either
// library's App: stacks and resources are recognised by their shared identity symbols (identity.ts).
//
//   GovguardPolicyCheck.apply(app);                 // every stack of the app
//   GovguardPolicyCheck.apply(stack, { waivers });  // one stack, with waivers
//   GovguardPolicyCheck.disable(stack);             // a stack that must synthesize regardless
//
// A DomesticStack applies it to itself, and every govguard construct makes sure its stack has it,
// unless the stack switched it off.
import * as path from "node:path";
import { Annotations, govguardLibraryName, TerraformStack } from "./cdk";
import { IConstruct } from "constructs";
import { findFile, LoadedWaivers, loadWaiversFile, WAIVERS_FILE_NAMES } from "../src/config/load";
import { CheckResult, checkDocuments, Severity } from "../src/engine";
import { jsonDocument } from "../src/inputs/discover";
import { Lang } from "../src/report/lang";
import { plainText } from "../src/report/escape-text";
import { renderText } from "../src/report/text";
import { ConstructPropError } from "./errors";
import { appOf, isProvider, isResource, isStack, stackOf } from "./identity";
import { ConfigSource, configFromFile, configOf, fileStamp, GovguardConfig } from "./settings";

/** A waiver for the synth-time check: as in waivers.yaml, with `path` as an alternative to `resource`. */
export interface SynthWaiver {
  /** The control ID, such as A22.1. */
  readonly control: string;
  /** A resource address pattern as in waivers.yaml (`*` matches anything): `alicloud_oss_bucket.legacy*`. */
  readonly resource?: string;
  /**
   * A construct path pattern (`*` matches anything): the construct it names and everything below
   * it, such as `portal/legacy` or `* /site`. Full paths (`portal/site/bucket`) and paths inside
   * the stack (`site/bucket`) both work.
   */
  readonly path?: string;
  /** Why the finding is accepted. Required. */
  readonly reason: string;
  /** Who answers for it. */
  readonly owner?: string;
  /** YYYY-MM-DD; an expired waiver fails the check again. */
  readonly expires?: string;
}

export interface PolicyCheckOptions {
  /** false switches the check off for the stack(s); default true. */
  readonly enabled?: boolean;
  /** Control parameters (govguard.yaml as an object); by default the configuration the constructs use. */
  readonly config?: GovguardConfig;
  /** A govguard.yaml to read instead. */
  readonly configFile?: string;
  /** Waivers in code, after those of the waivers file. */
  readonly waivers?: readonly SynthWaiver[];
  /**
   * A waivers.yaml; by default the construct context `govguard:waiversFile`, else waivers.yaml in the
   * working directory, as `govguard check` finds it.
   */
  readonly waiversFile?: string;
  /** The lowest severity that fails synth; by default every unwaived finding does, as in the CLI. */
  readonly failOn?: Severity;
  /** The date waivers expire against, YYYY-MM-DD; by default today in China. */
  readonly today?: string;
  /** Language of the report in the error: zh, en or both (default). */
  readonly lang?: Lang;
  /** Another compiled policy bundle. */
  readonly bundlePath?: string;
  /**
   * A govguard-baseline.json, as `govguard check --baseline` takes it: the findings it records do not
   * fail synth, new ones do, and its stale entries are listed. By default the construct context
   * `govguard:baselineFile`; without either, no baseline.
   */
  readonly baseline?: string;
}

interface CheckState {
  /** undefined: not decided; false: switched off explicitly. */
  enabled?: boolean;
  options: PolicyCheckOptions;
  registered: boolean;
}

const states = new WeakMap<TerraformStack, CheckState>();
const appDefaults = new WeakMap<IConstruct, PolicyCheckOptions>();
const appValidations = new WeakSet<IConstruct>();
const waiverFiles = new Map<string, LoadedWaivers>();

function stateOf(stack: TerraformStack): CheckState {
  let state = states.get(stack);
  if (!state) {
    state = { options: {}, registered: false };
    states.set(stack, state);
  }
  return state;
}

function stacksUnder(scope: IConstruct): TerraformStack[] {
  if (isStack(scope)) return [scope];
  return scope.node.findAll().filter((c): c is TerraformStack => isStack(c));
}

function inheritedOptions(stack: TerraformStack): PolicyCheckOptions {
  for (let s: IConstruct | undefined = stack.node.scope; s; s = s.node.scope) {
    const found = appDefaults.get(s);
    if (found) return found;
  }
  return {};
}

function register(stack: TerraformStack): void {
  const state = stateOf(stack);
  if (state.registered) return;
  state.registered = true;
  stack.node.addValidation({ validate: () => validateStack(stack) });
}

function validateStack(stack: TerraformStack): string[] {
  const state = states.get(stack);
  if (!state || state.enabled !== true) return [];
  const options = state.options;
  const result = GovguardPolicyCheck.check(stack, options);
  const waived = result.findings.filter((f) => f.waiver?.status === "active");
  if (result.summary.passed) {
    if (waived.length > 0) {
      Annotations.of(stack).addWarning(`govguard: ${waived.length} 项违规已豁免 / ${waived.length} finding(s) waived: ${waived.map((f) => `${f.control} ${plainText(f.resource)}`).join(", ")}`);
    }
    const baseline = result.baseline;
    if (baseline !== undefined && (baseline.suppressed > 0 || baseline.stale.length > 0)) {
      Annotations.of(stack).addWarning(
        `govguard: 基线 ${plainText(baseline.file)} 接受 ${baseline.suppressed} 项违规，${baseline.stale.length} 条已不再匹配、可删除 / ` +
          `the baseline ${plainText(baseline.file)} accepted ${baseline.suppressed} finding(s); ${baseline.stale.length} entr${baseline.stale.length === 1 ? "y no longer matches and" : "ies no longer match and"} can be removed`,
      );
    }
    return [];
  }
  const header = {
    zh: `govguard 合成时检查未通过：栈 ${stack.node.id} 不符合《互联网政务应用安全管理规定》（修复后重新合成，或以 waivers 豁免并说明理由）`,
    en: `govguard synth-time check failed: stack ${stack.node.id} breaks the Regulations on Security Management of Internet Government Applications (fix and synthesize again, or waive with a reason)`,
  };
  const lang = options.lang ?? "both";
  const head = lang === "zh" ? header.zh : lang === "en" ? header.en : `${header.zh}\n${header.en}`;
  return [`${head}\n\n${renderText(result, { lang, color: false })}`];
}

function configFor(stack: TerraformStack, options: PolicyCheckOptions): ConfigSource {
  if (options.config !== undefined) return { values: options.config };
  if (options.configFile !== undefined) return configFromFile(options.configFile);
  return configOf(stack);
}

function waiversFileFor(stack: TerraformStack, options: PolicyCheckOptions): LoadedWaivers | undefined {
  const context = stack.node.tryGetContext("govguard:waiversFile") as unknown;
  const file = findFile(options.waiversFile ?? (typeof context === "string" ? context : undefined), process.cwd(), WAIVERS_FILE_NAMES);
  if (file === undefined) return undefined;
  const key = fileStamp(file);
  let loaded = waiverFiles.get(key);
  if (!loaded) {
    loaded = loadWaiversFile(file);
    waiverFiles.set(key, loaded);
  }
  return loaded;
}

/**
 * cdk.tf.json as the library writes it, so that findings point at the lines of the written file: keys
 * sorted, indented by two, and empty objects and arrays on one line (`{}`, cdktn's
 * safe-stable-stringify) or on two (cdktf's json-stable-stringify).
 */
function writtenJson(value: unknown, collapseEmpty = govguardLibraryName === "cdktn"): string {
  const render = (v: unknown, level: number): string | undefined => {
    if (typeof v === "object" && v !== null && typeof (v as { toJSON?: unknown }).toJSON === "function") v = (v as { toJSON: () => unknown }).toJSON();
    if (typeof v !== "object" || v === null) return JSON.stringify(v);
    const inner = `\n${"  ".repeat(level + 1)}`;
    const record = v as Record<string, unknown>;
    const parts = Array.isArray(v)
      ? v.map((item) => `${inner}${render(item, level + 1) ?? "null"}`)
      : Object.keys(record)
          .sort()
          .flatMap((key) => {
            const rendered = render(record[key], level + 1);
            return rendered === undefined ? [] : [`${inner}${JSON.stringify(key)}: ${rendered}`];
          });
    const [open, close] = Array.isArray(v) ? ["[", "]"] : ["{", "}"];
    return parts.length === 0 && collapseEmpty ? `${open}${close}` : `${open}${parts.join(",")}\n${"  ".repeat(level)}${close}`;
  };
  return render(value, 0) ?? "";
}

function baselineFileFor(stack: TerraformStack, options: PolicyCheckOptions): string | undefined {
  if (options.baseline !== undefined) return options.baseline;
  const context = stack.node.tryGetContext("govguard:baselineFile") as unknown;
  return typeof context === "string" ? context : undefined;
}

/** "* /site" as a construct path glob: `*` matches anything, the rest is literal. */
function globMatches(pattern: string, text: string): boolean {
  const expression = pattern
    .split("*")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${expression}$`).test(text);
}

/** The addresses govguard reports for the resources and providers at or below a matching path. */
function addressesAtPath(stack: TerraformStack, pattern: string): string[] {
  const stackPath = stack.node.path;
  const matchesScope = (c: IConstruct): boolean => {
    for (let s: IConstruct | undefined = c; s && s !== stack; s = s.node.scope) {
      const full = s.node.path;
      const inner = stackPath === "" ? full : full.slice(stackPath.length + 1);
      if (globMatches(pattern, full) || globMatches(pattern, inner)) return true;
    }
    return false;
  };
  const addresses: string[] = [];
  for (const c of stack.node.findAll()) {
    if (!matchesScope(c)) continue;
    if (isResource(c)) {
      const address = `${c.terraformResourceType}.${c.friendlyUniqueId}`;
      addresses.push(address, `${address}[*]`);
    } else if (isProvider(c)) {
      addresses.push(c.alias ? `${c.terraformResourceType}.${c.alias}` : c.terraformResourceType);
    }
  }
  return addresses;
}

interface RegoWaiver {
  control: unknown;
  resource: unknown;
  reason: unknown;
  owner?: unknown;
  expires?: unknown;
}

function asRego(w: SynthWaiver | Record<string, unknown>, resource: unknown): RegoWaiver {
  const out: RegoWaiver = { control: w.control, resource, reason: w.reason };
  if (w.owner !== undefined) out.owner = w.owner;
  if (w.expires !== undefined) out.expires = w.expires;
  return out;
}

export class GovguardPolicyCheck {
  /**
   * Runs the policy bundle over `scope` at synth: the stack itself, or every stack under an app
   * (stacks that switched the check off stay off). Calling it again replaces the options.
   */
  static apply(scope: IConstruct, options: PolicyCheckOptions = {}): void {
    const oneStack = isStack(scope);
    if (!oneStack) appDefaults.set(scope, options);
    for (const stack of stacksUnder(scope)) {
      const state = stateOf(stack);
      if (options.enabled === false) {
        state.enabled = false;
        continue;
      }
      // An app-wide apply leaves a stack that switched the check off alone.
      if (!oneStack && state.enabled === false) continue;
      state.enabled = true;
      state.options = oneStack ? options : { ...options, ...state.options };
      register(stack);
    }
    if (!oneStack && options.enabled !== false && !appValidations.has(scope)) {
      appValidations.add(scope);
      // Stacks created after this call: checked when the app validates (App.synth).
      scope.node.addValidation({
        validate: () => {
          const defaults = appDefaults.get(scope) ?? options;
          if (defaults.enabled === false) return [];
          return stacksUnder(scope)
            .filter((s) => !states.get(s)?.registered && states.get(s)?.enabled !== false)
            .flatMap((s) => {
              stateOf(s).enabled = true;
              stateOf(s).options = defaults;
              return validateStack(s).map((m) => `[${s.node.path}] ${m}`);
            });
        },
      });
    }
  }

  /** Switches the check off for `scope` (a stack, or every stack under an app). */
  static disable(scope: IConstruct): void {
    GovguardPolicyCheck.apply(scope, { enabled: false });
  }

  /** Whether the check will run on the stack `scope` belongs to. */
  static isEnabled(scope: IConstruct): boolean {
    return states.get(stackOf(scope))?.enabled === true;
  }

  /** Called by the govguard constructs: the stack they are in gets the check unless it opted out. */
  static ensure(scope: IConstruct): void {
    const stack = stackOf(scope);
    const state = stateOf(stack);
    if (state.enabled === false) return;
    if (state.enabled === undefined) {
      state.enabled = true;
      state.options = inheritedOptions(stack);
    }
    register(stack);
  }

  /**
   * Evaluates the stack now, as the synth-time check does, and returns the result the CLI would
   * give for its cdk.tf.json. The application's own aspects must have run (they do during synth and
   * Testing.synth); govguard's constructs rely on none.
   */
  static check(stack: TerraformStack, options: PolicyCheckOptions = {}): CheckResult {
    // Named as `govguard check cdktf.out` names it when run from the same folder.
    const written = path.resolve(appOf(stack).outdir, "stacks", stack.node.id, "cdk.tf.json");
    const relative = path.relative(process.cwd(), written);
    const file = relative.startsWith("..") || path.isAbsolute(relative) ? written : relative;
    // Read as the CLI reads a cdk.tf.json (classified, shape-checked), in the bytes synth writes, so
    // that findings point at the same lines.
    const value: unknown = stack.toTerraform();
    const document = jsonDocument(file, value, Buffer.from(writtenJson(value)));

    const config = configFor(stack, options);
    const fromFile = waiversFileFor(stack, options);
    const userEntries: unknown[] = [...(fromFile?.entries ?? []), ...(options.waivers ?? [])];

    // Only waivers in code may name a construct path; waivers.yaml is read exactly as the CLI reads it.
    const fileCount = fromFile?.entries.length ?? 0;
    const byConstructPath = (entry: unknown, index: number): entry is SynthWaiver =>
      index >= fileCount && typeof entry === "object" && entry !== null && (entry as SynthWaiver).path !== undefined;
    // Check the waivers as written (one of resource / path each), with their own indexes.
    userEntries.forEach((entry, index) => {
      const w = entry as SynthWaiver;
      if (index >= fileCount && (w.resource === undefined) === (w.path === undefined)) {
        throw new ConstructPropError(stack, { zh: `豁免项 waivers[${index}] 须设置 resource 或 path 之一`, en: `waiver waivers[${index}] needs exactly one of resource and path` });
      }
    });
    // As written, a path waiver covers `path:<pattern>`: what the bundle judges and reports list.
    const asWritten = userEntries.map((e, index) => (byConstructPath(e, index) ? asRego(e, `path:${e.path}`) : e));

    // To match findings, a construct path becomes the addresses of the resources below it; each
    // expanded entry remembers the waiver it came from, so findings and notes name that one.
    const expanded: unknown[] = [];
    const owners: number[] = [];
    let byPath = false;
    userEntries.forEach((entry, index) => {
      if (!byConstructPath(entry, index)) {
        expanded.push(entry);
        owners.push(index);
        return;
      }
      byPath = true;
      const addresses = addressesAtPath(stack, entry.path as string);
      for (const address of addresses.length > 0 ? addresses : [`path:${entry.path}`]) {
        expanded.push(asRego(entry, address));
        owners.push(index);
      }
    });

    return checkDocuments([document], {
      config: config.values,
      configFile: config.loaded,
      waivers: asWritten,
      waiversFile: fromFile,
      ...(byPath ? { expanded: { entries: expanded, owners } } : {}),
      today: options.today,
      failOn: options.failOn,
      baseline: baselineFileFor(stack, options),
      bundlePath: options.bundlePath,
    });
  }
}
