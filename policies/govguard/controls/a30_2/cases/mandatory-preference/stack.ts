import { TerraformStack } from "cdktf";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { RamLoginProfile } from "../../../../../../.gen/providers/alicloud/ram-login-profile";
import { RamSecurityPreference } from "../../../../../../.gen/providers/alicloud/ram-security-preference";
import { RamUser } from "../../../../../../.gen/providers/alicloud/ram-user";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const zhang = new RamUser(stack, "zhang_wei", { name: "zhang.wei", displayName: "Zhang Wei (portal operations)" });
  const li = new RamUser(stack, "li_na", { name: "li.na", displayName: "Li Na (content editor)" });
  new RamUser(stack, "wang_fang", { name: "wang.fang", displayName: "Wang Fang (administrator)" });
  new RamLoginProfile(stack, "zhang_wei_login", { userName: zhang.name, password: "Chg-On-First-Login-2024!" });
  new RamLoginProfile(stack, "li_na_login", {
    userName: li.name,
    password: "Chg-On-First-Login-2024!",
    mfaBindRequired: false,
  });
  new RamSecurityPreference(stack, "this", {
    loginNetworkMasks: "10.20.0.0/16",
    mfaOperationForLogin: "mandatory",
    loginSessionDuration: 6,
  });
}
