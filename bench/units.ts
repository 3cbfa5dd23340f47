// The building blocks of a generated estate. A unit is what one piece of Terraform code creates
// together (a bucket with its access block, TLS-only policy, access logging and replication; a
// database with its backup policies; a CDN domain with its HTTPS, TLS, HSTS configurations and
// log delivery, ...), compliant as written, with the violations each resource of it can be given:
// the mistakes a real estate has (retention left at 30 days, a public-read ACL, SSH open to
// 0.0.0.0/0, a CDN serving overseas). Each violation makes govguard report the resource it is
// applied to.
import { Instance, Json, ModuleNode, ResourceBlock } from "./plan-model";
import { Rng } from "./prng";
import * as t from "./templates";

/** Names and settings shared by the whole estate. */
export interface Estate {
  prefix: string;
  region: string;
  drRegion: string;
  zones: [string, string];
  account: string;
  adminCidr: string;
  /** The root log archive bucket every bucket's access log goes to. */
  logArchive: string;
  opsProject: string;
  flowStore: string;
  cdnStore: string;
}

export interface Violation {
  /** The position, within the unit's instances, of the instance that is made non-compliant. */
  instance: number;
  /** The block and the index in it of that instance. */
  block: ResourceBlock;
  index: number;
  apply(): void;
}

export interface Unit {
  /** The blocks to add, in code order. */
  blocks: ResourceBlock[];
  violations: Violation[];
}

export interface UnitContext {
  rng: Rng;
  estate: Estate;
  /** A number unique in the whole estate, for names. */
  serial: number;
  /** The application the unit belongs to ("app_3"), for names. */
  app: string;
  /** The legacy estate: a unit keeps each of its companions (public access block, bucket policy,
   * access logging, replication, flow log, backup policies, CDN configurations and log delivery)
   * only with this probability. Absent: every companion is kept (the bench's compliant-leaning estate). */
  companionRate?: number;
}

export type UnitKind = "storage" | "storage_important" | "logs" | "network" | "firewall" | "database" | "database_important" | "edge" | "iam" | "group";

/** Where a unit's code lives below its application module, and the resources it makes. */
export const UNIT_KINDS: Record<UnitKind, { module: string[]; size: number; weight: number }> = {
  storage: { module: ["storage"], size: 4, weight: 20 },
  storage_important: { module: ["storage"], size: 5, weight: 8 },
  logs: { module: ["logs"], size: 3, weight: 10 },
  network: { module: ["net"], size: 4, weight: 7 },
  firewall: { module: ["net", "firewall"], size: 4, weight: 15 },
  database: { module: ["db"], size: 2, weight: 8 },
  database_important: { module: ["db"], size: 3, weight: 4 },
  edge: { module: ["edge"], size: 5, weight: 12 },
  iam: { module: ["iam"], size: 8, weight: 12 },
  group: { module: ["iam"], size: 1, weight: 0 },
};

// --- blocks and instances --------------------------------------------------------------------

function instance(shape: t.Shape, index?: number | string): Instance {
  return { ...(index === undefined ? {} : { index }), action: "create", after: shape.after, afterUnknown: shape.unknown, afterSensitive: shape.sensitive };
}

function single(type: string, name: string, shape: t.Shape, set: string[], refs: Record<string, string[]> = {}): ResourceBlock {
  return { type, name, set, refs, instances: [instance(shape)] };
}

/** A block with count (numbered instances) or for_each (keyed instances). */
function repeated(
  type: string,
  name: string,
  shapes: [number | string, t.Shape][],
  set: string[],
  refs: Record<string, string[]>,
  repeat: { count: string[] } | { forEach: string[] },
): ResourceBlock {
  return {
    type,
    name,
    set,
    refs,
    ...("count" in repeat ? { count: { references: repeat.count } } : { forEach: { references: repeat.forEach } }),
    instances: shapes.map(([index, shape]) => instance(shape, index)),
  };
}

/** Sets a known value (no longer unknown), as if the code had set it. */
function setKnown(block: ResourceBlock, i: Instance, key: string, value: Json): void {
  i.after[key] = value;
  delete i.afterUnknown[key];
  delete i.afterSensitive[key];
  if (!block.set.includes(key) && !(key in block.refs)) block.set.push(key);
}

const ref = (type: string, name: string, attr: string): string[] => [`${type}.${name}.${attr}`, `${type}.${name}`];

