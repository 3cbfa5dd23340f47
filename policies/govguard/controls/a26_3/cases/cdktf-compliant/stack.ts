import { TerraformStack } from "cdktf";
import { DbBackupPolicy } from "../../../../../../.gen/providers/alicloud/db-backup-policy";
import { DbInstance } from "../../../../../../.gen/providers/alicloud/db-instance";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { Vpc } from "../../../../../../.gen/providers/alicloud/vpc";
import { Vswitch } from "../../../../../../.gen/providers/alicloud/vswitch";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const vpc = new Vpc(stack, "data", { vpcName: "portal-data-vpc", cidrBlock: "10.20.0.0/16" });
  const h = new Vswitch(stack, "data_h", { vpcId: vpc.id, cidrBlock: "10.20.1.0/24", zoneId: "cn-hangzhou-h", vswitchName: "portal-data-h" });
  const i = new Vswitch(stack, "data_i", { vpcId: vpc.id, cidrBlock: "10.20.2.0/24", zoneId: "cn-hangzhou-i", vswitchName: "portal-data-i" });
  const notices = new DbInstance(stack, "notices", {
    engine: "MySQL",
    engineVersion: "8.0",
    instanceType: "mysql.n2.medium.2c",
    instanceStorage: 100,
    category: "HighAvailability",
    zoneId: "cn-hangzhou-h",
    zoneIdSlaveA: "cn-hangzhou-i",
    vswitchId: `${h.id},${i.id}`,
    securityIps: ["10.20.0.0/16"],
    instanceName: "portal-notices",
    tags: { "data-classification": "public" },
  });
  new DbBackupPolicy(stack, "notices_backup", { instanceId: notices.id, backupRetentionPeriod: 14 });
}
