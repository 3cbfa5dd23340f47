// CDK Terrain's Testing helpers, as a cdktn project's unit tests use them: govguard's stacks,
// constructs and bindings are cdktn's own classes here (cdktn is loaded first), the classification
// tags go on without either library's aspects, and the synth-time check runs under
// Testing.synth(stack, true) as under cdktf.
import * as cdktn from "cdktn";
import { OssBucket } from "../.gen/providers/alicloud/oss-bucket";
import { DomesticStack, GovguardPolicyCheck, LogArchive, Monitoring } from "../constructs";
import { pairs } from "./helpers";

function portalStack(): { stack: DomesticStack; logs: LogArchive } {
  const stack = new DomesticStack(cdktn.Testing.app(), "gov", {
    primaryRegion: "cn-hangzhou",
    drRegion: "cn-shanghai",
    config: { cloud: { assessment_reference: "CSSA-2025-0117" } },
  });
  const logs = new LogArchive(stack, "logs", { name: "gg-cdktn-logs" });
  new Monitoring(stack, "monitoring", { contactGroupName: "gg-oncall" }).addAlarm("cpu", {
    name: "gg-cpu",
    project: "acs_ecs_dashboard",
    metric: "CPUUtilization",
    dimensions: [{ instanceId: "i-gg" }],
    threshold: 85,
  });
  return { stack, logs };
}

/**
 * govguard's declarations describe its classes with cdktf's types (cdktn keeps the API); with both
 * libraries installed, as here, TypeScript needs telling that the stack is cdktn's.
 */
function asCdktn(stack: DomesticStack): cdktn.TerraformStack {
  return stack as unknown as cdktn.TerraformStack;
}

function synthError(stack: cdktn.TerraformStack): string {
  try {
    cdktn.Testing.synth(stack, true);
  } catch (e) {
    return (e as Error).message;
  }
  return "";
}

test("govguard's stacks and resources are cdktn's classes in a cdktn process", () => {
  const { stack, logs } = portalStack();
  expect(stack).toBeInstanceOf(cdktn.TerraformStack);
  expect(logs.archive.bucket).toBeInstanceOf(cdktn.TerraformResource);
  expect(stack.provider).toBeInstanceOf(cdktn.TerraformProvider);
  expect(synthError(asCdktn(stack))).toBe("");
});

test("a data-bearing resource without a classification gets the stack's, with no aspect involved", () => {
  const { stack, logs } = portalStack();
  new OssBucket(stack, "untagged", {
    bucket: "gg-untagged",
    redundancyType: "ZRS",
    versioning: { status: "Enabled" },
    serverSideEncryptionRule: { sseAlgorithm: "KMS" },
    logging: { targetBucket: logs.archive.bucket.bucket, targetPrefix: "untagged/" },
  });
  // No aspect is registered by govguard under either library.
  expect(cdktn.Aspects.of(stack).all).toEqual([]);
  const document = JSON.parse(cdktn.Testing.synth(asCdktn(stack))) as { resource: { alicloud_oss_bucket: Record<string, { tags?: Record<string, string> }> } };
  expect(document.resource.alicloud_oss_bucket.untagged.tags).toEqual({ "data-classification": "internal" });
});

test("a hand-written public bucket fails Testing.synth(stack, true) with A22.1, as under cdktf", () => {
  const { stack, logs } = portalStack();
  new OssBucket(stack, "legacy", {
    bucket: "gg-legacy",
    acl: "public-read",
    redundancyType: "ZRS",
    versioning: { status: "Enabled" },
    serverSideEncryptionRule: { sseAlgorithm: "KMS" },
    logging: { targetBucket: logs.archive.bucket.bucket, targetPrefix: "legacy/" },
    tags: { "data-classification": "public" },
  });
  const message = synthError(asCdktn(stack));
  expect(message).toContain("govguard synth-time check failed: stack gov breaks");
  expect(message).toMatch(/✗ A22\.1 \[严重 critical\] alicloud_oss_bucket\.legacy /);
  expect(pairs(GovguardPolicyCheck.check(stack).findings.filter((f) => f.failing))).toEqual(
    expect.arrayContaining([["A22.1", "alicloud_oss_bucket.legacy"]]),
  );
});