/** Instances of the unit in order, to address violations by position. */
function violation(blocks: ResourceBlock[], block: ResourceBlock, index: number, apply: (i: Instance) => void): Violation {
  let position = 0;
  for (const b of blocks) {
    if (b === block) break;
    position += b.instances.length;
  }
  const target = block.instances[index];
  return { instance: position + index, block, index, apply: () => apply(target) };
}

// --- units -----------------------------------------------------------------------------------

const BUCKET_ROLES = ["docs", "uploads", "media", "exports", "forms", "reports", "letters", "archive"];

function storage(ctx: UnitContext, important: boolean): Unit {
  const { estate, serial, rng } = ctx;
  const role = rng.pick(BUCKET_ROLES);
  const name = `${role}_${serial}`;
  const bucketName = `${estate.prefix}-${ctx.app.replace("_", "")}-${role}-${serial}`;
  const classification = important ? rng.pick(["important", "core"]) : rng.pick(["internal", "sensitive", "public"]);
  const bucket = single(
    "alicloud_oss_bucket",
    name,
    t.ossBucket({ bucket: bucketName, classification, sse: important ? "KMS" : "AES256", versioning: important }),
    ["bucket", "redundancy_type", "server_side_encryption_rule", "tags", ...(important ? ["versioning"] : [])],
    important ? { "server_side_encryption_rule.kms_master_key_id": ["var.kms_key_id"] } : {},
  );
  const pab = single("alicloud_oss_bucket_public_access_block", name, t.ossPublicAccessBlock(bucketName), ["block_public_access"], {
    bucket: ref("alicloud_oss_bucket", name, "bucket"),
  });
  const policy = single("alicloud_oss_bucket_policy", name, t.ossBucketPolicy(bucketName, t.secureTransportPolicy(bucketName, `vpc-${estate.prefix}-${serial}`)), [], {
    bucket: ref("alicloud_oss_bucket", name, "bucket"),
    policy: ref("alicloud_oss_bucket", name, "bucket"),
  });
  const logging = single("alicloud_oss_bucket_logging", name, t.ossBucketLogging(bucketName, estate.logArchive, `${role}-${serial}/`), ["target_prefix"], {
    bucket: ref("alicloud_oss_bucket", name, "bucket"),
    target_bucket: ["var.log_archive_bucket"],
  });
  const blocks = [bucket, pab, policy, logging];
  const violations: Violation[] = [
    violation(blocks, bucket, 0, (i) => setKnown(bucket, i, "acl", "public-read")),
    violation(blocks, bucket, 0, (i) => setKnown(bucket, i, "redundancy_type", "LRS")),
    violation(blocks, bucket, 0, (i) => setKnown(bucket, i, "force_destroy", true)),
    violation(blocks, pab, 0, (i) => setKnown(pab, i, "block_public_access", false)),
    violation(blocks, policy, 0, (i) => {
      const doc = JSON.parse(i.after.policy as string) as { Statement: unknown[] };
      doc.Statement.push({ Effect: "Allow", Principal: ["*"], Action: ["oss:GetObject"], Resource: [`acs:oss:*:*:${bucketName}/*`] });
      i.after.policy = JSON.stringify(doc, null, 2) + "\n";
    }),
  ];
  if (important) {
    const replication = single(
      "alicloud_oss_bucket_replication",
      name,
      t.ossBucketReplication(bucketName, `${bucketName}-dr`, `oss-${estate.drRegion}`),
      ["action", "destination", "historical_object_replication"],
      { bucket: ref("alicloud_oss_bucket", name, "bucket"), "destination.bucket": ref("alicloud_oss_bucket", name, "bucket"), "destination.location": ["var.dr_region"] },
    );
    blocks.push(replication);
    violations.push(
      violation(blocks, replication, 0, (i) => {
        (i.after.destination as { location: string }[])[0].location = rng.pick(["oss-ap-southeast-1", "oss-cn-hongkong", "oss-eu-central-1"]);
      }),
    );
  }
  return { blocks, violations };
}

function logs(ctx: UnitContext): Unit {
  const { estate, serial, rng } = ctx;
  const name = `${rng.pick(["app", "service", "portal", "gateway"])}_${serial}`;
  const projectName = `${estate.prefix}-${ctx.app.replace("_", "")}-logs-${serial}`;
  const project = single("alicloud_log_project", name, t.logProject(projectName, "Application and access logs", "internal"), ["description", "project_name", "tags"]);
  const keys = ["access", "app"];
  const stores = repeated(
    "alicloud_log_store",
    name,
    keys.map((k) => [k, t.logStore(projectName, k, 365)]),
    ["encrypt_conf"],
    { logstore_name: ["each.key"], project_name: ref("alicloud_log_project", name, "project_name"), retention_period: ["each.value.retention", "each.value"] },
    { forEach: [`local.log_stores_${serial}`] },
  );
  const blocks = [project, stores];
  return {
    blocks,
    violations: [
      violation(blocks, project, 0, (i) => (i.after.tags = { owner: ctx.app })),
      ...keys.map((_, n) => violation(blocks, stores, n, (i) => (i.after.retention_period = 30))),
    ],
  };
}

