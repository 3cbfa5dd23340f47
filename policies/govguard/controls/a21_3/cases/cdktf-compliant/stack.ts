import { TerraformStack } from "cdktf";
import { Disk } from "../../../../../../.gen/providers/alicloud/disk";
import { HbrVault } from "../../../../../../.gen/providers/alicloud/hbr-vault";
import { KmsKey } from "../../../../../../.gen/providers/alicloud/kms-key";
import { NasFileSystem } from "../../../../../../.gen/providers/alicloud/nas-file-system";
import { PolardbCluster } from "../../../../../../.gen/providers/alicloud/polardb-cluster";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });

  const key = new KmsKey(stack, "data", {
    description: "gov portal important-data key",
    keySpec: "Aliyun_AES_256",
    automaticRotation: "Enabled",
    rotationInterval: "365d",
    pendingWindowInDays: 30,
  });

  new PolardbCluster(stack, "registry", {
    dbType: "MySQL",
    dbVersion: "8.0",
    dbNodeClass: "polar.mysql.x4.large",
    payType: "PostPaid",
    vswitchId: "vsw-bp1portal0000000001",
    tdeStatus: "Enabled",
    encryptionKey: key.id,
    tags: { "data-classification": "important" },
  });

  new NasFileSystem(stack, "archive", {
    protocolType: "NFS",
    storageType: "Capacity",
    encryptType: 2,
    kmsKeyId: key.id,
    tags: { "data-classification": "important" },
  });

  new HbrVault(stack, "backup", {
    vaultName: "gov-portal-backup",
    encryptType: "KMS",
    kmsKeyId: key.id,
    tags: { "data-classification": "important" },
  });

  new Disk(stack, "ledger", {
    zoneId: "cn-hangzhou-h",
    category: "cloud_essd",
    size: 500,
    encrypted: true,
    kmsKeyId: key.id,
    tags: { "data-classification": "core" },
  });
}
