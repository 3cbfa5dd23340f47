import { TerraformStack } from "cdktf";
import { AlbLoadBalancer } from "../../../../../../.gen/providers/alicloud/alb-load-balancer";
import { CdnDomainNew } from "../../../../../../.gen/providers/alicloud/cdn-domain-new";
import { CdnRealTimeLogDelivery } from "../../../../../../.gen/providers/alicloud/cdn-real-time-log-delivery";
import { LogProject } from "../../../../../../.gen/providers/alicloud/log-project";
import { LogStore } from "../../../../../../.gen/providers/alicloud/log-store";
import { OssBucket } from "../../../../../../.gen/providers/alicloud/oss-bucket";
import { OssBucketLoggingA } from "../../../../../../.gen/providers/alicloud/oss-bucket-logging";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const project = new LogProject(stack, "access", {
    projectName: "gov-portal-access",
    tags: { "data-classification": "internal" },
  });
  const store = new LogStore(stack, "access_store", {
    projectName: project.projectName,
    logstoreName: "access",
    retentionPeriod: 365,
  });

  // ALB with inline access logs: compliant.
  const zoneMappings = [
    { zoneId: "cn-hangzhou-h", vswitchId: "vsw-bp1portalh00001" },
    { zoneId: "cn-hangzhou-i", vswitchId: "vsw-bp1portali00001" },
  ];
  new AlbLoadBalancer(stack, "portal", {
    loadBalancerName: "gov-portal",
    vpcId: "vpc-bp1portal000001",
    addressType: "Internet",
    loadBalancerEdition: "Standard",
    loadBalancerBillingConfig: { payType: "PayAsYouGo" },
    zoneMappings,
    accessLogConfig: { logProject: project.projectName, logStore: store.logstoreName },
  });
  // ALB without access logs: finding.
  new AlbLoadBalancer(stack, "admin", {
    loadBalancerName: "gov-portal-admin",
    vpcId: "vpc-bp1portal000001",
    addressType: "Intranet",
    loadBalancerEdition: "Standard",
    loadBalancerBillingConfig: { payType: "PayAsYouGo" },
    zoneMappings,
  });

  // Log archive logs itself; the app bucket logs through the standalone resource.
  const logs = new OssBucket(stack, "logs", {
    bucket: "gov-portal-access-logs",
    tags: { "data-classification": "internal" },
    versioning: { status: "Enabled" },
    logging: { targetBucket: "gov-portal-access-logs", targetPrefix: "self/" },
  });
  const app = new OssBucket(stack, "app", {
    bucket: "gov-portal-app",
    tags: { "data-classification": "internal" },
    lifecycle: { ignoreChanges: ["logging"] },
  });
  new OssBucketLoggingA(stack, "app_logging", { bucket: app.bucket, targetBucket: logs.bucket, targetPrefix: "app/" });

  // CDN domain without real-time log delivery: finding. The www domain has one.
  const sources = [{ type: "domain", content: "origin.portal.gov.cn", port: 443, priority: 20, weight: 10 }];
  const www = new CdnDomainNew(stack, "www", {
    domainName: "www.portal.gov.cn",
    cdnType: "web",
    scope: "domestic",
    sources,
    tags: { "data-classification": "public" },
  });
  new CdnRealTimeLogDelivery(stack, "www_logs", {
    domain: www.domainName,
    project: project.projectName,
    logstore: store.logstoreName,
    slsRegion: "cn-hangzhou",
  });
  new CdnDomainNew(stack, "video", {
    domainName: "video.portal.gov.cn",
    cdnType: "video",
    scope: "domestic",
    sources,
    tags: { "data-classification": "public" },
  });
}
