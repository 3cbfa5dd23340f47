import { TerraformStack } from "cdktf";
import { LogAudit } from "../../../../../../.gen/providers/alicloud/log-audit";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  new LogAudit(stack, "central", {
    displayName: "gov-portal-audit",
    aliuid: "1234567890123456",
    variableMap: {
      actiontrail_enabled: "true",
      actiontrail_ttl: "365",
      waf_enabled: "true",
      waf_ttl: "365",
    },
  });
}
