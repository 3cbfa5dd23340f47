import { TerraformStack } from "cdktf";
import { CmsAlarm } from "../../../../../../.gen/providers/alicloud/cms-alarm";
import { CmsAlarmContactGroup } from "../../../../../../.gen/providers/alicloud/cms-alarm-contact-group";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const ops = new CmsAlarmContactGroup(stack, "ops", {
    alarmContactGroupName: "gov-portal-ops",
    describe: "Portal operations on-call",
    contacts: ["ops-duty"],
  });
  new CmsAlarm(stack, "slb_5xx", {
    name: "gov-portal-slb-5xx",
    project: "acs_slb_dashboard",
    metric: "StatusCode5xx",
    period: 60,
    contactGroups: [ops.alarmContactGroupName],
    escalationsCritical: { statistics: "Average", comparisonOperator: ">=", threshold: "10", times: 2 },
  });
}
