import { TerraformStack } from "cdktf";
import { DbInstance } from "../../../../../../.gen/providers/alicloud/db-instance";
import { MongodbInstance } from "../../../../../../.gen/providers/alicloud/mongodb-instance";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { Vpc } from "../../../../../../.gen/providers/alicloud/vpc";
import { Vswitch } from "../../../../../../.gen/providers/alicloud/vswitch";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const vpc = new Vpc(stack, "data", { vpcName: "portal-data-vpc", cidrBlock: "10.20.0.0/16" });
  const vsw = new Vswitch(stack, "data_h", { vpcId: vpc.id, cidrBlock: "10.20.1.0/24", zoneId: "cn-hangzhou-h", vswitchName: "portal-data-h" });

  // ssl_action = "Update" renews the SSL certificate; TLS stays required.
  new DbInstance(stack, "portal", {
    engine: "MySQL",
    engineVersion: "8.0",
    instanceType: "mysql.n2.medium.2c",
    instanceStorage: 100,
    instanceName: "portal-rds",
    vswitchId: vsw.id,
    securityIps: ["10.20.0.0/16"],
    sslAction: "Update",
    tags: { "data-classification": "sensitive" },
  });
  new MongodbInstance(stack, "documents", {
    engineVersion: "6.0",
    dbInstanceClass: "mdb.shard.2x.xlarge.d",
    dbInstanceStorage: 20,
    vswitchId: vsw.id,
    name: "portal-documents",
    securityIpList: ["10.20.0.0/16"],
    sslAction: "Update",
    tags: { "data-classification": "internal" },
  });
}
