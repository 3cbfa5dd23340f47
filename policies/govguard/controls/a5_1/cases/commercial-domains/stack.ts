import { TerraformStack } from "cdktf";
import { AlidnsDomain } from "../../../../../../.gen/providers/alicloud/alidns-domain";
import { AlidnsRecord } from "../../../../../../.gen/providers/alicloud/alidns-record";
import { CdnDomainNew } from "../../../../../../.gen/providers/alicloud/cdn-domain-new";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const portal = new AlidnsDomain(stack, "portal", { domainName: "hzzwfw.com" });
  new AlidnsRecord(stack, "www", { domainName: portal.domainName, rr: "www", type: "A", value: "203.0.113.10" });
  // A record in a zone managed outside this stack.
  new AlidnsRecord(stack, "mobile", { domainName: "hzzwfw.net", rr: "m", type: "CNAME", value: "m.hzzwfw.gov.cn" });
  // A compliant record next to them.
  new AlidnsRecord(stack, "gov", { domainName: "hzzwfw.gov.cn", rr: "www", type: "A", value: "203.0.113.10" });
  // .cn alone is the public-institution suffix, not enough for a party and government organ.
  new CdnDomainNew(stack, "www_cdn", {
    domainName: "www.hzzwfw.cn",
    cdnType: "web",
    scope: "domestic",
    sources: [{ type: "domain", content: "origin.hzzwfw.gov.cn", port: 443, priority: 20, weight: 10 }],
  });
}
