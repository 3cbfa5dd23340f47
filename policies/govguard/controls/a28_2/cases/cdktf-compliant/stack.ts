import { TerraformStack } from "cdktf";
import { CdnDomainNew, CdnDomainNewSources } from "../../../../../../.gen/providers/alicloud/cdn-domain-new";
import { DcdnDomain } from "../../../../../../.gen/providers/alicloud/dcdn-domain";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

const cert = { certType: "cas", certId: "11223344", serverCertificateStatus: "on" };

function origin(type: string, content: string, priority = 20): CdnDomainNewSources {
  return { type, content, port: 443, priority, weight: 10 };
}

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  new CdnDomainNew(stack, "www", {
    domainName: "www.hz-portal.gov.cn",
    cdnType: "web",
    scope: "domestic",
    sources: [origin("domain", "origin.hz-portal.gov.cn")],
    certificateConfig: cert,
  });
  new CdnDomainNew(stack, "news", {
    domainName: "news.hz-portal.gov.cn",
    cdnType: "web",
    scope: "domestic",
    sources: [origin("domain", "news-origin.hz-portal.gov.cn"), origin("domain", "news-backup.hz-portal.gov.cn", 30)],
    certificateConfig: cert,
  });
  new DcdnDomain(stack, "api", {
    domainName: "api.hz-portal.gov.cn",
    scope: "domestic",
    sources: [{ type: "domain", content: "api-origin.hz-portal.gov.cn", port: 443, priority: "20", weight: "10" }],
    sslProtocol: "on",
    certType: "cas",
    certId: "11223345",
  });
}
