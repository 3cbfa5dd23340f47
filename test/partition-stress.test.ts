// Plans built to attack the partitioner's joins: related resources split across modules, related by
// literal name (a bucket and its public access block, a log store's project, a CDN domain's
// configs, RAM policies and their attachments, a flow log's log store), by module outputs passed to
// other modules, through hubs (a trail, alarms, the account's RAM settings, an archive bucket every
// application logs to) and through values marked sensitive elsewhere in the plan. Each, split into
// parts of one resource (GOVGUARD_PART_RESOURCES=1), must give exactly the report of one pass; and
// each case shows that it can fail: a split by top-level module (the root module copied into every
// part) without the policy's join declarations and hubs gets it wrong.
import { PolicyEvaluator } from "../src/engine/policy";
import { evaluatePartsSync, joinsOf, JoinDeclarations, mergeReports, partition } from "../src/engine/partition";
import { readBundle } from "../src/engine/bundle";
import { jsonDocument } from "../src/inputs/discover";
import { bucket, differences, expectOnePassInParts, naiveParts, planOf, PlanSpec, tags, withPartSize } from "./partition-support";

type Spec = PlanSpec;


// Every case names the findings one pass gives that a split without joins gets wrong.
const cases: Record<string, Spec[]> = {
  "a bucket in module a, its public access block naming it literally in module b": [
    bucket("a", "shared-data"),
    { module: "b", type: "alicloud_oss_bucket_public_access_block", name: "pab", after: { bucket: "shared-data", block_public_access: true } },
    { module: "c", type: "alicloud_oss_bucket_acl", name: "acl", after: { bucket: "shared-data", acl: "private" } },
  ],
  "a module output passed to another module: the bucket's name arrives by value": [
    bucket("storage", "app-files"),
    { module: "policy", type: "alicloud_oss_bucket_public_access_block", name: "pab", after: { bucket: "app-files", block_public_access: true }, refs: { bucket: ["var.bucket"] }, args: { bucket: ["module.storage.bucket_name", "module.storage"] } },
    { module: "policy", type: "alicloud_oss_bucket_server_side_encryption", name: "sse", after: { bucket: "app-files", sse_algorithm: "KMS" }, refs: { bucket: ["var.bucket"] } },
  ],
  "a log store whose project is named in another module": [
    { module: "logs", type: "alicloud_log_project", name: "p", after: { project_name: "apps-logs", tags } },
    { module: "app", type: "alicloud_log_store", name: "s", after: { project_name: "apps-logs", logstore_name: "access", retention_period: 30 } },
    { module: "app2", type: "alicloud_log_store", name: "s", after: { project: "apps-logs", name: "audit", retention_period: 400 } },
  ],
  "a CDN domain and its HTTPS configurations, by domain name, in three modules": [
    { module: "cdn", type: "alicloud_cdn_domain_new", name: "www", after: { domain_name: "www.example.gov.cn", scope: "domestic", sources: [{ type: "domain", content: "origin.example.gov.cn", port: 443 }] } },
    {
      module: "https",
      type: "alicloud_cdn_domain_config",
      name: "force",
      after: { domain_name: "www.example.gov.cn", function_name: "https_force", function_args: [{ arg_name: "enable", arg_value: "on" }] },
    },
    {
      module: "tls",
      type: "alicloud_cdn_domain_config",
      name: "tls",
      after: { domain_name: "www.example.gov.cn", function_name: "https_tls_version", function_args: [{ arg_name: "tls10", arg_value: "off" }, { arg_name: "tls11", arg_value: "off" }, { arg_name: "tls12", arg_value: "on" }] },
    },
    { module: "logs", type: "alicloud_cdn_real_time_log_delivery", name: "rt", after: { domain: "www.example.gov.cn", logstore: "cdn", project: "cdn-logs", sls_region: "cn-hangzhou" } },
  ],
  "RAM policies, principals and attachments by name across modules": [
    { module: "iam", type: "alicloud_ram_policy", name: "admin", after: { policy_name: "AppAdmin", policy_document: JSON.stringify({ Version: "1", Statement: [{ Effect: "Allow", Action: ["*"], Resource: ["*"] }] }) } },
    { module: "people", type: "alicloud_ram_user", name: "bob", after: { name: "bob" } },
    { module: "grants", type: "alicloud_ram_user_policy_attachment", name: "bob_admin", after: { policy_name: "AppAdmin", policy_type: "Custom", user_name: "bob" } },
    // A custom policy that happens to be named AdministratorAccess: the attachment is to it, not to the system policy.
    { module: "iam2", type: "alicloud_ram_policy", name: "named_admin", after: { policy_name: "AdministratorAccess", policy_document: JSON.stringify({ Version: "1", Statement: [{ Effect: "Allow", Action: ["oss:GetObject"], Resource: ["*"] }] }) } },
    { module: "grants3", type: "alicloud_ram_user_policy_attachment", name: "eve_admin", after: { policy_name: "AdministratorAccess", user_name: "eve" }, unknown: ["policy_type"] },
    { module: "roles", type: "alicloud_ram_role", name: "ops", after: { role_name: "ops" } },
    { module: "grants2", type: "alicloud_ram_role_policy_attachment", name: "ops_admin", after: { policy_name: "AppAdmin", policy_type: "Custom", role_name: "ops" } },
  ],
  "a VPC's flow log and the log store it writes to, by project and store name": [
    { module: "net", type: "alicloud_vpc", name: "vpc", after: { vpc_name: "main", cidr_block: "10.0.0.0/16" } },
    { module: "net", type: "alicloud_vpc_flow_log", name: "fl", after: { resource_type: "VPC", traffic_type: "All", status: "Active", project_name: "flows", log_store_name: "vpc" }, refs: { resource_id: ["alicloud_vpc.vpc.id", "alicloud_vpc.vpc"] } },
    { module: "logs", type: "alicloud_log_project", name: "flows", after: { project_name: "flows", tags } },
    { module: "logs", type: "alicloud_log_store", name: "vpc", after: { project_name: "flows", logstore_name: "vpc", retention_period: 400 } },
  ],
  "security group rules and their group in other modules": [
    { module: "sg", type: "alicloud_security_group", name: "web", after: { security_group_name: "web" } },
    { module: "rules", type: "alicloud_security_group_rule", name: "ssh", after: { type: "ingress", ip_protocol: "tcp", port_range: "22/22", cidr_ip: "0.0.0.0/0", policy: "accept" }, unknown: ["security_group_id"] },
    { module: "rules2", type: "alicloud_security_group_rule", name: "https", after: { type: "ingress", ip_protocol: "tcp", port_range: "443/443", cidr_ip: "0.0.0.0/0", policy: "accept" }, unknown: ["security_group_id"] },
  ],
  "hubs: a trail, its bucket and log project, alarms and the account's RAM settings, in modules of their own": [
    { module: "audit", type: "alicloud_actiontrail_trail", name: "t", after: { trail_name: "all", status: "Enable", event_rw: "All", trail_region: "All", sls_project_arn: "acs:log:cn-hangzhou:1234567890:project/audit", oss_bucket_name: "audit-archive" } },
    { module: "auditlogs", type: "alicloud_log_project", name: "audit", after: { project_name: "audit", tags } },
    { module: "app1", type: "alicloud_log_store", name: "trail", after: { project_name: "audit", logstore_name: "trail", retention_period: 30 } },
    { module: "app2", type: "alicloud_log_store", name: "trail2", after: { project_name: "audit", logstore_name: "trail2", retention_period: 400 } },
    bucket("archive", "audit-archive", { lifecycle_rule: [{ enabled: true, expiration: [{ days: 30 }] }] }),
    { module: "monitor", type: "alicloud_cms_alarm", name: "cpu", after: { name: "cpu", contact_groups: ["oncall"] } },
    { module: "people", type: "alicloud_ram_login_profile", name: "bob", after: { user_name: "bob", mfa_bind_required: false }, sensitive: { password: true } },
    { module: "account", type: "alicloud_ram_security_preference", name: "pref", after: { enforce_mfa_for_login: false, login_network_masks: "0.0.0.0/0" } },
    { module: "account2", type: "alicloud_ram_account_password_policy", name: "pw", after: { minimum_password_length: 8 } },
    { module: "app3", type: "alicloud_vpc", name: "v", after: { vpc_name: "v", cidr_block: "10.1.0.0/16" } },
  ],
  "a trail delivering to a bucket of another module that keeps its logs": [
    { module: "audit", type: "alicloud_actiontrail_trail", name: "t", after: { trail_name: "all", status: "Enable", event_rw: "All", trail_region: "All", oss_bucket_name: "trail-archive" } },
    bucket("archive", "trail-archive"),
  ],
  "a trail delivering to a log project of another module (by ARN) whose stores, in two more modules, keep a year": [
    { module: "audit", type: "alicloud_actiontrail_trail", name: "t", after: { trail_name: "all", status: "Enable", event_rw: "All", trail_region: "All", sls_project_arn: "acs:log:cn-hangzhou:1234567890:project/trail-logs" } },
    { module: "logs", type: "alicloud_log_project", name: "p", after: { project_name: "trail-logs", tags } },
    { module: "store1", type: "alicloud_log_store", name: "s", after: { project_name: "trail-logs", logstore_name: "one", retention_period: 400 } },
    { module: "store2", type: "alicloud_log_store", name: "s", after: { project_name: "trail-logs", logstore_name: "two", retention_period: 365 } },
  ],
  "inline access logging to a bucket of another module, which then is a log archive": [
    bucket("app", "app-site", { logging: [{ target_bucket: "central-logs", target_prefix: "app/" }] }),
    bucket("central", "central-logs", { lifecycle_rule: [{ enabled: true, expiration: [{ days: 30 }] }] }),
  ],
  "an archive bucket every application logs to, and an account-wide public access block": [
    bucket("platform", "logs-archive", { tags: { ...tags, "log-archive": "true" } }),
    { module: "platform", type: "alicloud_oss_account_public_access_block", name: "acct", after: { block_public_access: true } },
    ...[1, 2, 3, 4, 5].flatMap((n): Spec[] => [
      bucket(`app${n}`, `app-${n}-files`),
      { module: `app${n}`, type: "alicloud_oss_bucket_logging", name: "log", after: { bucket: `app-${n}-files`, target_bucket: "logs-archive", target_prefix: `app${n}/` } },
    ]),
    bucket("app6", "app-6-inline", { logging: [{ target_bucket: "logs-archive", target_prefix: "app6/" }] }),
  ],
  "a value marked sensitive in one module, printed by a finding on another": [
    { module: "secrets", type: "alicloud_ram_user", name: "svc", after: { name: "svc", comments: "Zeta-Classified" }, sensitive: { comments: true } },
    bucket("data", "tagged-data", { tags: { "data-classification": "Zeta-Classified" } }),
  ],
  "one name on buckets of two modules (a broken plan): the first is the one named": [
    bucket("one", "twin"),
    bucket("two", "twin", { tags: { "data-classification": "bogus" } }),
    { module: "three", type: "alicloud_oss_bucket_public_access_block", name: "pab", after: { bucket: "twin", block_public_access: true } },
  ],
  "a log project shared by more applications than HUB_GROUPS, each store in its own module": [
    { module: "shared", type: "alicloud_log_project", name: "p", after: { project_name: "shared-logs", tags } },
    ...[1, 2, 3, 4, 5, 6].map((n): Spec => ({ module: `svc${n}`, type: "alicloud_log_store", name: "s", after: { project_name: "shared-logs", logstore_name: `svc${n}`, retention_period: n % 2 === 0 ? 400 : 7 } })),
    { module: "audit", type: "alicloud_actiontrail_trail", name: "t", after: { trail_name: "all", status: "Enable", event_rw: "All", trail_region: "All", sls_project_arn: "acs:log:cn-hangzhou:1234567890:project/shared-logs" } },
  ],
  "root resources related by reference only (the bucket's name is known after apply)": [
    { type: "alicloud_oss_bucket", name: "root", after: { tags, redundancy_type: "ZRS" }, unknown: ["bucket"] },
    { type: "alicloud_oss_bucket_public_access_block", name: "root", after: { block_public_access: true }, refs: { bucket: ["alicloud_oss_bucket.root.bucket", "alicloud_oss_bucket.root"] }, unknown: ["bucket"] },
    { module: "other", type: "alicloud_vpc", name: "v", after: { vpc_name: "v", cidr_block: "10.2.0.0/16" } },
  ],
};

