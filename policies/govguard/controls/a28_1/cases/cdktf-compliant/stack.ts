import { TerraformStack } from "cdktf";
import { CdnDomainNew } from "../../../../../../.gen/providers/alicloud/cdn-domain-new";
import { DcdnDomain } from "../../../../../../.gen/providers/alicloud/dcdn-domain";
import { EsaSite } from "../../../../../../.gen/providers/alicloud/esa-site";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  new CdnDomainNew(stack, "www", {
    domainName: "www.hz-portal.gov.cn",
    cdnType: "web",
    scope: "domestic",
    sources: [{ type: "domain", content: "origin.hz-portal.gov.cn", port: 443, priority: 20, weight: 10 }],
    certificateConfig: { certType: "cas", certId: "11223344", serverCertificateStatus: "on" },
  });
  new DcdnDomain(stack, "api", {
    domainName: "api.hz-portal.gov.cn",
    scope: "domestic",
    sources: [{ type: "domain", content: "api-origin.hz-portal.gov.cn", port: 443, priority: "20", weight: "10" }],
    sslProtocol: "on",
    certType: "cas",
    certId: "11223345",
  });
  new EsaSite(stack, "zwfw", {
    siteName: "zwfw.hz-portal.gov.cn",
    instanceId: "esa-site-8f3a2b1c",
    accessType: "CNAME",
    coverage: "domestic",
  });
}
