import { TerraformStack } from "cdktf";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { RamLoginProfile } from "../../../../../../.gen/providers/alicloud/ram-login-profile";
import { RamPasswordPolicy } from "../../../../../../.gen/providers/alicloud/ram-password-policy";
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
  new RamPasswordPolicy(stack, "this", {
    minimumPasswordLength: 12,
    requireLowercaseCharacters: true,
    requireUppercaseCharacters: true,
    requireNumbers: true,
    requireSymbols: true,
    maxPasswordAge: 60,
    passwordReusePrevention: 8,
    maxLoginAttemps: 3,
    hardExpiry: false,
    minimumPasswordDifferentCharacter: 3,
    passwordNotContainUserName: true,
  });
}