// Cases only a join or hub the policy declares gets right (a split by module without them fails).
// (A log store names its project literally, so no control needs the project's resource for it.)
const needsJoins = new Set(Object.keys(cases).filter((name) => !/^(security group|root resources|a log store whose)/.test(name)));

// A resource related to nothing, so that every case has more than one group to split.
const bystander: Spec = { module: "bystander", type: "alicloud_vpc", name: "lone", after: { vpc_name: "lone", cidr_block: "10.9.0.0/16" } };

const bundle = readBundle();
const waivers = [
  { control: "A22.1", resource: "module.a.*", reason: "migration in GOV-1", owner: "ops@example.gov.cn", expires: "2099-01-01" },
  { control: "A21.1", resource: "module.*.alicloud_oss_bucket.*", reason: "tags in GOV-2", owner: "ops@example.gov.cn", expires: "2099-01-01" },
  { control: "A20.2", resource: "module.audit.*", reason: "trail in GOV-3", owner: "ops@example.gov.cn", expires: "2020-01-01" },
];
const evaluator = new PolicyEvaluator(bundle, { govguard_today: "2026-12-05", govguard_waivers: waivers });
const joins = joinsOf(evaluator);

const waived = new Set<string>();

describe.each(Object.entries(cases))("%s", (name, specs) => {
  const doc = jsonDocument("stress.json", planOf([...specs, bystander]), undefined, { attributes: bundle.attributes });
  const single = evaluator.evaluate(doc.content);

  test("in parts of one resource, exactly the report of one pass", () => {
    expect(single.errors).toEqual([]);
    if (single.waivers_used.length > 0) waived.add(name);
    expect(withPartSize(1, () => partition(doc, joins)).length).toBeGreaterThan(1);
    expect(differences(single, withPartSize(1, () => evaluatePartsSync(evaluator, doc, joins)))).toEqual({ missing: [], extra: [], rest: [] });
  });

  if (needsJoins.has(name)) {
    test("a split by module without the policy's joins and hubs gets it wrong", () => {
      const parts = naiveParts(doc.content);
      const naive = differences(single, mergeReports(doc, parts, parts.map((p) => evaluator.evaluate(p.content))));
      expect(naive.missing.length + naive.extra.length).toBeGreaterThan(0);
    });
  }
});

