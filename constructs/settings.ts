// The control parameters the constructs build with: the same configuration the gate reads
// (govguard.yaml, or the object given in code), with the catalogue's defaults taken from the policy
// bundle itself, so the constructs and the gate never disagree on a threshold.
//
// Where the configuration comes from, first match wins:
//   1. a DomesticStack's `config` / `configFile` prop (or `useGovguardConfig` on any scope above);
//   2. the construct context `govguard:config` (an object) or `govguard:configFile` (a path), which
//      cdktf.json's "context" can carry;
//   3. govguard.yaml / govguard.yml in the working directory, as `govguard check` finds it;
//   4. nothing: the catalogue's defaults.
import * as fs from "node:fs";
import * as path from "node:path";
import { IConstruct } from "constructs";
import { CONFIG_FILE_NAMES, findFile, LoadedConfig, loadConfigFile } from "../src/config/load";
import { Engine, PolicyFinding, RunData, sharedEngine } from "../src/engine";

/** govguard.yaml as an object: sections (`logs`, `admin`, …) of parameters. */
export type GovguardConfig = Record<string, unknown>;

export interface ConfigSource {
  values: GovguardConfig;
  /** The file the values were read from, for errors that point at a line. */
  loaded?: LoadedConfig;
}

/** The parameters of controls.md, resolved. Field names follow the dotted keys of govguard.yaml. */
export interface GovguardSettings {
  /** org.type */
  readonly orgType: string;
  /** cloud.platform */
  readonly platform: string;
  /** regions.allowed */
  readonly allowedRegions: readonly string[];
  /** admin.allowed_cidrs */
  readonly adminCidrs: readonly string[];
  /** admin.ports */
  readonly adminPorts: readonly number[];
  /** public.ports */
  readonly publicPorts: readonly number[];
  /** network.internal_cidrs */
  readonly internalCidrs: readonly string[];
  /** logs.min_retention_days */
  readonly minRetentionDays: number;
  /** data.tag_key */
  readonly tagKey: string;
  /** data.values */
  readonly classificationValues: readonly string[];
  /** data.important_values */
  readonly importantValues: readonly string[];
  /** tls.hsts_min_age */
  readonly hstsMinAge: number;
  /** cdn.origin_cidrs */
  readonly cdnOriginCidrs: readonly string[];
  /** cdn.origin_domains */
  readonly cdnOriginDomains: readonly string[];
  /** dr.min_backup_days */
  readonly minBackupDays: number;
  /** crypto.require_sm */
  readonly requireSm: boolean;
  /** identity.max_login_attempts */
  readonly maxLoginAttempts: number;
  /** identity.max_session_hours */
  readonly maxSessionHours: number;
}

// ------------------------------------------------------------------------------ the engine

/** The engine (src/engine's one door) for this run data: one loaded wasm policy per distinct data,
 * shared, since loading one takes a while. */
export function engineFor(runData: RunData, bundlePath?: string): Engine {
  return sharedEngine(runData, bundlePath);
}

// ------------------------------------------------------------------------------ configuration

const explicitConfig = new WeakMap<IConstruct, ConfigSource>();
const configFiles = new Map<string, ConfigSource>();

/** A file's identity for caching: its path and when it last changed. */
export function fileStamp(file: string): string {
  const stat = fs.statSync(file);
  return `${path.resolve(file)}|${stat.mtimeMs}|${stat.size}`;
}

function fileSource(file: string): ConfigSource {
  const key = fileStamp(file);
  let source = configFiles.get(key);
  if (!source) {
    const loaded = loadConfigFile(file);
    source = { values: loaded.values, loaded };
    configFiles.set(key, source);
  }
  return source;
}

/** The configuration in a govguard.yaml (read once per file). */
export function configFromFile(file: string): ConfigSource {
  return fileSource(findFile(file, process.cwd(), []) as string);
}

/** Makes `scope` and everything below it build with this configuration. */
export function useGovguardConfig(scope: IConstruct, config?: GovguardConfig, configFile?: string): void {
  if (config !== undefined) explicitConfig.set(scope, { values: config });
  else if (configFile !== undefined) explicitConfig.set(scope, configFromFile(configFile));
}

