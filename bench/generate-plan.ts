// Generates realistic Terraform plan JSON for the benchmark: a government estate on Alibaba Cloud
// of any number of resources (buckets with replication and access logging, log stores, VPCs with
// flow logs, security group rules, RDS with backups, CDN domains with their HTTPS/TLS/HSTS
// configurations and log delivery, RAM users and policies), spread over a root module and nested
// application modules, with about `violationRate` of the resources breaking some control.
// Deterministic: the same options give the same plan, byte for byte.
//
// The legacy profile (`--estate legacy`) is the estate a team gates on its first day: the same
// units, mostly without their companions (no public access block, bucket policy, access logging,
// flow log, backup policies, CDN configurations or log delivery), about 1.4 findings a resource.
//
//   node dist/bench/generate-plan.js --resources 10000 --seed 42 --out plan.json [--estate legacy] [--violation-rate 0.1]
import { application, ESTATE, nested, PLATFORM_SIZE, platform, ROOT_VARIABLES } from "./estate";
import { canExist, makeExisting } from "./existing";
import { planJson } from "./plan-json";
import { JsonObject, ModuleNode } from "./plan-model";
import { Rng } from "./prng";
import { buildUnit, place, Unit, UNIT_KINDS, UnitKind } from "./units";
import { writeJsonFile } from "./write-json";

export interface GenerateOptions {
  /** The number of resource instances in the plan (resource_changes), at least MIN_RESOURCES. */
  resources: number;
  seed: number;
  /** The share of resources given a violation; 0.1 by default. */
  violationRate?: number;
  /** The share of the units that can exist already that are shown as existing (no-op or update). */
  existingRate?: number;
  /** "bench" (default): compliant-leaning; "legacy": companions mostly missing. */
  estate?: EstateProfile;
}

export const ESTATE_PROFILES = ["bench", "legacy"] as const;
export type EstateProfile = (typeof ESTATE_PROFILES)[number];

/** The share of companions a legacy estate has, its violation rate (every resource breaks a
 * control of its own when it can) and the share of resources given a second violation. */
const LEGACY_COMPANION_RATE = 0.02;
const LEGACY_VIOLATION_RATE = 1;
const LEGACY_SECOND_VIOLATION_RATE = 0.4;

export function isEstateProfile(text: string): text is EstateProfile {
  return (ESTATE_PROFILES as readonly string[]).includes(text);
}

export const MIN_RESOURCES = PLATFORM_SIZE + 2;

/** Resources per application module, roughly. */
const APP_SIZE = 300;

function unitSize(unit: Unit): number {
  return unit.blocks.reduce((n, b) => n + b.instances.length, 0);
}

/** A unit kind that fits in `room` resources, by the kinds' weights; a lone RAM group at worst. */
function pickKind(rng: Rng, room: number): UnitKind {
  const fitting = (Object.keys(UNIT_KINDS) as UnitKind[]).filter((k) => UNIT_KINDS[k].weight > 0 && UNIT_KINDS[k].size <= room);
  if (fitting.length === 0) return "group";
  return rng.weighted(fitting, fitting.map((k) => UNIT_KINDS[k].weight));
}

/** Each resource of the unit breaks a control with probability `rate`: one of its own violations,
 * or, for a resource that has none, another resource's in the unit. */
function violate(unit: Unit, rng: Rng, rate: number, applied = new Set<number>()): void {
  const total = unitSize(unit);
  for (let i = 0; i < total; i++) {
    if (!rng.chance(rate)) continue;
    const open = unit.violations.map((v, n) => ({ v, n })).filter(({ n }) => !applied.has(n));
    const own = open.filter(({ v }) => v.instance === i);
    const pool = own.length > 0 ? own : open;
    if (pool.length === 0) continue;
    const chosen = rng.pick(pool);
    chosen.v.apply();
    applied.add(chosen.n);
  }
}

export function generatePlan(options: GenerateOptions): JsonObject {
  const { resources, seed } = options;
  const legacy = options.estate === "legacy";
  const violationRate = options.violationRate ?? (legacy ? LEGACY_VIOLATION_RATE : 0.1);
  const existingRate = options.existingRate ?? 0.25;
  if (!Number.isInteger(resources) || resources < MIN_RESOURCES) throw new Error(`resources must be an integer of at least ${MIN_RESOURCES}, not ${resources}`);
  if (!(violationRate >= 0 && violationRate <= 1)) throw new Error(`violationRate must be between 0 and 1, not ${violationRate}`);
  const rng = new Rng(seed);
  const root = new ModuleNode("");
  platform(root);
  let remaining = resources - PLATFORM_SIZE;
  const apps = Math.max(1, Math.round(remaining / APP_SIZE));
  let serial = 0;
  for (let a = 1; a <= apps; a++) {
    const name = `app_${a}`;
    const app = application(root, name);
    const share = Math.round(remaining / (apps - a + 1));
    remaining -= share;
    let room = share - 1; // the application's KMS key
    while (room > 0) {
      const kind = pickKind(rng, room);
      serial++;
      const unit = buildUnit(kind, { rng, estate: ESTATE, serial, app: name, ...(legacy ? { companionRate: LEGACY_COMPANION_RATE } : {}) });
      const applied = new Set<number>();
      violate(unit, rng, violationRate, applied);
      if (legacy) violate(unit, rng, LEGACY_SECOND_VIOLATION_RATE, applied);
      if (canExist(unit) && rng.chance(existingRate)) makeExisting(unit, serial, rng, 0.3);
      place(nested(app, UNIT_KINDS[kind].module), unit);
      room -= unitSize(unit);
    }
  }
  return planJson(root, {
    variableValues: ROOT_VARIABLES,
    providers: {
      alicloud: { versionConstraint: "1.289.0", region: { refs: ["var.region"] } },
      "alicloud.dr": { alias: "dr", region: { refs: ["var.dr_region"] } },
    },
    timestamp: "2025-06-02T01:30:00Z",
  });
}

function parseArgs(argv: string[]): { resources: number; seed: number; out: string; violationRate?: number; estate: EstateProfile } {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (!flag.startsWith("--") || value === undefined) throw new Error(`unexpected argument ${flag}`);
    values.set(flag.slice(2), value);
  }
  const number = (key: string, fallback?: number): number => {
    const text = values.get(key);
    if (text === undefined) {
      if (fallback === undefined) throw new Error(`--${key} is required`);
      return fallback;
    }
    const n = Number(text);
    if (!Number.isFinite(n)) throw new Error(`--${key} must be a number, not ${text}`);
    return n;
  };
  const out = values.get("out");
  if (!out) throw new Error("--out is required");
  const estate = values.get("estate") ?? "bench";
  if (!isEstateProfile(estate)) throw new Error(`--estate must be one of ${ESTATE_PROFILES.join(", ")}, not ${estate}`);
  return { resources: number("resources"), seed: number("seed", 1), out, violationRate: values.has("violation-rate") ? number("violation-rate") : undefined, estate };
}

if (require.main === module) {
  try {
    const args = parseArgs(process.argv.slice(2));
    const plan = generatePlan(args);
    const bytes = writeJsonFile(args.out, plan);
    process.stdout.write(`${JSON.stringify({ file: args.out, resources: args.resources, seed: args.seed, estate: args.estate, bytes })}\n`);
  } catch (e: unknown) {
    process.stderr.write(`generate-plan: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  }
}