// Holes a red team found (issue 12, R-report items 1-5): each was red before the fix.
const holes: Record<string, Spec[]> = {
  "a trail's log project in another module, its short-lived store pointing at the project by reference": [
    { module: "audit", type: "alicloud_actiontrail_trail", name: "t", after: { trail_name: "all", status: "Enable", event_rw: "All", trail_region: "All", sls_project_arn: "acs:log:cn-hangzhou:1234567890:project/hole-logs" } },
    { module: "logs", type: "alicloud_log_project", name: "p", after: { project_name: "hole-logs", tags } },
    { module: "logs", type: "alicloud_log_store", name: "literal", after: { project_name: "hole-logs", logstore_name: "actiontrail_all", retention_period: 365 } },
    { module: "logs", type: "alicloud_log_store", name: "s", after: { logstore_name: "short", retention_period: 30 }, refs: { project_name: ["alicloud_log_project.p.id", "alicloud_log_project.p"] }, unknown: ["project_name"] },
  ],
  "flow logs of four modules writing to a store whose project is a reference": [
    { module: "logs", type: "alicloud_log_project", name: "p", after: { project_name: "hole-flow", tags } },
    { module: "logs", type: "alicloud_log_store", name: "flow", after: { logstore_name: "flow", retention_period: 365 }, refs: { project_name: ["alicloud_log_project.p.id", "alicloud_log_project.p"] }, unknown: ["project_name"] },
    ...[1, 2, 3, 4].flatMap((n): Spec[] => [
      { module: `v${n}`, type: "alicloud_vpc", name: "main", after: { vpc_name: `v${n}`, cidr_block: `10.${n}.0.0/16` } },
      { module: `v${n}`, type: "alicloud_vpc_flow_log", name: "main", after: { resource_type: "VPC", traffic_type: "All", status: "Active", project_name: "hole-flow", log_store_name: "flow" }, refs: { resource_id: ["alicloud_vpc.main.id", "alicloud_vpc.main"] } },
    ]),
  ],
  "a bucket named in more than three modules, one policy unknown, another refusing HTTP": [
    bucket("a", "hole-many"),
    { module: "c", type: "alicloud_oss_bucket_public_access_block", name: "pab", after: { bucket: "hole-many", block_public_access: true } },
    { module: "p1", type: "alicloud_oss_bucket_policy", name: "p", after: { bucket: "hole-many" }, unknown: ["policy"] },
    {
      module: "p2",
      type: "alicloud_oss_bucket_policy",
      name: "p",
      after: {
        bucket: "hole-many",
        policy: JSON.stringify({ Version: "1", Statement: [{ Effect: "Deny", Principal: ["*"], Action: ["oss:*"], Resource: ["acs:oss:*:*:hole-many", "acs:oss:*:*:hole-many/*"], Condition: { Bool: { "acs:SecureTransport": ["false"] } } }] }),
      },
    },
    { module: "e", type: "alicloud_oss_bucket_versioning", name: "v", after: { bucket: "hole-many", status: "Enabled" } },
  ],
};

