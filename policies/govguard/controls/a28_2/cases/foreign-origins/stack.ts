import { TerraformStack } from "cdktf";
import { CdnDomainNew, CdnDomainNewSources } from "../../../../../../.gen/providers/alicloud/cdn-domain-new";
import { DcdnDomain } from "../../../../../../.gen/providers/alicloud/dcdn-domain";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

const cert = { certType: "cas", certId: "11223344", serverCertificateStatus: "on" };

function origin(type: string, content: string, priority = 20): CdnDomainNewSources {
  return { type, content, port: 443, priority, weight: 10 };
}

// Same infrastructure as main.tf.
export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  new CdnDomainNew(stack, "www", {
    domainName: "www.hz-portal.gov.cn",
    cdnType: "web",
    scope: "domestic",
    sources: [origin("domain", "origin.hz-portal.com")],
    certificateConfig: cert,
  });
  new CdnDomainNew(stack, "static", {
    domainName: "static.hz-portal.gov.cn",
    cdnType: "download",
    scope: "domestic",
    sources: [origin("oss", "hz-portal-static.oss-cn-hongkong.aliyuncs.com")],
    certificateConfig: cert,
  });
  new CdnDomainNew(stack, "news", {
    domainName: "news.hz-portal.gov.cn",
    cdnType: "web",
    scope: "domestic",
    sources: [origin("domain", "news-origin.hz-portal.gov.cn"), origin("domain", "news-backup.hz-portal.org", 30)],
    certificateConfig: cert,
  });
  new DcdnDomain(stack, "api", {
    domainName: "api.hz-portal.gov.cn",
    scope: "domestic",
    sources: [{ type: "domain", content: "api.hz-portal.gov.cn.edgeproxy.net", port: 443, priority: "20", weight: "10" }],
    sslProtocol: "on",
    certType: "cas",
    certId: "11223345",
  });
  new CdnDomainNew(stack, "docs", {
    domainName: "docs.hz-portal.gov.cn",
    cdnType: "web",
    scope: "domestic",
    sources: [origin("domain", "docs-origin.hz-portal.gov.cn")],
    certificateConfig: cert,
  });
}
