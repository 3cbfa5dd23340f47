import { TerraformStack } from "cdktf";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { RamGroup } from "../../../../../../.gen/providers/alicloud/ram-group";
import { RamGroupPolicyAttachment } from "../../../../../../.gen/providers/alicloud/ram-group-policy-attachment";
import { RamPolicy } from "../../../../../../.gen/providers/alicloud/ram-policy";
import { RamUser } from "../../../../../../.gen/providers/alicloud/ram-user";
import { RamUserPolicyAttachment } from "../../../../../../.gen/providers/alicloud/ram-user-policy-attachment";

const CONTRACT_END = { DateLessThan: { "acs:CurrentTime": "2027-06-30T23:59:59+08:00" } };

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const vendorOps = new RamUser(stack, "vendor_ops", {
    name: "hx-ops-zhao",
    displayName: "Zhao (Hengxin, outsourced operations)",
  });
  const vendor = new RamGroup(stack, "vendor", {
    groupName: "vendor-hengxin",
    comments: "Hengxin Technology outsourced staff",
  });
  const staff = new RamUser(stack, "staff", { name: "zhou.min", displayName: "Zhou Min (bureau staff)" });
  const ecsOps = new RamPolicy(stack, "vendor_ecs_ops", {
    policyName: "hengxin-ecs-ops",
    description: "Restart and inspect portal servers until the contract ends",
    policyDocument: JSON.stringify({
      Version: "1",
      Statement: [
        {
          Effect: "Allow",
          Action: ["ecs:DescribeInstances", "ecs:StartInstance", "ecs:StopInstance", "ecs:RebootInstance"],
          Resource: ["acs:ecs:cn-hangzhou:*:instance/*"],
          Condition: CONTRACT_END,
        },
      ],
    }),
  });
  const logRead = new RamPolicy(stack, "vendor_log_read", {
    policyName: "hengxin-log-read",
    policyDocument: JSON.stringify({
      Version: "1",
      Statement: [
        {
          Effect: "Allow",
          Action: ["log:GetLogStoreLogs", "log:ListLogStores"],
          Resource: ["acs:log:cn-hangzhou:*:project/gov-portal-logs/*"],
          Condition: { ...CONTRACT_END, IpAddress: { "acs:SourceIp": ["10.30.0.0/16"] } },
        },
      ],
    }),
  });
  const staffPublish = new RamPolicy(stack, "staff_publish", {
    policyName: "portal-staff-publish",
    policyDocument: JSON.stringify({
      Version: "1",
      Statement: [{ Effect: "Allow", Action: ["oss:PutObject"], Resource: ["acs:oss:*:*:gov-portal-static/*"] }],
    }),
  });
  new RamUserPolicyAttachment(stack, "vendor_ops_attachment", {
    userName: vendorOps.name,
    policyName: ecsOps.policyName,
    policyType: "Custom",
  });
  new RamGroupPolicyAttachment(stack, "vendor_logs", {
    groupName: vendor.groupName,
    policyName: logRead.policyName,
    policyType: "Custom",
  });
  new RamUserPolicyAttachment(stack, "staff_publish_attachment", {
    userName: staff.name,
    policyName: staffPublish.policyName,
    policyType: "Custom",
  });
}
