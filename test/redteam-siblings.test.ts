// Red team (issue 12, after a41e815): plans where a resource naming a hub is judged by another
// resource naming the same hub (a sibling), or by what such a resource refers to in its own
// module, and log stores whose project is read through alternatives. Each, in parts of 1, 2 and 3
// resources, must give exactly the report of one pass.
import { PolicyEvaluator } from "../src/engine/policy";
import { joinsOf } from "../src/engine/partition";
import { readBundle } from "../src/engine/bundle";
import { jsonDocument } from "../src/inputs/discover";
import { bucket, expectOnePassInParts, planOf as planWith, PlanSpec } from "./partition-support";

type Spec = PlanSpec;

const PROVIDER = "registry.terraform.io/aliyun/alicloud";
// A second region for destinations set by reference (A26.1).
const planOf = (specs: Spec[]): Record<string, unknown> =>
  planWith(specs, { "alicloud.sh": { name: "alicloud", full_name: PROVIDER, alias: "sh", expressions: { region: { constant_value: "cn-shanghai" } } } });

const httpsOnly = (name: string): string =>
  JSON.stringify({ Version: "1", Statement: [{ Effect: "Deny", Principal: ["*"], Action: ["oss:*"], Resource: [`acs:oss:*:*:${name}`, `acs:oss:*:*:${name}/*`], Condition: { Bool: { "acs:SecureTransport": ["false"] } } }] });

const DOMAIN = "www.hub.gov.cn";
const cdnDomain: Spec = { module: "cdn", type: "alicloud_cdn_domain_new", name: "www", after: { domain_name: DOMAIN, scope: "domestic", sources: [{ type: "domain", content: "origin.hub.gov.cn", port: 443 }] } };
const cdnConfig = (module: string, fn: string, args: [string, string][], extra: Partial<Spec> = {}): Spec => ({
  module,
  type: "alicloud_cdn_domain_config",
  name: "c",
  after: { domain_name: DOMAIN, function_name: fn, function_args: args.map(([arg_name, arg_value]) => ({ arg_name, arg_value })) },
  ...extra,
});
const goodTls: [string, string][] = [["tls10", "off"], ["tls11", "off"], ["tls12", "on"]];
const goodHsts: [string, string][] = [["enabled", "on"], ["https_hsts_max_age", "31536000"]];

