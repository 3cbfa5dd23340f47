// A CDN domain for a government site: mainland nodes only (A28.1), domestic origins (A28.2), a
// certificate (A29.1), HTTP forced to HTTPS (A29.2), TLS 1.2 or newer (A29.3), HSTS (A29.4),
// real-time logs into the log archive (A20.4), and a domain with the required suffix (A5.1).
import { TerraformProvider, Token } from "./cdk";
import { Construct } from "constructs";
import { CdnDomainConfigA } from "../.gen/providers/alicloud/cdn-domain-config";
import { CdnDomainNew, CdnDomainNewCertificateConfig } from "../.gen/providers/alicloud/cdn-domain-new";
import { CdnRealTimeLogDelivery } from "../.gen/providers/alicloud/cdn-real-time-log-delivery";
import { providerAndRegion, requireAllowedRegion } from "./common";
import { ConstructPropError } from "./errors";
import { violation } from "./policy-facts";
import { LogArchive } from "./log-archive";
import { GovguardPolicyCheck } from "./policy-check";
import { ReplicatedBucket } from "./replicated-bucket";
import { configOf, probe, settingsOf } from "./settings";

/** One origin of the domain, as alicloud_cdn_domain_new.sources takes it. */
export interface CdnOrigin {
  /** `oss`, `domain` or `ipaddr`. */
  readonly type: string;
  /** `<bucket>.oss-<region>.aliyuncs.com`, a domain, or an IP address. */
  readonly content: string;
  /** Default 443. */
  readonly port?: number;
  /** Default 20. */
  readonly priority?: number;
  /** Default 10. */
  readonly weight?: number;
}

/** A private OSS bucket as the origin, read with CDN's back-to-origin authorisation (never public). */
export function ossOrigin(bucket: ReplicatedBucket | { readonly bucketName: string; readonly region: string }): CdnOrigin {
  return { type: "oss", content: `${bucket.bucketName}.oss-${bucket.region}.aliyuncs.com`, port: 443 };
}

/** The certificate served at the edge (A29.1): a Certificate Management Service one, an uploaded one, or a free one. */
export type CdnCertificate =
  | { readonly certId: string; readonly certName?: string; readonly certRegion?: string }
  | { readonly serverCertificate: string; readonly privateKey: string; readonly certName?: string }
  | { readonly free: true };

/** Where real-time logs go when there is no LogArchive in the stack. */
export interface CdnLogTarget {
  readonly project: string;
  readonly logstore: string;
  readonly region: string;
}

export interface DomesticCdnProps {
  /** The accelerated domain; must carry the suffix org.type requires (A5.1), such as `.gov.cn`. */
  readonly domainName: string;
  /** The origins; each must be domestic (A28.2). */
  readonly origins: readonly CdnOrigin[];
  /** The edge certificate (A29.1). */
  readonly certificate: CdnCertificate;
  /** Only `domestic` (mainland nodes) is accepted (A28.1). Default `domestic`. */
  readonly scope?: string;
  /** HTTP is redirected to HTTPS; false is refused (A29.2). Default true. */
  readonly forceHttps?: boolean;
  /** Lowest TLS version at the edge: `1.2` (default) or `1.3`; older ones are refused (A29.3). */
  readonly minTlsVersion?: string;
  /** HSTS max-age in seconds; at least tls.hsts_min_age (A29.4). Default that minimum. */
  readonly hstsMaxAge?: number;
  /** HSTS for subdomains too; default false. */
  readonly hstsIncludeSubdomains?: boolean;
  /** Real-time logs into this archive's `cdn-access` store (A20.4). Required unless logTarget is given. */
  readonly logArchive?: LogArchive;
  /** Or into another SLS log store. */
  readonly logTarget?: CdnLogTarget;
  /** `web` (default), `download` or `video`. */
  readonly cdnType?: string;
  /** Tags of the domain. */
  readonly tags?: Record<string, string>;
  /** The provider; default the stack's default. */
  readonly provider?: TerraformProvider;
}

const PROBE = "alicloud_cdn_domain_new.probe";

export class DomesticCdn extends Construct {
  readonly domain: CdnDomainNew;
  readonly domainName: string;
  readonly configs: CdnDomainConfigA[] = [];
  readonly realTimeLog: CdnRealTimeLogDelivery;

