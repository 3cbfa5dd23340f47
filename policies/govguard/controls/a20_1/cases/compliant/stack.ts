import { TerraformStack } from "cdktf";
import { LogProject } from "../../../../../../.gen/providers/alicloud/log-project";
import { LogStore } from "../../../../../../.gen/providers/alicloud/log-store";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const portal = new LogProject(stack, "portal", {
    projectName: "gov-portal-logs",
    description: "Application logs of the citizen service portal",
    tags: { "data-classification": "internal" },
  });
  new LogStore(stack, "access", {
    projectName: portal.projectName,
    logstoreName: "nginx-access",
    retentionPeriod: 365,
    shardCount: 2,
  });
  new LogStore(stack, "audit", {
    projectName: portal.projectName,
    logstoreName: "operation-audit",
    retentionPeriod: 3650,
    hotTtl: 30,
  });
  new LogStore(stack, "legacy", { project: portal.projectName, name: "legacy-app", retentionPeriod: 400 });
}
