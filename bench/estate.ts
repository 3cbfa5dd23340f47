// The shape of a generated estate: the platform resources a government account has once
// (provider configurations, the operation audit trail and its log store, the access-log archive,
// CloudMonitor alarms, the RAM password policy and security preference, a KMS key) in the root
// module, and applications `module.app_<n>`, each with its own key and nested modules
// (`module.app_3.module.storage`, `module.app_3.module.db`, `module.app_3.module.net.module.firewall`)
// holding the units of bench/units.ts.
import { Json, ModuleNode, ResourceBlock } from "./plan-model";
import { Estate } from "./units";
import * as t from "./templates";

export const ESTATE: Estate = {
  prefix: "gov-hz",
  region: "cn-hangzhou",
  drRegion: "cn-shanghai",
  zones: ["cn-hangzhou-h", "cn-hangzhou-i"],
  account: "1234567890123456",
  adminCidr: "10.20.0.0/16",
  logArchive: "gov-hz-access-logs",
  opsProject: "gov-hz-ops",
  flowStore: "vpc-flow",
  cdnStore: "cdn-access",
};

const TRAIL = "gov-hz-trail";

/** The root module's own values for its variables. */
export const ROOT_VARIABLES = {
  region: ESTATE.region,
  dr_region: ESTATE.drRegion,
  zones: ESTATE.zones,
  admin_cidr: ESTATE.adminCidr,
  log_retention_days: 365,
  account_id: ESTATE.account,
};

function block(type: string, name: string, shape: t.Shape, set: string[], refs: Record<string, string[]> = {}): ResourceBlock {
  return { type, name, set, refs, instances: [{ action: "create", after: shape.after, afterUnknown: shape.unknown, afterSensitive: shape.sensitive }] };
}

const refTo = (type: string, name: string, attr: string): string[] => [`${type}.${name}.${attr}`, `${type}.${name}`];

/** The platform resources of the root module (the stack-wide controls pass on them). */
export function platform(root: ModuleNode): void {
  const e = ESTATE;
  root.declare("region", { default: e.region, description: "Primary region of the estate" });
  root.declare("dr_region", { default: e.drRegion, description: "Disaster-recovery region (replicas, cross-region backups)" });
  root.declare("zones", { default: e.zones });
  root.declare("admin_cidr", { default: e.adminCidr, description: "Administration network" });
  root.declare("log_retention_days", { default: 365 });
  root.declare("account_id", {});
  root.add(block("alicloud_kms_key", "platform", t.kmsKey("gov estate platform key"), ["automatic_rotation", "deletion_protection", "description", "key_spec", "protection_level", "rotation_interval"]));
  root.add(block("alicloud_log_project", "ops", t.logProject(e.opsProject, "Audit, flow and CDN logs of the estate", "internal"), ["description", "project_name", "tags"]));
  const byProject = { project_name: refTo("alicloud_log_project", "ops", "project_name"), retention_period: ["var.log_retention_days"] };
  root.add(block("alicloud_log_store", "trail", t.logStore(e.opsProject, `actiontrail_${TRAIL}`, 365), ["encrypt_conf", "logstore_name"], byProject));
  root.add(block("alicloud_log_store", "flow", t.logStore(e.opsProject, e.flowStore, 365), ["encrypt_conf", "logstore_name"], byProject));
  root.add(block("alicloud_log_store", "cdn", t.logStore(e.opsProject, e.cdnStore, 365), ["encrypt_conf", "logstore_name"], byProject));
  root.add(block("alicloud_actiontrail_trail", "gov", t.actiontrailTrail(TRAIL, e.opsProject, e.region, e.account), ["event_rw", "status", "trail_name", "trail_region"], {
    sls_project_arn: ["var.region", "var.account_id", "alicloud_log_project.ops.project_name", "alicloud_log_project.ops"],
    sls_write_role_arn: ["var.account_id"],
  }));
  const archive = t.ossBucket({ bucket: e.logArchive, classification: "internal", sse: "AES256", versioning: true, expireDays: 400, logTo: { target: e.logArchive, prefix: "self/" } });
  root.add(block("alicloud_oss_bucket", "access_logs", archive, ["bucket", "lifecycle_rule", "logging", "redundancy_type", "server_side_encryption_rule", "tags", "versioning"]));
  const byBucket = { bucket: refTo("alicloud_oss_bucket", "access_logs", "bucket") };
  root.add(block("alicloud_oss_bucket_public_access_block", "access_logs", t.ossPublicAccessBlock(e.logArchive), ["block_public_access"], byBucket));
  root.add(block("alicloud_oss_bucket_policy", "access_logs", t.ossBucketPolicy(e.logArchive, t.secureTransportPolicy(e.logArchive, "vpc-bp1gov0hz0ops0001")), [], { ...byBucket, policy: byBucket.bucket }));
  root.add(block("alicloud_oss_bucket_worm", "access_logs", t.ossBucketWorm(e.logArchive, 365), ["retention_period_in_days", "status"], byBucket));
  root.add(block("alicloud_cms_alarm_contact_group", "ops", t.cmsAlarmContactGroup("gov-hz-ops"), ["alarm_contact_group_name", "contacts", "describe"]));
  root.add(block("alicloud_cms_alarm", "db_cpu", t.cmsAlarm("gov-hz-db-cpu", "gov-hz-ops"), ["escalations_critical", "metric", "name", "period", "project"], {
    contact_groups: refTo("alicloud_cms_alarm_contact_group", "ops", "alarm_contact_group_name"),
  }));
  root.add(block("alicloud_ram_account_password_policy", "account", t.ramPasswordPolicy(), ["max_login_attempts", "max_password_age", "minimum_password_length",
    "password_reuse_prevention", "require_lowercase_characters", "require_numbers", "require_symbols", "require_uppercase_characters"]));
  root.add(block("alicloud_ram_security_preference", "account", t.ramSecurityPreference(e.adminCidr), ["enable_save_mfa_ticket", "login_session_duration",
    "mfa_operation_for_login"], { login_network_masks: ["var.admin_cidr"] }));
}

