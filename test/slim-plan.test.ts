// What the CLI hands the policies from a plan: without prior state, planned_values and `before`,
// and resources with only the attributes the bundle's Rego can read by name (plus any the plan
// marks sensitive, so that scrubbing still sees their values). The corpus test proves the
// findings are those of the full plan under opa eval; this pins the mechanics.
import * as fs from "fs";
import * as path from "path";
import { readBundle } from "../src/engine/bundle";
import { CHANGE_UNREAD, CONFIG_RESOURCE_UNREAD, slimPlan } from "../src/inputs/slim-plan";

const attributes = readBundle().attributes;

const plan = {
  format_version: "1.2",
  prior_state: { values: {} },
  planned_values: { root_module: { resources: [{ address: "alicloud_oss_bucket.b" }] } },
  resource_changes: [
    {
      address: "alicloud_oss_bucket.b",
      type: "alicloud_oss_bucket",
      name: "b",
      provider_name: "registry.terraform.io/aliyun/alicloud",
      change: {
        actions: ["create"],
        before: { acl: "private" },
        after: { bucket: "b", redundancy_type: "LRS", tags: { "data-classification": "internal" }, storage_class_unread_xyz: "Standard", secret_thing_xyz: "s3cret" },
        after_unknown: { id: true, bucket_extranet_endpoint_xyz: true },
        after_sensitive: { secret_thing_xyz: true, tags: {} },
      },
    },
  ],
  configuration: {
    root_module: {
      resources: [{ address: "alicloud_oss_bucket.b", type: "alicloud_oss_bucket", name: "b", schema_version: 0, provider_config_key: "alicloud", count_expression: { constant_value: 2 }, expressions: { bucket: { constant_value: "b" }, storage_class_unread_xyz: { constant_value: "Standard" } } }],
      module_calls: { m: { source: "./m", module: { resources: [{ address: "alicloud_log_store.s", type: "alicloud_log_store", name: "s", expressions: { retention_period: { constant_value: 30 }, unread_xyz: { constant_value: 1 } } }] } } },
    },
  },
};

test("the vocabulary holds the attributes controls read and not arbitrary words", () => {
  for (const name of ["bucket", "redundancy_type", "tags", "retention_period", "max_login_attemps", "sls_project_arn"]) expect(attributes.has(name)).toBe(true);
  expect(attributes.has("storage_class_unread_xyz")).toBe(false);
});

test("without the vocabulary only whole sections are dropped", () => {
  const slim = slimPlan(plan) as typeof plan;
  expect(Object.keys(slim)).toEqual(["format_version", "resource_changes", "configuration"]);
  expect(slim.resource_changes[0].change).toEqual({
    actions: ["create"],
    after: plan.resource_changes[0].change.after,
    after_unknown: plan.resource_changes[0].change.after_unknown,
    after_sensitive: plan.resource_changes[0].change.after_sensitive,
  });
});

test("with the vocabulary resources keep the attributes policies read, and sensitive ones", () => {
  const slim = slimPlan(plan, attributes) as typeof plan;
  const change = slim.resource_changes[0].change as Record<string, unknown>;
  expect(change.after).toEqual({ bucket: "b", redundancy_type: "LRS", tags: { "data-classification": "internal" }, secret_thing_xyz: "s3cret" });
  expect(change.after_unknown).toEqual({ id: true });
  // Only the flags that mark something: an empty `tags` says nothing.
  expect(change.after_sensitive).toEqual({ secret_thing_xyz: true });
  const root = slim.configuration.root_module;
  const { schema_version: _unread, ...configured } = plan.configuration.root_module.resources[0];
  expect(root.resources[0]).toEqual({ ...configured, expressions: { bucket: { constant_value: "b" } } });
  expect(Object.keys(slim.resource_changes[0])).toEqual(["address", "type", "name", "change"]);
  expect(root.module_calls.m.module.resources[0].expressions).toEqual({ retention_period: { constant_value: 30 } });
  expect(root.module_calls.m.source).toBe("./m");
});

test("without the vocabulary a change keeps every member", () => {
  const slim = slimPlan(plan) as typeof plan;
  expect(slim.resource_changes[0].provider_name).toBe("registry.terraform.io/aliyun/alicloud");
  expect(slim.configuration.root_module.resources[0].schema_version).toBe(0);
});

// The members dropped as unread are unread: no rule of the bundle names them. A rule that starts
// to read one fails here rather than reading it as missing on every plan the CLI evaluates.
test("no rule names a member the CLI drops as unread", () => {
  const rego: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".rego") && !entry.name.endsWith("_test.rego")) rego.push(fs.readFileSync(full, "utf8"));
    }
  };
  walk(path.join(__dirname, "..", "policies"));
  expect(rego.length).toBeGreaterThan(40);
  for (const member of [...CHANGE_UNREAD, ...CONFIG_RESOURCE_UNREAD]) expect({ member, named: rego.some((text) => text.includes(member)) }).toEqual({ member, named: false });
  // The check can fail: a member rules do read is named.
  expect(rego.some((text) => text.includes("provider_config_key"))).toBe(true);
});
