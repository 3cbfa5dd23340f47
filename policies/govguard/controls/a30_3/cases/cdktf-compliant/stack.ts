import { TerraformStack } from "cdktf";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { RamLoginProfile } from "../../../../../../.gen/providers/alicloud/ram-login-profile";
import { RamSecurityPreference } from "../../../../../../.gen/providers/alicloud/ram-security-preference";
import { RamUser } from "../../../../../../.gen/providers/alicloud/ram-user";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const user = new RamUser(stack, "zhang_wei", {
    name: "zhang.wei",
    displayName: "Zhang Wei (portal operations)",
    email: "zhang.wei@example.gov.cn",
  });
  new RamLoginProfile(stack, "zhang_wei_login", {
    userName: user.name,
    password: "Chg-On-First-Login-2024!",
    passwordResetRequired: true,
    mfaBindRequired: true,
  });
  new RamSecurityPreference(stack, "this", {
    loginNetworkMasks: "10.20.0.0/16",
    mfaOperationForLogin: "mandatory",
    loginSessionDuration: 4,
  });
}
