import { TerraformStack } from "cdktf";
import { CdnDomainNew } from "../../../../../../.gen/providers/alicloud/cdn-domain-new";
import { DcdnDomain } from "../../../../../../.gen/providers/alicloud/dcdn-domain";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

// Same infrastructure as main.tf.
export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  new CdnDomainNew(stack, "www", {
    domainName: "www.hz-portal.gov.cn",
    cdnType: "web",
    scope: "domestic",
    sources: [{ type: "domain", content: "origin.hz-portal.gov.cn", port: 443, priority: 20, weight: 10 }],
  });
  new DcdnDomain(stack, "api", {
    domainName: "api.hz-portal.gov.cn",
    scope: "domestic",
    sources: [{ type: "domain", content: "api-origin.hz-portal.gov.cn", port: 443, priority: "20", weight: "10" }],
  });
  new CdnDomainNew(stack, "news", {
    domainName: "news.hz-portal.gov.cn",
    cdnType: "web",
    scope: "domestic",
    sources: [{ type: "domain", content: "news-origin.hz-portal.gov.cn", port: 443, priority: 20, weight: 10 }],
    certificateConfig: { certType: "cas", certId: "11223347", serverCertificateStatus: "on" },
  });
}
