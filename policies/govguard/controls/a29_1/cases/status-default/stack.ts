import { TerraformStack } from "cdktf";
import { CdnDomainNew } from "../../../../../../.gen/providers/alicloud/cdn-domain-new";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

// Same infrastructure as main.tf: the certificate status is left to its default ("on").
export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  new CdnDomainNew(stack, "www", {
    domainName: "www.hz-portal.gov.cn",
    cdnType: "web",
    scope: "domestic",
    sources: [{ type: "domain", content: "origin.hz-portal.gov.cn", port: 443, priority: 20, weight: 10 }],
    certificateConfig: { certType: "cas", certId: "11223344", certRegion: "cn-hangzhou" },
  });
}