function network(ctx: UnitContext): Unit {
  const { estate, serial } = ctx;
  const name = `vpc_${serial}`;
  const octet = serial % 250;
  const vpcName = `${estate.prefix}-${ctx.app.replace("_", "")}-${serial}`;
  const vpcBlock = single("alicloud_vpc", name, t.vpc(vpcName, `10.${octet}.0.0/16`), ["cidr_block", "tags", "vpc_name"]);
  const switches = repeated(
    "alicloud_vswitch",
    name,
    estate.zones.map((zone, n) => [n, t.vswitch(`${vpcName}-${zone.slice(-1)}`, `10.${octet}.${n + 1}.0/24`, zone)]),
    [],
    { cidr_block: ["alicloud_vpc." + name + ".cidr_block", "alicloud_vpc." + name, "count.index"], vpc_id: ref("alicloud_vpc", name, "id"), vswitch_name: ["count.index"], zone_id: ["var.zones", "count.index"] },
    { count: ["var.zones"] },
  );
  const flow = single("alicloud_vpc_flow_log", name, t.vpcFlowLog(vpcName, estate.opsProject, estate.flowStore), ["resource_type", "status", "traffic_type"], {
    flow_log_name: ref("alicloud_vpc", name, "vpc_name"),
    log_store_name: ["var.flow_log_store"],
    project_name: ["var.flow_log_project"],
    resource_id: ref("alicloud_vpc", name, "id"),
  });
  const blocks = [vpcBlock, switches, flow];
  return { blocks, violations: [violation(blocks, flow, 0, (i) => (i.after.traffic_type = "Drop"))] };
}

function firewall(ctx: UnitContext): Unit {
  const { serial, rng, estate } = ctx;
  const tier = rng.pick(["web", "app", "api", "batch"]);
  const name = `${tier}_${serial}`;
  const group = single("alicloud_security_group", name, t.securityGroup(`${ctx.app}-${tier}-${serial}`, `${tier} servers`), ["description", "inner_access_policy", "security_group_name", "tags"], {
    vpc_id: ["var.vpc_id"],
  });
  const rules: [string, t.Shape][] = [
    ["https", t.securityGroupRule("0.0.0.0/0", "tcp", "443/443", 1, "https")],
    ["ssh", t.securityGroupRule(estate.adminCidr, "tcp", "22/22", 1, "ssh")],
    ["app", t.securityGroupRule("10.0.0.0/8", "tcp", "8443/8443", 1, "app")],
  ];
  const ruleBlock = repeated("alicloud_security_group_rule", name, rules, ["ip_protocol", "policy", "priority", "type"], {
    cidr_ip: ["each.value.cidr", "each.value"],
    description: ["each.key"],
    port_range: ["each.value.ports", "each.value"],
    security_group_id: ref("alicloud_security_group", name, "id"),
  }, { forEach: [`local.ingress_${serial}`] });
  const blocks = [group, ruleBlock];
  return {
    blocks,
    violations: [
      violation(blocks, ruleBlock, 1, (i) => (i.after.cidr_ip = "0.0.0.0/0")),
      violation(blocks, ruleBlock, 2, (i) => (i.after.cidr_ip = "0.0.0.0/0")),
      violation(blocks, ruleBlock, 0, (i) => (i.after.port_range = "1/65535")),
    ],
  };
}