// Found by a red team on 2026-12-05: with the preference's MFA setting known only after apply, A30.2
// reports the preference when some login profile does not bind MFA; every part held only the first
// login profile (a witness), so a part owning the preference never saw the one that does not, and a
// plan of 13,000 resources with a baseline passed with exit 0.
holes["the account's MFA setting known after apply, the one login profile not binding MFA in a later module"] = [
  { module: "account", type: "alicloud_ram_security_preference", name: "account", after: { enable_save_mfa_ticket: false }, refs: { mfa_operation_for_login: ["var.mfa_mode"] }, unknown: ["mfa_operation_for_login"] },
  ...[1, 2, 3, 4].map((n): Spec => ({ module: `team${n}`, type: "alicloud_ram_login_profile", name: "console", after: { user_name: `user-${n}`, mfa_bind_required: n !== 4 } })),
];

// Found by a second red team the same day: a hub (a trail's bucket, or a bucket named from more
// than HUB_GROUPS modules) that names another bucket kept that bucket's group from being merged with
// what names it in other modules, so the bucket's part lacked its versioning, public access block
// or policy, and the policy's part lacked the bucket.
const trailed: Spec[] = [
  { module: "audit", type: "alicloud_actiontrail_trail", name: "t", after: { trail_name: "t", status: "Enable", event_rw: "All", trail_region: "All", oss_bucket_name: "hole-b1" } },
  bucket("audit", "hole-b1", { logging: [{ target_bucket: "hole-b2", target_prefix: "x/" }] }),
  bucket("archive", "hole-b2"),
];
holes["a trail's bucket logs to a bucket of another module, whose versioning and public access block are in two more"] = [
  ...trailed,
  { module: "ver", type: "alicloud_oss_bucket_versioning", name: "v", after: { bucket: "hole-b2", status: "Enabled" } },
  { module: "pab", type: "alicloud_oss_bucket_public_access_block", name: "p", after: { bucket: "hole-b2", block_public_access: true } },
];
holes["a trail's bucket logs to a bucket of another module, whose policy, unknown until apply, is in a third"] = [
  ...trailed,
  { module: "pol", type: "alicloud_oss_bucket_policy", name: "p", after: { bucket: "hole-b2" }, unknown: ["policy"] },
];
holes["a bucket named from four modules, listed after them, logs to a bucket whose versioning is in another module"] = [
  ...[0, 1, 2, 3].map((n): Spec => ({ module: `u${n}`, type: "alicloud_oss_bucket_acl", name: "a", after: { bucket: "hole-shared", acl: "private" } })),
  bucket("src", "hole-shared", { logging: [{ target_bucket: "hole-archive", target_prefix: "x/" }] }),
  bucket("archive", "hole-archive"),
  { module: "ver", type: "alicloud_oss_bucket_versioning", name: "v", after: { bucket: "hole-archive", status: "Enabled" } },
];