  constructor(scope: Construct, id: string, props: DomesticCdnProps) {
    super(scope, id);
    const settings = settingsOf(this);
    const { provider } = providerAndRegion(this, props.provider);
    this.domainName = props.domainName;

    const cdnScope = props.scope ?? "domestic";
    if (cdnScope !== "domestic") {
      throw violation(
        "A28.1",
        this,
        { zh: `CDN 加速范围 scope = ${cdnScope}，会调度境外节点`, en: `the CDN scope is ${cdnScope}, which schedules nodes outside the mainland` },
      );
    }
    if (props.forceHttps === false) {
      throw violation(
        "A29.2",
        this,
        { zh: "forceHttps = false 允许以明文 HTTP 访问", en: "forceHttps = false lets clients stay on plain HTTP" },
      );
    }
    const minTls = props.minTlsVersion ?? "1.2";
    if (minTls !== "1.2" && minTls !== "1.3") {
      throw violation(
        "A29.3",
        this,
        { zh: `最低 TLS 版本 ${minTls} 低于 1.2`, en: `minimum TLS version ${minTls} is below 1.2` },
      );
    }
    const hstsMaxAge = props.hstsMaxAge ?? settings.hstsMinAge;
    if (!Number.isInteger(hstsMaxAge) || hstsMaxAge < settings.hstsMinAge) {
      throw violation(
        "A29.4",
        this,
        { zh: `HSTS 有效期 ${hstsMaxAge} 秒少于 ${settings.hstsMinAge} 秒`, en: `HSTS max-age ${hstsMaxAge} seconds is below ${settings.hstsMinAge}` },
      );
    }
    const certificate = this.certificateConfig(props.certificate);
    if (props.origins.length === 0) throw new ConstructPropError(this, { zh: "至少需要一个源站", en: "at least one origin is needed" });
    const sources = props.origins.map((o) => ({ type: o.type, content: o.content, port: o.port ?? 443, priority: o.priority ?? 20, weight: o.weight ?? 10 }));

    // The domain suffix (A5.1) and the origins (A28.2), judged by the policy itself.
    if (!Token.isUnresolved(props.domainName) && sources.every((s) => !Token.isUnresolved(s.content))) {
      const [finding] = probe(
        configOf(this),
        { resource: { alicloud_cdn_domain_new: { probe: { domain_name: props.domainName, cdn_type: "web", scope: "domestic", sources } } } },
        ["A5.1", "A28.2"],
        PROBE,
      );
      if (finding) {
        throw violation(finding.control, this, finding.message, finding);
      }
    }

    const logTarget = this.logTarget(props);
    requireAllowedRegion(this, logTarget.region, { zh: "实时日志投递区域", en: "real-time log region" }, "A23.2");

    this.domain = new CdnDomainNew(this, "domain", {
      provider,
      domainName: props.domainName,
      cdnType: props.cdnType ?? "web",
      scope: "domestic",
      sources,
      certificateConfig: certificate,
      tags: props.tags,
    });
    const domainName = this.domain.domainName;
    const config = (name: string, functionName: string, args: Record<string, string>): void => {
      this.configs.push(
        new CdnDomainConfigA(this, name, {
          provider,
          domainName,
          functionName,
          functionArgs: Object.entries(args).map(([argName, argValue]) => ({ argName, argValue })),
        }),
      );
    };
    config("https-force", "https_force", { enable: "on", https_rewrite: "301" });
    config("tls-version", "https_tls_version", { tls10: "off", tls11: "off", tls12: minTls === "1.2" ? "on" : "off", tls13: "on" });
    config("hsts", "HSTS", { enabled: "on", https_hsts_max_age: String(hstsMaxAge), https_hsts_include_subdomains: props.hstsIncludeSubdomains ? "on" : "off" });
    config("origin-https", "forward_scheme", { enable: "on", scheme_origin: "https" });
    if (sources.some((s) => s.type === "oss")) config("private-oss-origin", "l2_oss_key", { private_oss_auth: "on" });

    this.realTimeLog = new CdnRealTimeLogDelivery(this, "real-time-log", {
      provider,
      domain: domainName,
      project: logTarget.project,
      logstore: logTarget.logstore,
      slsRegion: logTarget.region,
    });
    GovguardPolicyCheck.ensure(this);
  }

  private certificateConfig(certificate: CdnCertificate | undefined): CdnDomainNewCertificateConfig {
    if (certificate === undefined) {
      throw violation(
        "A29.1",
        this,
        { zh: "没有证书，加速域名无法提供 HTTPS", en: "without a certificate the domain cannot serve HTTPS" },
      );
    }
    if ("free" in certificate) return { certType: "free", serverCertificateStatus: "on" };
    if ("certId" in certificate) {
      return { certType: "cas", certId: certificate.certId, certName: certificate.certName, certRegion: certificate.certRegion ?? "cn-hangzhou", serverCertificateStatus: "on" };
    }
    return { certType: "upload", certName: certificate.certName, serverCertificate: certificate.serverCertificate, privateKey: certificate.privateKey, serverCertificateStatus: "on" };
  }

  private logTarget(props: DomesticCdnProps): CdnLogTarget {
    if (props.logTarget) return props.logTarget;
    if (props.logArchive) {
      const store = props.logArchive.logStore("cdn-access");
      return { project: props.logArchive.project.projectName, logstore: store.logstoreName, region: props.logArchive.region };
    }
    throw violation(
      "A20.4",
      this,
      { zh: "加速域名没有实时日志的投递目标", en: "the domain has nowhere to deliver real-time logs" },
    );
  }
}
