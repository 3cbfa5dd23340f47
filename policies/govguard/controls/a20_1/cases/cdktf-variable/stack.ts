import { TerraformStack, TerraformVariable } from "cdktf";
import { LogProject } from "../../../../../../.gen/providers/alicloud/log-project";
import { LogStore } from "../../../../../../.gen/providers/alicloud/log-store";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const shortRetention = new TerraformVariable(stack, "app_retention_days", { type: "number", default: 180 });
  const longRetention = new TerraformVariable(stack, "audit_retention_days", { type: "number", default: 3650 });
  const portal = new LogProject(stack, "portal", {
    projectName: "gov-portal-logs",
    tags: { "data-classification": "internal" },
  });
  new LogStore(stack, "app", {
    projectName: portal.projectName,
    logstoreName: "app",
    retentionPeriod: shortRetention.numberValue,
  });
  new LogStore(stack, "audit", {
    projectName: portal.projectName,
    logstoreName: "audit",
    retentionPeriod: longRetention.numberValue,
  });
}
