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
  new ActiontrailTrail(stack, "soc", {
    trailName: "hz-zwfw-soc-trail",
    eventRw: "All",
    trailRegion: "All",
    status: "Enable",
    slsProjectArn: `acs:log:cn-hangzhou:${accountId.stringValue}:project/hz-zwfw-audit`,
  });
  new SlsCollectionPolicy(stack, "oss_access", {
    policyName: "hz-zwfw-oss-access",
    productCode: "oss",
    dataCode: "access_log",
    enabled: true,
    centralizeEnabled: true,
    policyConfig: { resourceMode: "all" },
    centralizeConfig: { destRegion: "cn-hangzhou", destProject: "hz-zwfw-audit", destLogstore: "oss-access", destTtl: 400 },
  });
  new CdnRealTimeLogDelivery(stack, "portal", {
    domain: "www.hzzwfw.gov.cn",
    project: "hz-zwfw-audit",
    logstore: "cdn-access",
    slsRegion: "cn-hangzhou",
  });
}