// The same red team: two standalone encryption settings naming one bucket ended every evaluation in an
// object key conflict; neither is relied on now, and a part holding one holds the other.
holes["two standalone encryption settings, in two modules, name a bucket named from four more"] = [
  ...[0, 1, 2, 3].map((n): Spec => ({ module: `r${n}`, type: "alicloud_oss_bucket_acl", name: "a", after: { bucket: "hole-sse", acl: "private" } })),
  bucket("data", "hole-sse"),
  { module: "aes", type: "alicloud_oss_bucket_server_side_encryption", name: "s", after: { bucket: "hole-sse", sse_algorithm: "AES256" } },
  { module: "kms", type: "alicloud_oss_bucket_server_side_encryption", name: "s", after: { bucket: "hole-sse", sse_algorithm: "KMS" } },
];

// With SM cryptography required, A17.1 reports each standalone setting of a bucket that is not SM4:
// a part holding one of the two must hold the other (lib/encryption declares them siblings).
test("two standalone settings naming a hub bucket, SM cryptography required: in parts, exactly the report of one pass", () => {
  const sm = new PolicyEvaluator(bundle, { govguard_today: "2026-12-05", govguard_config: { crypto: { require_sm: true } } });
  const specs = holes["two standalone encryption settings, in two modules, name a bucket named from four more"];
  const doc = jsonDocument("sm.json", planOf([...specs, bystander]), undefined, { attributes: bundle.attributes });
  for (const size of [1, 2, 3]) expectOnePassInParts(sm, joinsOf(sm), doc, size);
  const variant = { ...joinsOf(sm), siblings: joinsOf(sm).siblings.filter((t) => t !== "alicloud_oss_bucket_server_side_encryption") };
  const d = differences(sm.evaluate(doc.content), withPartSize(1, () => evaluatePartsSync(sm, doc, variant)));
  expect(d.missing.length + d.extra.length).toBeGreaterThan(0);
});

