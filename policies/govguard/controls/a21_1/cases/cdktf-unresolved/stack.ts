import { TerraformStack, TerraformVariable } from "cdktf";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { Disk } from "../../../../../../.gen/providers/alicloud/disk";
import { MongodbInstance } from "../../../../../../.gen/providers/alicloud/mongodb-instance";
import { OssBucket } from "../../../../../../.gen/providers/alicloud/oss-bucket";
import { PolardbCluster } from "../../../../../../.gen/providers/alicloud/polardb-cluster";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });

  // A variable with a default resolves to an allowed value: passes.
  const defaultLevel = new TerraformVariable(stack, "records_level", { type: "string", default: "sensitive" });
  // A variable with no default cannot be resolved from the stack: the value cannot be verified.
  const suppliedLevel = new TerraformVariable(stack, "forms_level", { type: "string" });

  new OssBucket(stack, "records", {
    bucket: "gov-portal-records",
    redundancyType: "ZRS",
    tags: { "data-classification": defaultLevel.stringValue },
  });

  new MongodbInstance(stack, "forms", {
    engineVersion: "6.0",
    dbInstanceClass: "dds.mongo.mid",
    dbInstanceStorage: 20,
    vswitchId: "vsw-bp1portal0000000001",
    tags: { "data-classification": suppliedLevel.stringValue },
  });

  // No tags at all.
  new PolardbCluster(stack, "registry", {
    dbType: "MySQL",
    dbVersion: "8.0",
    dbNodeClass: "polar.mysql.x4.large",
    payType: "PostPaid",
    vswitchId: "vsw-bp1portal0000000001",
  });

  // Literal allowed value: passes.
  new Disk(stack, "scans", {
    zoneId: "cn-hangzhou-h",
    category: "cloud_efficiency",
    size: 100,
    encrypted: true,
    tags: { "data-classification": "core" },
  });
}
