import { TerraformStack } from "cdktf";
import { AlicloudProvider } from "../../../../.gen/providers/alicloud/provider";
import { ElasticsearchInstance } from "../../../../.gen/providers/alicloud/elasticsearch-instance";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });

  // Classified, data node disks encrypted, no public endpoint and no public Kibana: passes.
  new ElasticsearchInstance(stack, "search", {
    description: "gov-portal-search",
    version: "7.10_with_X-Pack",
    vswitchId: "vsw-bp1portal0000000001",
    kmsEncryptedPassword: "kms-ciphertext-of-the-admin-password",
    paymentType: "PayAsYouGo",
    dataNodeConfiguration: { spec: "elasticsearch.sn2ne.large", amount: 2, diskType: "cloud_ssd", disk: 20, diskEncryption: true },
    enablePublic: false,
    enableKibanaPublicNetwork: false,
    tags: { "data-classification": "sensitive" },
  });

  // No classification tag (A21.1), disk encryption unset (A21.2), Kibana's public access left on
  // with a world-open whitelist (A22.2).
  new ElasticsearchInstance(stack, "reports", {
    description: "gov-portal-reports",
    version: "7.10_with_X-Pack",
    vswitchId: "vsw-bp1portal0000000001",
    kmsEncryptedPassword: "kms-ciphertext-of-the-admin-password",
    paymentType: "PayAsYouGo",
    dataNodeConfiguration: { spec: "elasticsearch.sn2ne.large", amount: 2, diskType: "cloud_ssd", disk: 20 },
    enablePublic: false,
    kibanaWhitelist: ["0.0.0.0/0"],
  });
}