describe.each(Object.entries(holes))("%s", (_, specs) => {
  const doc = jsonDocument("hole.json", planOf([...specs, bystander]), undefined, { attributes: bundle.attributes });
  test.each([1, 2, 3])("in parts of %d resources, exactly the report of one pass", (size) => expectOnePassInParts(evaluator, joins, doc, size));
});

test("a resource addressed \"(stack)\" or like a provider key does not capture stack-wide findings: the plan is one part", () => {
  const plan = planOf([...cases["hubs: a trail, its bucket and log project, alarms and the account's RAM settings, in modules of their own"], bystander]);
  const changes = plan.resource_changes as Record<string, unknown>[];
  const stacked = { ...changes[changes.length - 1], address: "(stack)" };
  for (const [address, change] of [["(stack)", stacked], ["alicloud", { ...changes[0], type: "alicloud", name: "alicloud", address: "alicloud.alicloud" }]] as const) {
    const doc = jsonDocument("hole.json", { ...plan, resource_changes: [...changes.slice(0, -1), change] }, undefined, { attributes: bundle.attributes });
    const single = evaluator.evaluate(doc.content);
    expect(single.findings.some((f) => f.resource === "(stack)")).toBe(true);
    expect(withPartSize(1, () => partition(doc, joins))).toHaveLength(1);
    expect(differences(single, withPartSize(1, () => evaluatePartsSync(evaluator, doc, joins)))).toEqual({ missing: [], extra: [], rest: [] });
    void address;
  }
});

test("a value marked sensitive on every resource does not make every part the whole plan", () => {
  const specs = Array.from({ length: 2000 }, (_, n): Spec => bucket(`m${n}`, `sens-${n}`, { tags: { ...tags, owner: "Zeta-Classified" } }));
  for (const s of specs) s.sensitive = { tags: { owner: true } };
  const doc = jsonDocument("sensitive.json", planOf(specs), undefined, { attributes: bundle.attributes });
  const parts = withPartSize(10, () => partition(doc, joins));
  const total = parts.reduce((sum, p) => sum + p.content.length, 0);
  expect(total).toBeLessThanOrEqual(2 * doc.content.length);
});