function database(ctx: UnitContext, important: boolean): Unit {
  const { estate, serial, rng } = ctx;
  const name = `${rng.pick(["citizen", "permits", "cases", "payments", "registry"])}_${serial}`;
  const db = single(
    "alicloud_db_instance",
    name,
    t.dbInstance({
      name: `${ctx.app}-${name}`.replace(/_/g, "-"),
      classification: important ? "important" : rng.pick(["internal", "sensitive"]),
      zone: estate.zones[0],
      standbyZone: estate.zones[1],
      allowList: ["10.0.0.0/8"],
      cmk: important,
    }),
    ["category", "deletion_protection", "engine", "engine_version", "instance_name", "instance_storage", "instance_type", "security_ips", "sql_collector_config_value",
      "sql_collector_status", "ssl_action", "tags", "tde_status", "zone_id", "zone_id_slave_a"],
    { vswitch_id: ["var.vswitch_id"], ...(important ? { encryption_key: ["var.kms_key_id"] } : {}) },
  );
  const backup = single("alicloud_db_backup_policy", name, t.dbBackupPolicy(rng.pick([7, 14, 30])), ["backup_retention_period", "preferred_backup_time"], {
    instance_id: ref("alicloud_db_instance", name, "id"),
  });
  const blocks = [db, backup];
  const violations: Violation[] = [
    violation(blocks, db, 0, (i) => {
      i.after.security_ips = ["0.0.0.0/0"];
    }),
    violation(blocks, db, 0, (i) => (i.after.ssl_action = "Close")),
    violation(blocks, db, 0, (i) => (i.after.deletion_protection = false)),
  ];
  if (important) {
    const cross = single("alicloud_rds_instance_cross_backup_policy", name, t.rdsCrossBackupPolicy(estate.drRegion), ["log_backup_enabled"], {
      cross_backup_region: ["var.dr_region"],
      instance_id: ref("alicloud_db_instance", name, "id"),
    });
    blocks.push(cross);
    violations.push(violation(blocks, cross, 0, (i) => (i.after.cross_backup_region = rng.pick(["ap-southeast-1", "cn-hongkong"]))));
  }
  return { blocks, violations };
}

function edge(ctx: UnitContext): Unit {
  const { estate, serial, rng } = ctx;
  const site = rng.pick(["www", "news", "open", "service", "data", "static"]);
  const name = `${site}_${serial}`;
  const domain = `${site}-${serial}.${estate.prefix.replace(/^gov-/, "")}.gov.cn`;
  const origin = `${estate.prefix}-${site}-${serial}.oss-${estate.region}.aliyuncs.com`;
  const domainBlock = single("alicloud_cdn_domain_new", name, t.cdnDomain(domain, String(11223344 + serial), origin, estate.region), ["cdn_type", "certificate_config", "domain_name", "scope", "sources", "tags"]);
  const byDomain = { domain_name: ref("alicloud_cdn_domain_new", name, "domain_name") };
  const force = single("alicloud_cdn_domain_config", `${name}_https_force`, t.cdnDomainConfig(domain, "https_force", [["enable", "on"], ["https_rewrite", "301"]]), ["function_args", "function_name"], byDomain);
  const tls = single("alicloud_cdn_domain_config", `${name}_tls`, t.cdnDomainConfig(domain, "https_tls_version", [["tls10", "off"], ["tls11", "off"], ["tls12", "on"], ["tls13", "on"]]), ["function_args", "function_name"], byDomain);
  const hsts = single("alicloud_cdn_domain_config", `${name}_hsts`, t.cdnDomainConfig(domain, "HSTS", [["enabled", "on"], ["https_hsts_max_age", "31536000"]]), ["function_args", "function_name"], byDomain);
  const delivery = single("alicloud_cdn_real_time_log_delivery", name, t.cdnRealTimeLogDelivery(domain, estate.opsProject, estate.cdnStore, estate.region), [], {
    domain: ref("alicloud_cdn_domain_new", name, "domain_name"),
    logstore: ["var.cdn_log_store"],
    project: ["var.cdn_log_project"],
    sls_region: ["var.region"],
  });
  const blocks = [domainBlock, force, tls, hsts, delivery];
  const arg = (i: Instance, n: number): { arg_value: string } => (i.after.function_args as { arg_value: string }[])[n];
  return {
    blocks,
    violations: [
      violation(blocks, domainBlock, 0, (i) => (i.after.scope = rng.pick(["overseas", "global"]))),
      violation(blocks, tls, 0, (i) => (arg(i, 1).arg_value = "on")),
      violation(blocks, hsts, 0, (i) => (arg(i, 1).arg_value = "86400")),
      violation(blocks, delivery, 0, (i) => (i.after.sls_region = "ap-southeast-1")),
    ],
  };
}

