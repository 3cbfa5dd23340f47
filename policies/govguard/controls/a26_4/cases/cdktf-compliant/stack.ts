import { TerraformStack } from "cdktf";
import { EcsAutoSnapshotPolicy } from "../../../../../../.gen/providers/alicloud/ecs-auto-snapshot-policy";
import { EcsAutoSnapshotPolicyAttachment } from "../../../../../../.gen/providers/alicloud/ecs-auto-snapshot-policy-attachment";
import { EcsDisk } from "../../../../../../.gen/providers/alicloud/ecs-disk";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });

  const crossRegion = new EcsAutoSnapshotPolicy(stack, "cross_region", {
    autoSnapshotPolicyName: "gov-portal-daily-dr",
    repeatWeekdays: ["1", "2", "3", "4", "5", "6", "7"],
    timePoints: ["2"],
    retentionDays: 30,
    enableCrossRegionCopy: true,
    targetCopyRegions: ["cn-shanghai"],
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
}