test("waivers, in force and expired, apply in some cases", () => {
  expect(waived.size).toBeGreaterThan(1);
});

// Each lib's declarations carry weight: without any one of them, some case above goes wrong.
describe("without one of the policy's declarations, some case is wrong", () => {
  const trailToBucket = (j: JoinDeclarations["names"][number]): boolean => j.type === "alicloud_actiontrail_trail" && j.namespace === "alicloud_oss_bucket";
  const variants: Record<string, JoinDeclarations> = {
    "the hub types (lib/stack, lib/oss, lib/sls)": { ...joins, hubs: [] },
    "the witness types (lib/stack)": { ...joins, witnesses: [] },
    "the sibling types (A29.6)": { ...joins, siblings: [] },
    "the companion types (A30.2)": { ...joins, companions: {} },
    "lib/links' relations": { ...joins, names: joins.names.filter((j) => j.namespace === "alicloud_log_store" || j.pattern !== undefined || trailToBucket(j) || j.attributes[0][0] === "logging.target_bucket") },
    "lib/oss: inline logging targets": { ...joins, names: joins.names.filter((j) => j.attributes[0][0] !== "logging.target_bucket") },
    "lib/oss: a trail's bucket": { ...joins, names: joins.names.filter((j) => !trailToBucket(j)) },
    "lib/sls: a trail's project by ARN": { ...joins, names: joins.names.filter((j) => j.pattern === undefined) },
    "lib/sls: log stores by project and name": { ...joins, names: joins.names.filter((j) => j.namespace !== "alicloud_log_store") },
  };
  test.each(Object.entries(variants))("%s", (_, variant) => {
    const size = (j: JoinDeclarations): number => j.names.length + j.hubs.length + j.witnesses.length + j.siblings.length + Object.keys(j.companions).length;
    expect(size(variant)).toBeLessThan(size(joins));
    const wrong = [...Object.values(cases), ...Object.values(holes)].filter((specs) => {
      const doc = jsonDocument("stress.json", planOf([...specs, bystander]), undefined, { attributes: bundle.attributes });
      const d = differences(evaluator.evaluate(doc.content), withPartSize(1, () => evaluatePartsSync(evaluator, doc, variant)));
      return d.missing.length + d.extra.length + d.rest.length > 0;
    });
    expect(wrong.length).toBeGreaterThan(0);
  });
});

// A control of stack scope reads its resources wherever they are: each type it names is a hub or a
// witness, or reached by a declared join from a hub (a trail's bucket and log project, its stores).
test("every resource type a control of stack scope reads is a hub, a witness or joined to a hub", () => {
  const canonical = (t: string): string => joins.aliases[t] ?? t;
  const hubs = new Set([...joins.hubs, ...joins.witnesses].map(canonical));
  const reached = new Set(joins.names.filter((j) => hubs.has(j.type)).map((j) => j.namespace));
  for (const j of joins.names) if (reached.has(j.namespace)) reached.add(j.type);
  const stackTypes = Object.values(evaluator.catalogue())
    .filter((m) => m.scope === "stack")
    .flatMap((m) => m.resources)
    .filter((t) => t.startsWith("alicloud_"));
  expect(stackTypes.length).toBeGreaterThan(5);
  expect(stackTypes.filter((t) => !hubs.has(canonical(t)) && !reached.has(canonical(t)))).toEqual([]);
});

test("a document under the part size is one part: the document as it is, every finding its own", () => {
  const doc = jsonDocument("small.json", planOf(cases["a bucket in module a, its public access block naming it literally in module b"]), undefined, { attributes: bundle.attributes });
  const parts = partition(doc, joins);
  expect(parts).toHaveLength(1);
  expect(parts[0].content).toBe(doc.content);
  expect(parts[0].owns("(stack)")).toBe(true);
  expect(evaluatePartsSync(evaluator, doc, joins)).toEqual(evaluator.evaluate(doc.content));
});
