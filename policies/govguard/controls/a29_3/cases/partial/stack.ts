import { TerraformStack } from "cdktf";
import { CdnDomainConfigA } from "../../../../../../.gen/providers/alicloud/cdn-domain-config";
import { CdnDomainNew } from "../../../../../../.gen/providers/alicloud/cdn-domain-new";
import { DcdnDomain } from "../../../../../../.gen/providers/alicloud/dcdn-domain";
import { DcdnDomainConfigA } from "../../../../../../.gen/providers/alicloud/dcdn-domain-config";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

function args(values: Record<string, string>): { argName: string; argValue: string }[] {
  return Object.entries(values).map(([argName, argValue]) => ({ argName, argValue }));
}

function cdnDomain(stack: TerraformStack, id: string, host: string, origin: string, certId: string): CdnDomainNew {
  return new CdnDomainNew(stack, id, {
    domainName: host,
    cdnType: "web",
    scope: "domestic",
    sources: [{ type: "domain", content: origin, port: 443, priority: 20, weight: 10 }],
    certificateConfig: { certType: "cas", certId, serverCertificateStatus: "on" },
  });
}

// Same infrastructure as main.tf.
export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const www = cdnDomain(stack, "www", "www.hz-portal.gov.cn", "origin.hz-portal.gov.cn", "11223344");
  new CdnDomainConfigA(stack, "www_tls", {
    domainName: www.domainName,
    functionName: "https_tls_version",
    functionArgs: args({ tls12: "on", tls13: "on" }),
  });
  const api = new DcdnDomain(stack, "api", {
    domainName: "api.hz-portal.gov.cn",
    scope: "domestic",
    sources: [{ type: "domain", content: "api-origin.hz-portal.gov.cn", port: 443, priority: "20", weight: "10" }],
    sslProtocol: "on",
    certType: "cas",
    certId: "11223345",
  });
  new DcdnDomainConfigA(stack, "api_tls", {
    domainName: api.domainName,
    functionName: "https_tls_version",
    functionArgs: args({ tls10: "off", tls11: "on", tls12: "on" }),
  });
  const news = cdnDomain(stack, "news", "news.hz-portal.gov.cn", "news-origin.hz-portal.gov.cn", "11223347");
  new CdnDomainConfigA(stack, "news_tls", {
    domainName: news.domainName,
    functionName: "https_tls_version",
    functionArgs: args({ tls10: "off", tls11: "off", tls12: "on", tls13: "on" }),
  });
}
