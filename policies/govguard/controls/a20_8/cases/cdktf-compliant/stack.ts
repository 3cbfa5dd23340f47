import { TerraformStack } from "cdktf";
import { LogProject } from "../../../../../../.gen/providers/alicloud/log-project";
import { LogStore } from "../../../../../../.gen/providers/alicloud/log-store";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { Vpc } from "../../../../../../.gen/providers/alicloud/vpc";
import { VpcFlowLog } from "../../../../../../.gen/providers/alicloud/vpc-flow-log";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const tags = { "data-classification": "internal" };
  const network = new LogProject(stack, "network", { projectName: "gov-portal-network", tags });
  const flow = new LogStore(stack, "flow", {
    projectName: network.projectName,
    logstoreName: "vpc-flow",
    retentionPeriod: 730,
  });

  const portal = new Vpc(stack, "portal", { vpcName: "gov-portal", cidrBlock: "10.10.0.0/16", tags });
  new VpcFlowLog(stack, "portal_flow", {
    flowLogName: "gov-portal",
    resourceType: "VPC",
    resourceId: portal.id,
    trafficType: "All",
    status: "Active",
    projectName: network.projectName,
    logStoreName: flow.logstoreName,
  });
}