function iam(ctx: UnitContext): Unit {
  const { serial, rng } = ctx;
  const team = `${rng.pick(["ops", "dev", "audit", "support"])}_${serial}`;
  const users = [0, 1].map((n) => `${ctx.app.replace("_", "")}.${team.replace("_", "")}.${n}`);
  const userBlock = repeated("alicloud_ram_user", team, users.map((u, n) => [n, t.ramUser(u, `${team} operator ${n}`)]), [], {
    display_name: ["var.team_members", "count.index"],
    email: ["var.team_members", "count.index"],
    name: ["var.team_members", "count.index"],
  }, { count: ["var.team_members"] });
  const profiles = repeated("alicloud_ram_login_profile", team, users.map((u, n) => [n, t.ramLoginProfile(u)]), ["mfa_bind_required", "password", "password_reset_required"], {
    user_name: [`alicloud_ram_user.${team}`, "count.index"],
  }, { count: ["var.team_members"] });
  const groupName = `${ctx.app}-${team}`.replace(/_/g, "-");
  const group = single("alicloud_ram_group", team, t.ramGroup(groupName), ["group_name"]);
  const membership = single("alicloud_ram_group_membership", team, t.ramGroupMembership(groupName, users), [], {
    group_name: ref("alicloud_ram_group", team, "group_name"),
    user_names: [`alicloud_ram_user.${team}`],
  });
  const policyName = `${groupName}-read`;
  const policy = single("alicloud_ram_policy", team, t.ramPolicy(policyName, t.leastPrivilegeDocument(`gov-${ctx.app}`)), ["policy_name"], { policy_document: [] });
  const attachment = single("alicloud_ram_group_policy_attachment", team, t.ramGroupPolicyAttachment(groupName, policyName, "Custom"), ["policy_type"], {
    group_name: ref("alicloud_ram_group", team, "group_name"),
    policy_name: ref("alicloud_ram_policy", team, "policy_name"),
  });
  const blocks = [userBlock, profiles, group, membership, policy, attachment];
  return {
    blocks,
    violations: [
      violation(blocks, policy, 0, (i) => {
        i.after.policy_document = JSON.stringify({ Version: "1", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] }, null, 2) + "\n";
      }),
      violation(blocks, attachment, 0, (i) => {
        i.after.policy_name = "AdministratorAccess";
        i.after.policy_type = "System";
      }),
    ],
  };
}

/** One RAM group and nothing else: fills a stack to the exact number of resources asked for. */
function group(ctx: UnitContext): Unit {
  const name = `team_${ctx.serial}`;
  return { blocks: [single("alicloud_ram_group", name, t.ramGroup(`${ctx.app}-${name}`.replace(/_/g, "-")), ["group_name"])], violations: [] };
}

/** The resources a legacy estate mostly lacks: what makes a bucket, a network, a database or a
 * CDN domain compliant is a second resource, and a team's first-day estate has few of them. */
const COMPANIONS = new Set([
  "alicloud_oss_bucket_public_access_block",
  "alicloud_oss_bucket_policy",
  "alicloud_oss_bucket_logging",
  "alicloud_oss_bucket_replication",
  "alicloud_vpc_flow_log",
  "alicloud_db_backup_policy",
  "alicloud_rds_instance_cross_backup_policy",
  "alicloud_cdn_domain_config",
  "alicloud_cdn_real_time_log_delivery",
]);

/** The unit without the companions not drawn (each kept with `rate`), its violations re-addressed. */
function withoutCompanions(full: Unit, rng: Rng, rate: number): Unit {
  const blocks = full.blocks.filter((b) => !COMPANIONS.has(b.type) || rng.chance(rate));
  const violations = full.violations
    .filter((v) => blocks.includes(v.block))
    .map((v) => violation(blocks, v.block, v.index, () => v.apply()));
  return { blocks, violations };
}

export function buildUnit(kind: UnitKind, ctx: UnitContext): Unit {
  const full = buildFullUnit(kind, ctx);
  return ctx.companionRate === undefined ? full : withoutCompanions(full, ctx.rng, ctx.companionRate);
}

function buildFullUnit(kind: UnitKind, ctx: UnitContext): Unit {
  switch (kind) {
    case "storage":
      return storage(ctx, false);
    case "storage_important":
      return storage(ctx, true);
    case "logs":
      return logs(ctx);
    case "network":
      return network(ctx);
    case "firewall":
      return firewall(ctx);
    case "database":
      return database(ctx, false);
    case "database_important":
      return database(ctx, true);
    case "edge":
      return edge(ctx);
    case "iam":
      return iam(ctx);
    case "group":
      return group(ctx);
  }
}

/** Adds a unit's blocks to a module, the module's variables declared. */
export function place(module: ModuleNode, unit: Unit): void {
  for (const block of unit.blocks) {
    module.add(block);
    for (const refs of Object.values(block.refs)) for (const r of refs) if (r.startsWith("var.")) module.declare(r.split(".")[1]);
    for (const r of (block.count?.references ?? block.forEach?.references ?? []) as string[]) if (r.startsWith("var.")) module.declare(r.split(".")[1]);
  }
}
