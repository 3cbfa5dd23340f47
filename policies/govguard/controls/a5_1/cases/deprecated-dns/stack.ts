import { TerraformStack } from "cdktf";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { Dns } from "../../../../../../.gen/providers/alicloud/dns";
import { DnsDomain } from "../../../../../../.gen/providers/alicloud/dns-domain";
import { DnsRecord } from "../../../../../../.gen/providers/alicloud/dns-record";

// The deprecated DNS types, read as alicloud_alidns_domain and alicloud_alidns_record.
export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  new Dns(stack, "portal", { name: "hzzwfw.com" });
  new DnsDomain(stack, "legacy", { domainName: "hzzwfw.org.cn" });
  new DnsRecord(stack, "mobile", { name: "hzzwfw.net", hostRecord: "m", type: "CNAME", value: "m.hzzwfw.gov.cn" });
  const gov = new Dns(stack, "gov", { name: "hzzwfw.gov.cn" });
  new DnsRecord(stack, "www", { name: gov.name, hostRecord: "www", type: "A", value: "203.0.113.10" });
}
