// The same portal slice as main.tf, flattened: the ops-access module's resources are created
// directly (ids prefixed ops_), the for_each and count instances are written out one by one.
import { TerraformStack, TerraformVariable } from "cdktf";
import { AlicloudProvider } from "../../../../.gen/providers/alicloud/provider";
import { BastionhostInstance } from "../../../../.gen/providers/alicloud/bastionhost-instance";
import { RamAccountPasswordPolicy } from "../../../../.gen/providers/alicloud/ram-account-password-policy";
import { RamGroup } from "../../../../.gen/providers/alicloud/ram-group";
import { RamGroupMembership } from "../../../../.gen/providers/alicloud/ram-group-membership";
import { RamGroupPolicyAttachment } from "../../../../.gen/providers/alicloud/ram-group-policy-attachment";
import { RamLoginProfile } from "../../../../.gen/providers/alicloud/ram-login-profile";
import { RamPolicy } from "../../../../.gen/providers/alicloud/ram-policy";
import { RamRole } from "../../../../.gen/providers/alicloud/ram-role";
import { RamRolePolicyAttachment } from "../../../../.gen/providers/alicloud/ram-role-policy-attachment";
import { RamSecurityPreference } from "../../../../.gen/providers/alicloud/ram-security-preference";
import { RamUser } from "../../../../.gen/providers/alicloud/ram-user";
import { SecurityGroup } from "../../../../.gen/providers/alicloud/security-group";
import { SecurityGroupRule } from "../../../../.gen/providers/alicloud/security-group-rule";

