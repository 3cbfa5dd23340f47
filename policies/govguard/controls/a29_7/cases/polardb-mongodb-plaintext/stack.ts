import { TerraformStack } from "cdktf";
import { MongodbInstance } from "../../../../../../.gen/providers/alicloud/mongodb-instance";
import { PolardbCluster } from "../../../../../../.gen/providers/alicloud/polardb-cluster";
import { PolardbEndpoint } from "../../../../../../.gen/providers/alicloud/polardb-endpoint";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { Vpc } from "../../../../../../.gen/providers/alicloud/vpc";
import { Vswitch } from "../../../../../../.gen/providers/alicloud/vswitch";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const vpc = new Vpc(stack, "data", { vpcName: "portal-data-vpc", cidrBlock: "10.20.0.0/16" });
  const vsw = new Vswitch(stack, "data_h", { vpcId: vpc.id, cidrBlock: "10.20.1.0/24", zoneId: "cn-hangzhou-h", vswitchName: "portal-data-h" });

  const cases = new PolardbCluster(stack, "cases", {
    dbType: "MySQL",
    dbVersion: "8.0",
    dbNodeClass: "polar.mysql.x4.large",
    payType: "PostPaid",
    vswitchId: vsw.id,
    description: "portal-cases",
    dbClusterIpArray: [{ dbClusterIpArrayName: "default", securityIps: ["10.20.0.0/16"] }],
    tags: { "data-classification": "sensitive" },
  });
  new PolardbEndpoint(stack, "cases_reporting", { dbClusterId: cases.id, endpointType: "Custom", sslEnabled: "Disable" });
  // ssl_enabled left out (Optional, no default): SSL is not turned on.
  new PolardbEndpoint(stack, "cases_batch", { dbClusterId: cases.id, endpointType: "Custom" });

  // ssl_action left out.
  new MongodbInstance(stack, "documents", {
    engineVersion: "6.0",
    dbInstanceClass: "mdb.shard.2x.xlarge.d",
    dbInstanceStorage: 20,
    vswitchId: vsw.id,
    name: "portal-documents",
    securityIpList: ["10.20.0.0/16"],
    tags: { "data-classification": "internal" },
  });
  new MongodbInstance(stack, "attachments", {
    engineVersion: "6.0",
    dbInstanceClass: "mdb.shard.2x.xlarge.d",
    dbInstanceStorage: 20,
    vswitchId: vsw.id,
    name: "portal-attachments",
    securityIpList: ["10.20.0.0/16"],
    sslAction: "Close",
    tags: { "data-classification": "internal" },
  });
}
