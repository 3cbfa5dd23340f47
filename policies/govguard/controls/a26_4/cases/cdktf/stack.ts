import { TerraformStack, TerraformVariable } from "cdktf";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { EcsAutoSnapshotPolicy } from "../../../../../../.gen/providers/alicloud/ecs-auto-snapshot-policy";
import { EcsAutoSnapshotPolicyAttachment } from "../../../../../../.gen/providers/alicloud/ecs-auto-snapshot-policy-attachment";
import { EcsDisk } from "../../../../../../.gen/providers/alicloud/ecs-disk";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });

  // Supplied at deploy time, no default: whether snapshots are copied cannot be verified.
  const copyEnabled = new TerraformVariable(stack, "snapshot_copy_enabled", { type: "bool" });

  const crossRegion = new EcsAutoSnapshotPolicy(stack, "cross_region", {
    autoSnapshotPolicyName: "gov-portal-daily-dr",
    repeatWeekdays: ["1", "2", "3", "4", "5", "6", "7"],
    timePoints: ["2"],
    retentionDays: 30,
    enableCrossRegionCopy: true,
    targetCopyRegions: ["cn-shanghai"],
    copiedSnapshotsRetentionDays: 30,
  });

  const deployTimeCopy = new EcsAutoSnapshotPolicy(stack, "deploy_time_copy", {
    autoSnapshotPolicyName: "gov-portal-daily-copy",
    repeatWeekdays: ["1", "2", "3", "4", "5", "6", "7"],
    timePoints: ["4"],
    retentionDays: 30,
    enableCrossRegionCopy: copyEnabled.booleanValue,
    targetCopyRegions: ["cn-beijing"],
    copiedSnapshotsRetentionDays: 30,
  });

  const ledger = new EcsDisk(stack, "ledger", {
    zoneId: "cn-hangzhou-h",
    category: "cloud_essd",
    size: 500,
    encrypted: true,
    tags: { "data-classification": "important" },
  });
  new EcsAutoSnapshotPolicyAttachment(stack, "ledger_snapshots", {
    autoSnapshotPolicyId: crossRegion.id,
    diskId: ledger.id,
  });

  // Bound to a policy whose cross-region switch is unresolved: fails closed.
  const registryIndex = new EcsDisk(stack, "registry_index", {
    zoneId: "cn-hangzhou-h",
    category: "cloud_essd",
    size: 200,
    encrypted: true,
    tags: { "data-classification": "core" },
  });
  new EcsAutoSnapshotPolicyAttachment(stack, "registry_index_snapshots", {
    autoSnapshotPolicyId: deployTimeCopy.id,
    diskId: registryIndex.id,
  });

  // Important, no policy: fails.
  new EcsDisk(stack, "case_files", {
    zoneId: "cn-hangzhou-h",
    category: "cloud_essd",
    size: 300,
    encrypted: true,
    tags: { "data-classification": "important" },
  });
}
