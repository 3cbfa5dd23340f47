import { TerraformStack, TerraformVariable } from "cdktf";
import { ActiontrailTrail } from "../../../../../../.gen/providers/alicloud/actiontrail-trail";
import { LogProject } from "../../../../../../.gen/providers/alicloud/log-project";
import { LogStore } from "../../../../../../.gen/providers/alicloud/log-store";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const accountId = new TerraformVariable(stack, "account_id", { type: "string", default: "1234567890123456" });
  const audit = new LogProject(stack, "audit", {
    projectName: "gov-portal-audit",
    tags: { "data-classification": "important" },
  });
  new LogStore(stack, "trail", {
    projectName: audit.projectName,
    logstoreName: "actiontrail_gov-portal-trail",
    retentionPeriod: 730,
  });
  new ActiontrailTrail(stack, "portal", {
    trailName: "gov-portal-trail",
    eventRw: "All",
    trailRegion: "All",
    status: "Enable",
    slsProjectArn: `acs:log:cn-hangzhou:${accountId.stringValue}:project/${audit.projectName}`,
    slsWriteRoleArn: `acs:ram::${accountId.stringValue}:role/aliyunserviceroleforactiontrail`,
  });
}
