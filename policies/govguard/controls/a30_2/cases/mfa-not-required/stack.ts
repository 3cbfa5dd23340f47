import { TerraformStack } from "cdktf";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { RamLoginProfile } from "../../../../../../.gen/providers/alicloud/ram-login-profile";
import { RamUser } from "../../../../../../.gen/providers/alicloud/ram-user";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const zhang = new RamUser(stack, "user_zhang_wei", { name: "zhang.wei", displayName: "Zhang Wei (portal operations)" });
  const li = new RamUser(stack, "user_li_na", { name: "li.na", displayName: "Li Na (content editor)" });
  const wang = new RamUser(stack, "user_wang_fang", { name: "wang.fang", displayName: "Wang Fang (administrator)" });
  new RamLoginProfile(stack, "zhang_wei", { userName: zhang.name, password: "Chg-On-First-Login-2024!" });
  new RamLoginProfile(stack, "li_na", {
    userName: li.name,
    password: "Chg-On-First-Login-2024!",
    mfaBindRequired: false,
  });
  new RamLoginProfile(stack, "wang_fang", {
    userName: wang.name,
    password: "Chg-On-First-Login-2024!",
    mfaBindRequired: true,
  });
}
