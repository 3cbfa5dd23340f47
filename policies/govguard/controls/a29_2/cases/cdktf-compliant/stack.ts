import { TerraformStack } from "cdktf";
import { CdnDomainConfigA } from "../../../../../../.gen/providers/alicloud/cdn-domain-config";
import { CdnDomainNew } from "../../../../../../.gen/providers/alicloud/cdn-domain-new";
import { DcdnDomain } from "../../../../../../.gen/providers/alicloud/dcdn-domain";
import { DcdnDomainConfigA } from "../../../../../../.gen/providers/alicloud/dcdn-domain-config";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const www = new CdnDomainNew(stack, "www", {
    domainName: "www.hz-portal.gov.cn",
    cdnType: "web",
    scope: "domestic",
    sources: [{ type: "domain", content: "origin.hz-portal.gov.cn", port: 443, priority: 20, weight: 10 }],
    certificateConfig: { certType: "cas", certId: "11223344", serverCertificateStatus: "on" },
  });
  new CdnDomainConfigA(stack, "www_https_force", {
    domainName: www.domainName,
    functionName: "https_force",
    functionArgs: [
      { argName: "enable", argValue: "on" },
      { argName: "https_rewrite", argValue: "301" },
    ],
  });
  const api = new DcdnDomain(stack, "api", {
    domainName: "api.hz-portal.gov.cn",
    scope: "domestic",
    sources: [{ type: "domain", content: "api-origin.hz-portal.gov.cn", port: 443, priority: "20", weight: "10" }],
    sslProtocol: "on",
    certType: "cas",
    certId: "11223345",
  });
  new DcdnDomainConfigA(stack, "api_https_force", {
    domainName: api.domainName,
    functionName: "https_force",
    functionArgs: [{ argName: "enable", argValue: "on" }],
  });
}