/** The configuration that applies at `scope` (see the order at the top of this file). */
export function configOf(scope: IConstruct): ConfigSource {
  for (let s: IConstruct | undefined = scope; s; s = s.node.scope) {
    const found = explicitConfig.get(s);
    if (found) return found;
  }
  const context = scope.node.tryGetContext("govguard:config") as unknown;
  if (typeof context === "object" && context !== null && !Array.isArray(context)) return { values: context as GovguardConfig };
  const contextFile = scope.node.tryGetContext("govguard:configFile") as unknown;
  const file = findFile(typeof contextFile === "string" ? contextFile : undefined, process.cwd(), CONFIG_FILE_NAMES);
  return file ? fileSource(file) : { values: {} };
}

// ------------------------------------------------------------------------------ settings

const settingsCache = new Map<string, GovguardSettings>();

/** Checks the configuration against the bundle's schema and resolves every parameter. */
export function settingsFor(source: ConfigSource): GovguardSettings {
  const key = JSON.stringify(source.values);
  const cached = settingsCache.get(key);
  if (cached) return cached;
  const engine = engineFor({ govguard_config: source.values });
  engine.refuseBadSettings(source.loaded);
  const defaults = new Map(engine.parameters().map((p) => [p.key, p.default]));
  const get = <T>(dotted: string): T => {
    const [section, name] = dotted.split(".");
    const group = source.values[section];
    const own = typeof group === "object" && group !== null ? (group as Record<string, unknown>)[name] : undefined;
    if (own !== undefined) return own as T;
    if (!defaults.has(dotted)) throw new Error(`the policy bundle has no parameter ${dotted}`);
    return defaults.get(dotted) as T;
  };
  const settings: GovguardSettings = {
    orgType: get("org.type"),
    platform: get("cloud.platform"),
    allowedRegions: get("regions.allowed"),
    adminCidrs: get("admin.allowed_cidrs"),
    adminPorts: get("admin.ports"),
    publicPorts: get("public.ports"),
    internalCidrs: get("network.internal_cidrs"),
    minRetentionDays: get("logs.min_retention_days"),
    tagKey: get("data.tag_key"),
    classificationValues: get("data.values"),
    importantValues: get("data.important_values"),
    hstsMinAge: get("tls.hsts_min_age"),
    cdnOriginCidrs: get("cdn.origin_cidrs"),
    cdnOriginDomains: get("cdn.origin_domains"),
    minBackupDays: get("dr.min_backup_days"),
    requireSm: get("crypto.require_sm"),
    maxLoginAttempts: get("identity.max_login_attempts"),
    maxSessionHours: get("identity.max_session_hours"),
  };
  settingsCache.set(key, settings);
  return settings;
}

/** The settings that apply at `scope`. */
export function settingsOf(scope: IConstruct): GovguardSettings {
  return settingsFor(configOf(scope));
}

const probeCache = new Map<string, PolicyFinding[]>();

/**
 * What the policy itself says about a small configuration: the constructs ask the bundle (for
 * regions, domain suffixes, CDN origins) rather than keep a second copy of its lists and patterns.
 * Returns the findings of `controls` on `resource`.
 */
export function probe(source: ConfigSource, document: object, controls: readonly string[], resource: string): PolicyFinding[] {
  const key = JSON.stringify([source.values, document, controls, resource]);
  let findings = probeCache.get(key);
  if (!findings) {
    const report = engineFor({ govguard_config: source.values }).evaluate(document);
    findings = report.findings.filter((f) => f.resource === resource && controls.includes(f.control)).sort((a, b) => a.control.localeCompare(b.control));
    probeCache.set(key, findings);
  }
  return findings;
}

/** The policy's verdict on a provider in `region`: A23.1 (allowed mainland region) and A24.1 (region of the declared platform). */
export function regionFindings(source: ConfigSource, region: string): PolicyFinding[] {
  return probe(source, { provider: { alicloud: [{ region }] } }, ["A23.1", "A24.1"], "alicloud");
}
