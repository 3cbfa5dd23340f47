import { TerraformStack, TerraformVariable } from "cdktf";
import { CdnDomainConfigA } from "../../../../.gen/providers/alicloud/cdn-domain-config";
import { CdnDomainNew } from "../../../../.gen/providers/alicloud/cdn-domain-new";
import { DcdnDomain } from "../../../../.gen/providers/alicloud/dcdn-domain";
import { DcdnDomainConfigA } from "../../../../.gen/providers/alicloud/dcdn-domain-config";
import { EsaHttpsApplicationConfiguration } from "../../../../.gen/providers/alicloud/esa-https-application-configuration";
import { EsaHttpsBasicConfiguration } from "../../../../.gen/providers/alicloud/esa-https-basic-configuration";
import { EsaSite } from "../../../../.gen/providers/alicloud/esa-site";
import { OssBucket } from "../../../../.gen/providers/alicloud/oss-bucket";
import { AlicloudProvider } from "../../../../.gen/providers/alicloud/provider";

type Args = { argName: string; argValue: string }[];

function args(values: Record<string, string>): Args {
  return Object.entries(values).map(([argName, argValue]) => ({ argName, argValue }));
}

interface SecureCdnProps {
  domainName: string;
  cdnType?: string;
  scope?: string;
  originType: string;
  origin: string;
  certId: string;
  hstsMaxAge?: string;
}

/** The secure_cdn module of main.tf, flattened: resources "<id>", "<id>_https_force", "<id>_tls", "<id>_hsts". */
function secureCdn(stack: TerraformStack, id: string, p: SecureCdnProps): void {
  const domain = new CdnDomainNew(stack, id, {
    domainName: p.domainName,
    cdnType: p.cdnType ?? "web",
    scope: p.scope ?? "domestic",
    sources: [{ type: p.originType, content: p.origin, port: 443, priority: 20, weight: 10 }],
    certificateConfig: { certType: "cas", certId: p.certId, certRegion: "cn-hangzhou", serverCertificateStatus: "on" },
    tags: { project: "hz-portal" },
  });
  new CdnDomainConfigA(stack, `${id}_https_force`, {
    domainName: domain.domainName,
    functionName: "https_force",
    functionArgs: args({ enable: "on", https_rewrite: "301" }),
  });
  new CdnDomainConfigA(stack, `${id}_tls`, {
    domainName: domain.domainName,
    functionName: "https_tls_version",
    functionArgs: args({ tls10: "off", tls11: "off", tls12: "on", tls13: "on" }),
  });
  new CdnDomainConfigA(stack, `${id}_hsts`, {
    domainName: domain.domainName,
    functionName: "HSTS",
    functionArgs: args({ enabled: "on", https_hsts_max_age: p.hstsMaxAge ?? "31536000" }),
  });
}

// The same infrastructure as main.tf, without the module and without for_each.
export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const hstsMaxAge = new TerraformVariable(stack, "hsts_max_age", {
    type: "string",
    default: "31536000",
    description: "HSTS max-age (seconds) used by the edge configurations",
  });

  new OssBucket(stack, "static", {
    bucket: "hz-portal-static",
    redundancyType: "ZRS",
    tags: { "data-classification": "public" },
  });

  secureCdn(stack, "www", {
    domainName: "www.hz-portal.gov.cn",
    originType: "oss",
    origin: "hz-portal-static.oss-cn-hangzhou.aliyuncs.com",
    certId: "11223344",
    hstsMaxAge: hstsMaxAge.stringValue,
  });
  secureCdn(stack, "zwfw", {
    domainName: "zwfw.hz-portal.gov.cn",
    originType: "domain",
    origin: "zwfw-origin.hz-portal-cloud.com",
    certId: "11223350",
    hstsMaxAge: "5184000",
  });
  secureCdn(stack, "download", {
    domainName: "download.hz-portal.gov.cn",
    cdnType: "download",
    scope: "global",
    originType: "ipaddr",
    origin: "198.51.100.20",
    certId: "11223351",
  });

  const openDataHosts: Record<string, string> = { data: "data.hz-portal.gov.cn", stats: "stats.hz-portal.gov.cn" };
  for (const [key, host] of Object.entries(openDataHosts)) {
    const site = new CdnDomainNew(stack, `open_data_${key}`, {
      domainName: host,
      cdnType: "download",
      scope: "domestic",
      sources: [{ type: "oss", content: "hz-portal-opendata.oss-cn-hangzhou.aliyuncs.com", port: 443, priority: 20, weight: 10 }],
      certificateConfig: { certType: "cas", certId: "11223360", serverCertificateStatus: "on" },
    });
    new CdnDomainConfigA(stack, `open_data_${key}_https_force`, {
      domainName: site.domainName,
      functionName: "https_force",
      functionArgs: args({ enable: "on" }),
    });
  }

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
    functionArgs: args({ enable: "on" }),
  });
  new DcdnDomainConfigA(stack, "api_tls", {
    domainName: api.domainName,
    functionName: "https_tls_version",
    functionArgs: args({ tls10: "off", tls11: "on", tls12: "on" }),
  });
  new DcdnDomainConfigA(stack, "api_hsts", {
    domainName: "api.hz-portal.gov.cn",
    functionName: "HSTS",
    functionArgs: args({ enabled: "on", https_hsts_max_age: hstsMaxAge.stringValue }),
  });

  const events = new DcdnDomain(stack, "events", {
    domainName: "events.hz-portal.gov.cn",
    scope: "domestic",
    sources: [{ type: "ipaddr", content: "203.0.113.10", port: 80, priority: "20", weight: "10" }],
  });
  new DcdnDomainConfigA(stack, "events_http_force", {
    domainName: events.domainName,
    functionName: "http_force",
    functionArgs: args({ enable: "on" }),
  });

  const site = new EsaSite(stack, "portal", {
    siteName: "hz-portal.gov.cn",
    instanceId: "esa-site-8f3a2b1c",
    accessType: "NS",
    coverage: "domestic",
  });
  new EsaHttpsApplicationConfiguration(stack, "portal_https", {
    siteId: site.id,
    httpsForce: "on",
    httpsForceCode: "301",
    hsts: "on",
    hstsMaxAge: "31536000",
  });
  new EsaHttpsBasicConfiguration(stack, "portal_tls", {
    siteId: site.id,
    https: "on",
    tls10: "off",
    tls11: "off",
    tls12: "on",
    tls13: "on",
  });
}
