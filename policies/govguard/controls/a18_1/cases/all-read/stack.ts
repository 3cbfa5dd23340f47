import { TerraformStack, TerraformVariable } from "cdktf";
import { LogProject } from "../../../../../../.gen/providers/alicloud/log-project";
import { LogStore } from "../../../../../../.gen/providers/alicloud/log-store";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const retention = new TerraformVariable(stack, "app_retention_days", { type: "number", default: 365 });
  const app = new LogProject(stack, "app", { projectName: "gov-portal-app", tags: { "data-classification": "internal" } });
  new LogStore(stack, "app_main", { projectName: app.projectName, logstoreName: "main", retentionPeriod: retention.numberValue });
  const audit = new LogProject(stack, "audit", { projectName: "gov-portal-audit", tags: { "data-classification": "internal" } });
  new LogStore(stack, "audit_main", { projectName: audit.projectName, logstoreName: "main", retentionPeriod: 730 });
}
