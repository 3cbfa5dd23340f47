import { IResolvable, TerraformIterator, TerraformStack } from "cdktf";
import { MongodbInstance, MongodbInstanceSecurityIpGroups } from "../../../../../../.gen/providers/alicloud/mongodb-instance";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { Vpc } from "../../../../../../.gen/providers/alicloud/vpc";
import { Vswitch } from "../../../../../../.gen/providers/alicloud/vswitch";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const vpc = new Vpc(stack, "data", { vpcName: "portal-data-vpc", cidrBlock: "10.20.0.0/16" });
  const vsw = new Vswitch(stack, "data_h", { vpcId: vpc.id, cidrBlock: "10.20.1.0/24", zoneId: "cn-hangzhou-h", vswitchName: "portal-data-h" });
  const mongo = (id: string, securityIpGroups: MongodbInstanceSecurityIpGroups[] | IResolvable): void => {
    new MongodbInstance(stack, id, {
      engineVersion: "6.0",
      dbInstanceClass: "mdb.shard.2x.xlarge.d",
      dbInstanceStorage: 20,
      vswitchId: vsw.id,
      name: `portal-${id}`,
      securityIpList: ["10.20.0.0/16"],
      sslAction: "Open",
      securityIpGroups,
      tags: { "data-classification": "internal" },
    });
  };
  mongo("documents", [
    { securityIpGroupName: "app", securityIpList: "10.20.1.0/24,10.20.2.0/24" },
    { securityIpGroupName: "ops", securityIpList: "192.168.10.0/24" },
  ]);
  // A second group lets a vendor's public range in.
  mongo("attachments", [
    { securityIpGroupName: "app", securityIpList: "10.20.0.0/16" },
    { securityIpGroupName: "vendor", securityIpList: "10.30.0.0/16,203.0.113.0/24" },
  ]);
  // Groups from a dynamic block, one of them open to the world.
  const groups = TerraformIterator.fromMap({ app: "10.20.0.0/16", partner: "0.0.0.0/0" });
  mongo("archive", groups.dynamic({ security_ip_group_name: groups.key, security_ip_list: groups.value }));
}
