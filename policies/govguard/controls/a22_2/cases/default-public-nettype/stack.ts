import { TerraformStack } from "cdktf";
import { DbConnection } from "../../../../../../.gen/providers/alicloud/db-connection";
import { DbInstance } from "../../../../../../.gen/providers/alicloud/db-instance";
import { PolardbCluster } from "../../../../../../.gen/providers/alicloud/polardb-cluster";
import { PolardbEndpoint } from "../../../../../../.gen/providers/alicloud/polardb-endpoint";
import { PolardbEndpointAddress } from "../../../../../../.gen/providers/alicloud/polardb-endpoint-address";
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
  const app = new PolardbEndpoint(stack, "cases_app", { dbClusterId: cases.id, endpointType: "Custom", sslEnabled: "Enable" });
  // net_type left out: the provider default is Public.
  new PolardbEndpointAddress(stack, "cases_vendor", {
    dbClusterId: cases.id,
    dbEndpointId: app.dbEndpointId,
    connectionPrefix: "gov-cases-vendor",
  });

  const reporting = new DbInstance(stack, "reporting", {
    engine: "PostgreSQL",
    engineVersion: "15.0",
    instanceType: "pg.n2.medium.2c",
    instanceStorage: 100,
    instanceName: "portal-reporting",
    vswitchId: vsw.id,
    securityIps: ["10.20.0.0/16"],
    tags: { "data-classification": "internal" },
  });
  // No prefix given: still an internet connection string.
  new DbConnection(stack, "reporting_public", { instanceId: reporting.id });
}
