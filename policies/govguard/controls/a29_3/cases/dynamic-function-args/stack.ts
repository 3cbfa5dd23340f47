import { Fn, TerraformIterator, TerraformLocal, TerraformStack, Token } from "cdktf";
import { CdnDomainConfigA } from "../../../../../../.gen/providers/alicloud/cdn-domain-config";
import { CdnDomainNew } from "../../../../../../.gen/providers/alicloud/cdn-domain-new";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

function cdnDomain(stack: TerraformStack, id: string, host: string, origin: string, certId: string): CdnDomainNew {
  return new CdnDomainNew(stack, id, {
    domainName: host,
    cdnType: "web",
    scope: "domestic",
    sources: [{ type: "domain", content: origin, port: 443, priority: 20, weight: 10 }],
    certificateConfig: { certType: "cas", certId, serverCertificateStatus: "on" },
  });
}

// Same infrastructure as main.tf: function_args only as dynamic blocks.
export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const modern = new TerraformLocal(stack, "modern_tls", { tls12: "on", tls13: "on" });
  // The www domain keeps TLS 1.1 for old clients.
  const wwwArgs = TerraformIterator.fromMap(Token.asAnyMap(Fn.merge([modern.expression, { tls10: "off", tls11: "on" }])));
  const www = cdnDomain(stack, "www", "www.hz-portal.gov.cn", "origin.hz-portal.gov.cn", "11223344");
  new CdnDomainConfigA(stack, "www_tls", {
    domainName: www.domainName,
    functionName: "https_tls_version",
    functionArgs: wwwArgs.dynamic({ arg_name: wwwArgs.key, arg_value: wwwArgs.value }),
  });
  const newsArgs = TerraformIterator.fromMap(Token.asAnyMap(Fn.merge([{ tls10: "off", tls11: "off" }, modern.expression])));
  const news = cdnDomain(stack, "news", "news.hz-portal.gov.cn", "news-origin.hz-portal.gov.cn", "11223347");
  new CdnDomainConfigA(stack, "news_tls", {
    domainName: news.domainName,
    functionName: "https_tls_version",
    functionArgs: newsArgs.dynamic({ arg_name: newsArgs.key, arg_value: newsArgs.value }),
  });
}