const cases: Record<string, Spec[]> = {
  // A29.2: a https_force config that is off is reported only when no other https_force config of its domain is on.
  "A29.2: a hub domain's https_force off in one module, on in another": [
    cdnDomain,
    cdnConfig("m1", "https_force", [["enable", "on"]]),
    cdnConfig("m2", "https_force", [["enable", "off"]]),
    cdnConfig("m3", "https_tls_version", goodTls),
    cdnConfig("m4", "HSTS", goodHsts),
  ],
  // A29.2/3/4: a config whose function is unknown is reported only when no sibling settles the domain.
  "A29.2-4: a hub domain's config of unknown function, the domain settled by siblings in other modules": [
    cdnDomain,
    cdnConfig("m1", "https_force", [["enable", "on"]]),
    cdnConfig("m2", "", [["enable", "on"]], { unknown: ["function_name"] }),
    cdnConfig("m3", "https_tls_version", goodTls),
    cdnConfig("m4", "HSTS", goodHsts),
  ],
  // A29.3: TLS 1.0 left on is reported only when no other TLS config of the domain is modern.
  "A29.3: a hub domain's TLS config leaving TLS 1.0 on, a modern one in another module": [
    cdnDomain,
    cdnConfig("m1", "https_force", [["enable", "on"]]),
    cdnConfig("m2", "https_tls_version", [["tls10", "on"], ["tls11", "off"], ["tls12", "on"]]),
    cdnConfig("m3", "https_tls_version", goodTls),
    cdnConfig("m4", "HSTS", goodHsts),
  ],
  // A29.4: the same for HSTS.
  "A29.4: a hub domain's short HSTS in one module, a year in another": [
    cdnDomain,
    cdnConfig("m1", "https_force", [["enable", "on"]]),
    cdnConfig("m2", "HSTS", [["enabled", "on"], ["https_hsts_max_age", "60"]]),
    cdnConfig("m3", "https_tls_version", goodTls),
    cdnConfig("m4", "HSTS", goodHsts),
  ],
  // A25.2: the hub policy is a vendor's only through an attachment whose principal is a reference
  // to a user of the attachment's module: the part owning the policy holds the attachment, not the user.
  "A25.2: a hub RAM policy attached to a vendor whose user is a reference in the attachment's module": [
    { module: "iam", type: "alicloud_ram_policy", name: "wide", after: { policy_name: "HubWide", policy_document: JSON.stringify({ Version: "1", Statement: [{ Effect: "Allow", Action: ["*"], Resource: ["*"] }] }) } },
    { module: "g1", type: "alicloud_ram_user", name: "vendor", after: { name: "vendor-x" } },
    { module: "g1", type: "alicloud_ram_user_policy_attachment", name: "a", after: { policy_name: "HubWide", policy_type: "Custom" }, refs: { user_name: ["alicloud_ram_user.vendor.name", "alicloud_ram_user.vendor"] }, unknown: ["user_name"] },
    ...[2, 3, 4].map((n): Spec => ({ module: `g${n}`, type: "alicloud_ram_role_policy_attachment", name: "a", after: { policy_name: "HubWide", policy_type: "Custom", role_name: `staff-${n}` } })),
  ],
  // A26.1 / A20.6: the hub bucket replicates elsewhere through a replication (naming it literally)
  // whose destination region comes from a bucket of the replication's module, by reference.
  "A26.1/A20.6: a hub archive bucket replicated by a child whose destination is a reference in its module": [
    bucket("hub", "hub-archive", { tags: { "data-classification": "important", "log-archive": "true" } }),
    { ...bucket("r", "hub-archive-dr"), name: "dest", provider: "alicloud.sh" },
    {
      module: "r",
      type: "alicloud_oss_bucket_replication",
      name: "rep",
      after: { bucket: "hub-archive", action: "ALL", destination: [{ bucket: "hub-archive-dr" }] },
      refs: { destination: ["alicloud_oss_bucket.dest.location", "alicloud_oss_bucket.dest"] },
      afterUnknown: { destination: [{ location: true }] },
    },
    ...[1, 2, 3].map((n): Spec => ({ module: `app${n}`, type: "alicloud_oss_bucket_logging", name: "l", after: { bucket: `app-${n}`, target_bucket: "hub-archive", target_prefix: `a${n}/` } })),
  ],
  // Alternatives: project_name written but marked unknown (after_unknown wins in lib/fields), the
  // deprecated project names another project: lib/sls keys the store by project, the graph by project_name.
  "A20.8: a log store whose project_name is in after but unknown, its project another name; flow logs in other modules": [
    { module: "logs", type: "alicloud_log_store", name: "flow", after: { project_name: "decoy", project: "real-flow", logstore_name: "flow", retention_period: 400 }, unknown: ["project_name"] },
    ...[1, 2].flatMap((n): Spec[] => [
      { module: `v${n}`, type: "alicloud_vpc", name: "main", after: { vpc_name: `v${n}`, cidr_block: `10.${n}.0.0/16` } },
      { module: `v${n}`, type: "alicloud_vpc_flow_log", name: "main", after: { resource_type: "VPC", traffic_type: "All", status: "Active", project_name: "real-flow", log_store_name: "flow" }, refs: { resource_id: ["alicloud_vpc.main.id", "alicloud_vpc.main"] } },
    ]),
  ],
  "A20.8: a log store with project_name and project naming different projects; flow logs name each": [
    { module: "logs", type: "alicloud_log_store", name: "flow", after: { project_name: "first", project: "second", logstore_name: "flow", retention_period: 400 } },
    ...[1, 2].flatMap((n): Spec[] => [
      { module: `v${n}`, type: "alicloud_vpc", name: "main", after: { vpc_name: `v${n}`, cidr_block: `10.${n}.0.0/16` } },
      { module: `v${n}`, type: "alicloud_vpc_flow_log", name: "main", after: { resource_type: "VPC", traffic_type: "All", status: "Active", project_name: n === 1 ? "first" : "second", log_store_name: "flow" }, refs: { resource_id: ["alicloud_vpc.main.id", "alicloud_vpc.main"] } },
    ]),
  ],
  "A20.8: logstore_name unknown, deprecated name set: the flow log names the deprecated name": [
    { module: "logs", type: "alicloud_log_store", name: "flow", after: { project_name: "p", name: "legacy", retention_period: 400 }, unknown: ["logstore_name"] },
    { module: "v1", type: "alicloud_vpc", name: "main", after: { vpc_name: "v1", cidr_block: "10.1.0.0/16" } },
    { module: "v1", type: "alicloud_vpc_flow_log", name: "main", after: { resource_type: "VPC", traffic_type: "All", status: "Active", project_name: "p", log_store_name: "legacy" }, refs: { resource_id: ["alicloud_vpc.main.id", "alicloud_vpc.main"] } },
  ],
  // Review of 44c1643: lib/fields reads a value as unknown only where after_unknown flags that
  // attribute itself; a flag on the whole change, or on a block as a whole, leaves it known.
  "A20.6: a log archive named by a logging whose whole after_unknown is true": [
    bucket("a", "logs-a"),
    { module: "b", type: "alicloud_oss_bucket_logging", name: "l", after: { bucket: "src-b", target_bucket: "logs-a", target_prefix: "b/" }, wholeUnknown: true },
    bucket("b", "src-b"),
  ],
  "A20.6: a log archive named by inline logging whose block is flagged unknown as a whole": [
    bucket("a", "logs-c"),
    bucket("b", "src-c", { logging: [{ target_bucket: "logs-c", target_prefix: "b/" }] }),
    { module: "b2", type: "alicloud_oss_bucket", name: "src_d", after: { bucket: "src-d", tags: { "data-classification": "internal" }, redundancy_type: "ZRS", logging: [{ target_bucket: "logs-c", target_prefix: "d/" }] }, afterUnknown: { logging: true } },
    { module: "b3", type: "alicloud_oss_bucket", name: "src_e", after: { bucket: "src-e", tags: { "data-classification": "internal" }, redundancy_type: "ZRS", logging: [{ target_bucket: "logs-c", target_prefix: "e/" }] }, afterUnknown: { logging: [true] } },
  ],
  // Hostile names through the join keys, the unknown flags and the sensitive flags.
  "object-internal names: a log archive and its project named __proto__ and constructor, flags keyed __proto__": [
    bucket("a", "__proto__"),
    ...[1, 2, 3, 4].map((n): Spec => ({ module: `l${n}`, type: "alicloud_oss_bucket_logging", name: "l", after: { bucket: `src-${n}`, target_bucket: "__proto__", target_prefix: "x/" }, afterUnknown: JSON.parse('{"__proto__": true}') as Record<string, unknown> })),
    { module: "logs", type: "alicloud_log_store", name: "s", after: { project_name: "constructor", logstore_name: "__proto__", retention_period: 7, ...(JSON.parse('{"__proto__": "Zeta\\u001b[31m`x`\\r\\"q"}') as Record<string, unknown>) }, sensitive: JSON.parse('{"__proto__": true}') as Record<string, unknown> },
    ...[1, 2, 3, 4].map((n): Spec => ({ module: `f${n}`, type: "alicloud_vpc_flow_log", name: "f", after: { resource_type: "VPC", traffic_type: "All", status: "Active", project_name: "constructor", log_store_name: "__proto__" } })),
  ],
  // A29.6 control: the declared sibling type, with the hub named in more than three modules.
  "A29.6 (declared): a hub bucket's unknown policy, another policy refusing HTTP": [
    bucket("a", "hub-pol"),
    { module: "p1", type: "alicloud_oss_bucket_policy", name: "p", after: { bucket: "hub-pol" }, unknown: ["policy"] },
    { module: "p2", type: "alicloud_oss_bucket_policy", name: "p", after: { bucket: "hub-pol", policy: httpsOnly("hub-pol") } },
    { module: "p3", type: "alicloud_oss_bucket_acl", name: "a", after: { bucket: "hub-pol", acl: "private" } },
    { module: "p4", type: "alicloud_oss_bucket_versioning", name: "v", after: { bucket: "hub-pol", status: "Enabled" } },
  ],
};

const bystander: Spec = { module: "bystander", type: "alicloud_vpc", name: "lone", after: { vpc_name: "lone", cidr_block: "10.9.0.0/16" } };

const bundle = readBundle();
const evaluator = new PolicyEvaluator(bundle, { govguard_today: "2026-12-05", govguard_config: { identity: { vendor_principals: ["vendor-x"] } } });
const joins = joinsOf(evaluator);

describe.each(Object.entries(cases))("%s", (_, specs) => {
  const doc = jsonDocument("redteam.json", planOf([...specs, bystander]), undefined, { attributes: bundle.attributes });
  test.each([1, 2, 3])("in parts of %d resources, exactly the report of one pass", (size) => expectOnePassInParts(evaluator, joins, doc, size));
});
