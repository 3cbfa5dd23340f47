import { TerraformStack } from "cdktf";
import { LogProject } from "../../../../../../.gen/providers/alicloud/log-project";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  // Region left to the environment: ALICLOUD_REGION, the CLI profile, or the provider's cn-beijing fallback.
  new AlicloudProvider(stack, "alicloud", { profile: "zwfw-ops" });
  new LogProject(stack, "portal", {
    projectName: "hz-zwfw-portal-logs",
    description: "Portal application logs",
    tags: { "data-classification": "internal" },
  });
}
