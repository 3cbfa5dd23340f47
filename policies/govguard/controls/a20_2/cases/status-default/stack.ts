import { TerraformStack } from "cdktf";
import { ActiontrailTrail } from "../../../../../../.gen/providers/alicloud/actiontrail-trail";
import { LogProject } from "../../../../../../.gen/providers/alicloud/log-project";
import { LogStore } from "../../../../../../.gen/providers/alicloud/log-store";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const audit = new LogProject(stack, "audit", {
    projectName: "gov-portal-audit",
    description: "Operation audit trail of the portal account",
    tags: { "data-classification": "important" },
  });
  // ActionTrail delivers into the log store actiontrail_<trail name>.
  new LogStore(stack, "trail", {
    projectName: audit.projectName,
    logstoreName: "actiontrail_gov-portal-trail",
    retentionPeriod: 365,
  });
  // status left out: the provider documents Enable as its default.
  new ActiontrailTrail(stack, "portal", {
    trailName: "gov-portal-trail",
    eventRw: "All",
    trailRegion: "All",
    slsProjectArn: "acs:log:cn-hangzhou:1234567890123456:project/gov-portal-audit",
    slsWriteRoleArn: "acs:ram::1234567890123456:role/aliyunserviceroleforactiontrail",
  });
}
