import { TerraformStack, TerraformVariable } from "cdktf";
import { Disk } from "../../../../../../.gen/providers/alicloud/disk";
import { OssBucket } from "../../../../../../.gen/providers/alicloud/oss-bucket";
import { PolardbCluster } from "../../../../../../.gen/providers/alicloud/polardb-cluster";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const level = new TerraformVariable(stack, "records_level", { type: "string", default: "sensitive" });

  new OssBucket(stack, "records", {
    bucket: "gov-portal-records",
    redundancyType: "ZRS",
    tags: { "data-classification": level.stringValue },
  });

  new PolardbCluster(stack, "registry", {
    dbType: "MySQL",
    dbVersion: "8.0",
    dbNodeClass: "polar.mysql.x4.large",
    payType: "PostPaid",
    vswitchId: "vsw-bp1portal0000000001",
    tags: { "data-classification": "important" },
  });

  new Disk(stack, "scans", {
    zoneId: "cn-hangzhou-h",
    category: "cloud_efficiency",
    size: 100,
    encrypted: true,
    tags: { "data-classification": "core" },
  });
}
