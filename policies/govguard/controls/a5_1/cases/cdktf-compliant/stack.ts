import { TerraformStack } from "cdktf";
import { AlidnsDomain } from "../../../../../../.gen/providers/alicloud/alidns-domain";
import { AlidnsRecord } from "../../../../../../.gen/providers/alicloud/alidns-record";
import { CdnDomainNew } from "../../../../../../.gen/providers/alicloud/cdn-domain-new";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const portal = new AlidnsDomain(stack, "portal", { domainName: "hzzwfw.gov.cn" });
  new AlidnsRecord(stack, "www", { domainName: portal.domainName, rr: "www", type: "A", value: "203.0.113.10" });
  new CdnDomainNew(stack, "www_cdn", {
    domainName: "www.hzzwfw.gov.cn",
    cdnType: "web",
    scope: "domestic",
    sources: [{ type: "domain", content: "origin.hzzwfw.gov.cn", port: 443, priority: 20, weight: 10 }],
  });
}
