import { TerraformStack } from "cdktf";
import { ActiontrailTrail } from "../../../../../../.gen/providers/alicloud/actiontrail-trail";
import { LogProject } from "../../../../../../.gen/providers/alicloud/log-project";
import { LogStore } from "../../../../../../.gen/providers/alicloud/log-store";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const audit = new LogProject(stack, "audit", {
    projectName: "gov-portal-audit",
    tags: { "data-classification": "important" },
  });
  new LogStore(stack, "trail", {
    projectName: audit.projectName,
    logstoreName: "actiontrail_gov-portal-trail",
    retentionPeriod: 365,
  });
  new ActiontrailTrail(stack, "portal", {
    trailName: "gov-portal-trail",
    eventRw: "Read",
    trailRegion: "All",
    status: "Enable",
    slsProjectArn: "acs:log:cn-hangzhou:1234567890123456:project/gov-portal-audit",
    slsWriteRoleArn: "acs:ram::1234567890123456:role/aliyunserviceroleforactiontrail",
  });
}
