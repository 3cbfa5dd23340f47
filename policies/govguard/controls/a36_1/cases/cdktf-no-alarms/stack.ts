import { TerraformStack } from "cdktf";
import { CmsAlarmContactGroup } from "../../../../../../.gen/providers/alicloud/cms-alarm-contact-group";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  new CmsAlarmContactGroup(stack, "ops", {
    alarmContactGroupName: "gov-portal-ops",
    describe: "Portal operations on-call",
    contacts: ["ops-duty"],
  });
}