/** How many resources platform() adds. */
export const PLATFORM_SIZE = 14;

/** Declares an application module with its key and what its nested modules are given. */
export function application(root: ModuleNode, name: string): ModuleNode {
  const app = root.call(name, "./modules/app", {
    name: { constant: name },
    log_archive_bucket: { refs: refTo("alicloud_oss_bucket", "access_logs", "bucket") },
    ops_project: { refs: refTo("alicloud_log_project", "ops", "project_name") },
    flow_log_store: { refs: refTo("alicloud_log_store", "flow", "logstore_name") },
    cdn_log_store: { refs: refTo("alicloud_log_store", "cdn", "logstore_name") },
    dr_region: { refs: ["var.dr_region"] },
    zones: { refs: ["var.zones"] },
    vpc_id: { constant: `vpc-bp1${name.replace("_", "")}0shared0001` },
    vswitch_id: { constant: `vsw-bp1${name.replace("_", "")}0data00001` },
  });
  for (const v of ["name", "log_archive_bucket", "ops_project", "flow_log_store", "cdn_log_store", "dr_region", "zones", "vpc_id", "vswitch_id"]) app.declare(v);
  app.add(block("alicloud_kms_key", "data", t.kmsKey(`${name} data key`), ["automatic_rotation", "deletion_protection", "description", "key_spec", "protection_level", "rotation_interval"]));
  return app;
}

/** What each nested module of an application is given, from the application's own values. */
const NESTED_ARGS: Record<string, Record<string, { refs: string[] } | { constant: Json }>> = {
  storage: { kms_key_id: { refs: refTo("alicloud_kms_key", "data", "id") }, log_archive_bucket: { refs: ["var.log_archive_bucket"] }, dr_region: { refs: ["var.dr_region"] } },
  logs: {},
  net: { zones: { refs: ["var.zones"] }, vpc_id: { refs: ["var.vpc_id"] }, flow_log_project: { refs: ["var.ops_project"] }, flow_log_store: { refs: ["var.flow_log_store"] } },
  firewall: { vpc_id: { refs: ["var.vpc_id"] } },
  db: { kms_key_id: { refs: refTo("alicloud_kms_key", "data", "id") }, vswitch_id: { refs: ["var.vswitch_id"] }, dr_region: { refs: ["var.dr_region"] } },
  edge: { cdn_log_project: { refs: ["var.ops_project"] }, cdn_log_store: { refs: ["var.cdn_log_store"] }, region: { constant: ESTATE.region } },
  iam: { team_members: { constant: ["operator-a", "operator-b"] } },
};

/** The nested module at `path` below an application, declared on first use. */
export function nested(app: ModuleNode, path: string[]): ModuleNode {
  let module = app;
  for (const name of path) {
    const args = NESTED_ARGS[name] ?? {};
    const child = module.call(name, `./modules/${name}`, args);
    for (const [arg, spec] of Object.entries(args)) {
      child.declare(arg);
      if ("refs" in spec) for (const r of spec.refs) if (r.startsWith("var.")) module.declare(r.slice(4));
    }
    module = child;
  }
  return module;
}
