import { TerraformStack } from "cdktf";
import { DbInstance } from "../../../../../../.gen/providers/alicloud/db-instance";
import { KmsKey } from "../../../../../../.gen/providers/alicloud/kms-key";
import { OssBucket } from "../../../../../../.gen/providers/alicloud/oss-bucket";
import { PolardbCluster } from "../../../../../../.gen/providers/alicloud/polardb-cluster";
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
    securityIps: ["10.20.0.0/16"],
    deletionProtection: true,
    tags: { "data-classification": "sensitive" },
  });
  new PolardbCluster(stack, "cases", {
    dbType: "MySQL",
    dbVersion: "8.0",
    dbNodeClass: "polar.mysql.x4.large",
    payType: "PostPaid",
    vswitchId: vsw.id,
    description: "portal-cases",
    deletionLock: 1,
    dbClusterIpArray: [{ dbClusterIpArrayName: "default", securityIps: ["10.20.0.0/16"] }],
    tags: { "data-classification": "sensitive" },
  });
  new KmsKey(stack, "portal_key", {
    description: "portal data key",
    keySpec: "Aliyun_SM4",
    automaticRotation: "Enabled",
    rotationInterval: "365d",
    pendingWindowInDays: 30,
    deletionProtection: "Enabled",
    tags: { "data-classification": "sensitive" },
  });
  new OssBucket(stack, "exports", {
    bucket: "gov-portal-exports",
    redundancyType: "ZRS",
    forceDestroy: false,
    tags: { "data-classification": "internal" },
  });
}
