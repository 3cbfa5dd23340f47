import { TerraformStack } from "cdktf";
import { DbInstance } from "../../../../../../.gen/providers/alicloud/db-instance";
import { KvstoreInstance } from "../../../../../../.gen/providers/alicloud/kvstore-instance";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { Vpc } from "../../../../../../.gen/providers/alicloud/vpc";
import { Vswitch } from "../../../../../../.gen/providers/alicloud/vswitch";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const vpc = new Vpc(stack, "data", { vpcName: "portal-data-vpc", cidrBlock: "10.20.0.0/16" });
  const vsw = new Vswitch(stack, "data_h", { vpcId: vpc.id, cidrBlock: "10.20.1.0/24", zoneId: "cn-hangzhou-h", vswitchName: "portal-data-h" });

  new DbInstance(stack, "portal", {
    engine: "MySQL",
    engineVersion: "8.0",
    instanceType: "mysql.n2.medium.2c",
    instanceStorage: 100,
    instanceName: "portal-rds",
    vswitchId: vsw.id,
    securityIps: ["10.20.1.0/24", "203.0.113.8"],
    tags: { "data-classification": "sensitive" },
  });
  new KvstoreInstance(stack, "sessions", {
    dbInstanceName: "portal-sessions",
    instanceClass: "redis.master.small.default",
    engineVersion: "7.0",
    zoneId: "cn-hangzhou-h",
    vswitchId: vsw.id,
    securityIps: ["10.20.0.0/16"],
    tags: { "data-classification": "internal" },
  });
}
