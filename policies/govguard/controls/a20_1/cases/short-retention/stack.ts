import { TerraformStack } from "cdktf";
import { LogProject } from "../../../../../../.gen/providers/alicloud/log-project";
import { LogStore } from "../../../../../../.gen/providers/alicloud/log-store";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const portal = new LogProject(stack, "portal", {
    projectName: "gov-portal-logs",
    tags: { "data-classification": "internal" },
  });
  new LogStore(stack, "api", { projectName: portal.projectName, logstoreName: "api-gateway", retentionPeriod: 180 });
  new LogStore(stack, "waf", { projectName: portal.projectName, logstoreName: "waf", retentionPeriod: 364 });
  new LogStore(stack, "legacy", { project: portal.projectName, name: "legacy-app", retentionPeriod: 90 });
}
