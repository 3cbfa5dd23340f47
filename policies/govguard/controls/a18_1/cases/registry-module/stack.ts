import { TerraformHclModule, TerraformStack } from "cdktf";
import { LogProject } from "../../../../../../.gen/providers/alicloud/log-project";
import { LogStore } from "../../../../../../.gen/providers/alicloud/log-store";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const app = new LogProject(stack, "app", { projectName: "gov-portal-app", tags: { "data-classification": "internal" } });
  new LogStore(stack, "app_main", { projectName: app.projectName, logstoreName: "main", retentionPeriod: 90 });
  // Third-party code from a registry: the synth output names it, only terraform init fetches it.
  new TerraformHclModule(stack, "audit_logs", {
    source: "registry.example.com/gov/logstore/alicloud",
    version: "1.0.0",
    variables: { project_name: "gov-portal-audit", retention_days: 730 },
  });
}
