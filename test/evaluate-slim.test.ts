// A plan govguard evaluated from configuration goes through the same slimming as a real plan:
// what the bundle reads of it (govguard_input, each change's govguard_unknown) must survive.
import { readBundle } from "../src/engine/bundle";
import { slimPlan } from "../src/inputs/slim-plan";

const attributes = readBundle().attributes;

const evaluated = {
  format_version: "1.2",
  terraform_version: "govguard",
  resource_changes: [
    {
      address: "alicloud_oss_bucket.b",
      mode: "managed",
      type: "alicloud_oss_bucket",
      name: "b",
      change: {
        actions: ["create"],
        before: null,
        after: { acl: "private" },
        after_unknown: { bucket: true, storage_class_unread_xyz: true },
        after_sensitive: {},
        govguard_unknown: { bucket: "data.alicloud_account.this.id", storage_class_unread_xyz: "var.x" },
      },
    },
  ],
  configuration: { provider_config: {}, root_module: {} },
  govguard_input: {
    flavour: "terraform",
    unverifiable: [{ address: "module.m", attribute: "source", reason: { zh: "未读取", en: "not read" } }],
  },
};

test.each([
  ["without the vocabulary", undefined],
  ["with the vocabulary", attributes],
])("%s, govguard_input and govguard_unknown survive slimming", (_label, vocabulary) => {
  const slim = slimPlan(evaluated, vocabulary) as typeof evaluated;
  expect(slim.govguard_input).toEqual(evaluated.govguard_input);
  const change = slim.resource_changes[0].change as Record<string, unknown>;
  const kept = vocabulary ? { bucket: "data.alicloud_account.this.id" } : evaluated.resource_changes[0].change.govguard_unknown;
  expect(change.govguard_unknown).toEqual(kept);
});

test("a change without govguard_unknown gains none", () => {
  const plain = { ...evaluated, resource_changes: [{ ...evaluated.resource_changes[0], change: { actions: ["create"], after: {} } }] };
  const slim = slimPlan(plain, attributes) as typeof evaluated;
  expect(Object.keys(slim.resource_changes[0].change)).toEqual(["actions", "after"]);
});

test("object-internal names are ordinary attribute names when slimming", () => {
  const change = JSON.parse(
    '{"actions":["create"],"after":{"__proto__":{"x":1},"toString":"t","bucket":"b"},"after_unknown":{},"after_sensitive":{"__proto__":true}}',
  ) as Record<string, unknown>;
  const slim = slimPlan({ format_version: "1.2", resource_changes: [{ address: "alicloud_oss_bucket.b", change }] }, attributes) as {
    resource_changes: { change: { after: Record<string, unknown> } }[];
  };
  const after = slim.resource_changes[0].change.after;
  expect(Object.hasOwn(after, "__proto__")).toBe(true);
  expect(Object.hasOwn(after, "toString")).toBe(false);
  expect(JSON.parse(JSON.stringify(after))).toEqual(JSON.parse('{"__proto__":{"x":1},"bucket":"b"}'));
});

describe("after_sensitive keeps only what marks something sensitive", () => {
  const slimmed = (afterSensitive: unknown): unknown => {
    const plan = { ...evaluated, resource_changes: [{ ...evaluated.resource_changes[0], change: { ...evaluated.resource_changes[0].change, after: { acl: "private", tags: { a: "x" }, lifecycle_rule: [{}, {}] }, after_sensitive: afterSensitive } }] };
    return (slimPlan(plan, attributes) as { resource_changes: { change: { after_sensitive: unknown } }[] }).resource_changes[0].change.after_sensitive;
  };

  test("flags that are all false leave it empty", () => {
    expect(slimmed({ acl: false, tags: {}, lifecycle_rule: [{ enabled: false }, {}] })).toEqual({});
  });

  test("a true flag stays where it is, a list keeps its positions", () => {
    expect(slimmed({ acl: true, tags: { a: false }, lifecycle_rule: [{ enabled: false }, { id: true }] })).toEqual({ acl: true, lifecycle_rule: [false, { id: true }] });
  });
});
