import { TerraformStack, TerraformVariable } from "cdktf";
import { ActiontrailTrail } from "../../../../../../.gen/providers/alicloud/actiontrail-trail";
import { CdnRealTimeLogDelivery } from "../../../../../../.gen/providers/alicloud/cdn-real-time-log-delivery";
import { LogProject } from "../../../../../../.gen/providers/alicloud/log-project";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { SlsCollectionPolicy } from "../../../../../../.gen/providers/alicloud/sls-collection-policy";

export default function build(stack: TerraformStack): void {
  const accountId = new TerraformVariable(stack, "account_id", { type: "string", default: "1234567890123456" });
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  new LogProject(stack, "audit", { projectName: "hz-zwfw-audit", tags: { "data-classification": "internal" } });
  // The group's shared security operations centre runs its SLS project in Singapore.
  new ActiontrailTrail(stack, "soc", {
    trailName: "hz-zwfw-soc-trail",
    eventRw: "All",
    trailRegion: "All",
    status: "Enable",
    slsProjectArn: `acs:log:ap-southeast-1:${accountId.stringValue}:project/group-soc`,
  });
  new SlsCollectionPolicy(stack, "oss_access", {
    policyName: "hz-zwfw-oss-access",
    productCode: "oss",
    dataCode: "access_log",
    enabled: true,
    centralizeEnabled: true,
    policyConfig: { resourceMode: "all" },
    centralizeConfig: { destRegion: "ap-southeast-1", destProject: "group-soc", destLogstore: "oss-access", destTtl: 400 },
  });
  new CdnRealTimeLogDelivery(stack, "portal", {
    domain: "www.hzzwfw.gov.cn",
    project: "group-soc",
    logstore: "cdn-access",
    slsRegion: "ap-southeast-1",
  });
}