const VPC_ID = "vpc-bp1govportal0shared01";
const MGMT_VSWITCH_ID = "vsw-bp1govportal0mgmt0001";
const VENDOR_CIDR = "203.0.113.0/24";
const CONTRACT_EXPIRES = "2027-06-30T23:59:59+08:00";
const INITIAL_PASSWORD = "Chg-On-First-Login-2024!";
const TAGS = { "data-classification": "internal" };

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const adminCidr = new TerraformVariable(stack, "admin_cidr", {
    type: "string",
    default: "10.20.0.0/16",
    description: "The bureau's administration network (government private line)",
  });

  // web tier
  const web = new SecurityGroup(stack, "web", {
    securityGroupName: "gov-portal-web",
    description: "Portal web servers",
    vpcId: VPC_ID,
    innerAccessPolicy: "Drop",
    tags: TAGS,
  });
  for (const [key, port] of [["http", 80], ["https", 443]] as const) {
    new SecurityGroupRule(stack, `web_public_${key}`, {
      securityGroupId: web.id,
      type: "ingress",
      ipProtocol: "tcp",
      portRange: `${port}/${port}`,
      cidrIp: "0.0.0.0/0",
      description: `Public ${key}`,
    });
  }
  new SecurityGroupRule(stack, "web_debug", {
    securityGroupId: web.id,
    type: "ingress",
    ipProtocol: "tcp",
    portRange: "8080/8080",
    cidrIp: "0.0.0.0/0",
  });

  // operations access (the module in main.tf)
  const mgmt = new SecurityGroup(stack, "ops_mgmt", {
    securityGroupName: "gov-portal-mgmt",
    description: "Management access to portal servers",
    vpcId: VPC_ID,
    innerAccessPolicy: "Drop",
    tags: TAGS,
  });
  new SecurityGroupRule(stack, "ops_ssh_admin", {
    securityGroupId: mgmt.id,
    type: "ingress",
    ipProtocol: "tcp",
    portRange: "22/22",
    cidrIp: adminCidr.stringValue,
  });
  new SecurityGroupRule(stack, "ops_rdp_vendor", {
    securityGroupId: mgmt.id,
    type: "ingress",
    ipProtocol: "tcp",
    portRange: "3389/3389",
    cidrIp: VENDOR_CIDR,
    description: "Vendor remote desktop",
  });
  const bastion = {
    licenseCode: "bhah_ent_50_asset",
    planCode: "cloudbastion",
    storage: "5",
    bandwidth: "10",
    period: 1,
    vswitchId: MGMT_VSWITCH_ID,
    securityGroupIds: [mgmt.id],
    tags: TAGS,
  };
  new BastionhostInstance(stack, "ops_bastion", {
    ...bastion,
    description: "gov-portal-ops-bastion",
    enablePublicAccess: false,
  });
  new BastionhostInstance(stack, "ops_vendor_bastion", {
    ...bastion,
    description: "gov-portal-vendor-bastion",
    enablePublicAccess: true,
    publicWhiteList: [VENDOR_CIDR],
  });

  // account-wide identity settings
  new RamAccountPasswordPolicy(stack, "account", {
    minimumPasswordLength: 14,
    requireLowercaseCharacters: true,
    requireUppercaseCharacters: true,
    requireNumbers: true,
    requireSymbols: true,
    maxPasswordAge: 180,
    passwordReusePrevention: 5,
    maxLoginAttempts: 5,
  });
  new RamSecurityPreference(stack, "account_preference", {
    loginNetworkMasks: adminCidr.stringValue,
    mfaOperationForLogin: "adaptive",
    loginSessionDuration: 8,
  });

  // bureau staff
  const zhang = new RamUser(stack, "zhang_wei", {
    name: "zhang.wei",
    displayName: "Zhang Wei (security administrator)",
    email: "zhang.wei@example.gov.cn",
  });
  new RamLoginProfile(stack, "zhang_wei_login", {
    userName: zhang.name,
    password: INITIAL_PASSWORD,
    passwordResetRequired: true,
    mfaBindRequired: true,
  });
  const secAdmins = new RamGroup(stack, "sec_admins", {
    groupName: "gov-sec-admins",
    comments: "Bureau security administrators (staff only)",
  });
  new RamGroupMembership(stack, "sec_admins_members", { groupName: secAdmins.groupName, userNames: [zhang.name] });
  new RamGroupPolicyAttachment(stack, "sec_admins_admin", {
    groupName: secAdmins.groupName,
    policyName: "AdministratorAccess",
    policyType: "System",
  });
  const ciDeploy = new RamRole(stack, "ci_deploy", {
    roleName: "portal-ci-deploy",
    description: "Assumed by the release pipeline",
    assumeRolePolicyDocument: JSON.stringify({
      Version: "1",
      Statement: [
        { Action: "sts:AssumeRole", Effect: "Allow", Principal: { RAM: ["acs:ram::1234567890123456:root"] } },
      ],
    }),
  });
  new RamRolePolicyAttachment(stack, "ci_deploy_admin", {
    roleName: ciDeploy.roleName,
    policyName: "AdministratorAccess",
    policyType: "System",
  });
  new RamPolicy(stack, "break_glass", {
    policyName: "portal-break-glass",
    description: "Emergency access",
    policyDocument: JSON.stringify({
      Version: "1",
      Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }],
    }),
  });

  // outsourced operator
  const vendorUsers = ["hx-ops-zhao", "hx-dba-sun"].map((name) => {
    const id = name.replace(/-/g, "_");
    const user = new RamUser(stack, `vendor_user_${id}`, {
      name,
      displayName: `Hengxin Technology (${name})`,
    });
    new RamLoginProfile(stack, `vendor_${id}`, { userName: user.name, password: INITIAL_PASSWORD });
    return user;
  });
  const vendor = new RamGroup(stack, "vendor", {
    groupName: "vendor-hengxin",
    comments: "Hengxin Technology outsourced staff",
  });
  new RamGroupMembership(stack, "vendor_members", {
    groupName: vendor.groupName,
    userNames: vendorUsers.map((u) => u.name),
  });
  const vendorOps = new RamPolicy(stack, "vendor_ops", {
    policyName: "hengxin-ecs-ops",
    policyDocument: JSON.stringify({
      Version: "1",
      Statement: [
        {
          Effect: "Allow",
          Action: ["ecs:DescribeInstances", "ecs:StartInstance", "ecs:StopInstance", "ecs:RebootInstance"],
          Resource: ["acs:ecs:cn-hangzhou:*:instance/*"],
          Condition: { DateLessThan: { "acs:CurrentTime": CONTRACT_EXPIRES } },
        },
      ],
    }),
  });
  const vendorDb = new RamPolicy(stack, "vendor_db", {
    policyName: "hengxin-rds-ops",
    policyDocument: JSON.stringify({
      Version: "1",
      Statement: [
        {
          Effect: "Allow",
          Action: ["rds:DescribeDBInstances", "rds:RestartDBInstance", "rds:DescribeSlowLogs"],
          Resource: ["acs:rds:cn-hangzhou:*:dbinstance/*"],
        },
      ],
    }),
  });
  new RamGroupPolicyAttachment(stack, "vendor_ops_attachment", {
    groupName: vendor.groupName,
    policyName: vendorOps.policyName,
    policyType: "Custom",
  });
  new RamGroupPolicyAttachment(stack, "vendor_db_attachment", {
    groupName: vendor.groupName,
    policyName: vendorDb.policyName,
    policyType: "Custom",
  });
}
