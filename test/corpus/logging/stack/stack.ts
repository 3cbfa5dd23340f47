// The same portal slice as main.tf, flattened: the audit and network modules become plain
// resources (audit_*, portal_*, mgmt_*), so module addresses turn into root addresses here.
import { TerraformCount, TerraformIterator, TerraformStack, TerraformVariable, Token } from "cdktf";
import { ActiontrailTrail } from "../../../../.gen/providers/alicloud/actiontrail-trail";
import { AlbLoadBalancer } from "../../../../.gen/providers/alicloud/alb-load-balancer";
import { CdnDomainNew } from "../../../../.gen/providers/alicloud/cdn-domain-new";
import { CmsAlarm } from "../../../../.gen/providers/alicloud/cms-alarm";
import { CmsAlarmContactGroup } from "../../../../.gen/providers/alicloud/cms-alarm-contact-group";
import { DbInstance } from "../../../../.gen/providers/alicloud/db-instance";
import { KvstoreInstance } from "../../../../.gen/providers/alicloud/kvstore-instance";
import { LogAudit } from "../../../../.gen/providers/alicloud/log-audit";
import { LogProject } from "../../../../.gen/providers/alicloud/log-project";
import { LogStore } from "../../../../.gen/providers/alicloud/log-store";
import { OssBucket } from "../../../../.gen/providers/alicloud/oss-bucket";
import { OssBucketLoggingA } from "../../../../.gen/providers/alicloud/oss-bucket-logging";
import { OssBucketWorm } from "../../../../.gen/providers/alicloud/oss-bucket-worm";
import { PolardbCluster } from "../../../../.gen/providers/alicloud/polardb-cluster";
import { AlicloudProvider } from "../../../../.gen/providers/alicloud/provider";
import { SlbLoadBalancer } from "../../../../.gen/providers/alicloud/slb-load-balancer";
import { Vpc } from "../../../../.gen/providers/alicloud/vpc";
import { VpcFlowLog } from "../../../../.gen/providers/alicloud/vpc-flow-log";
import { Vswitch } from "../../../../.gen/providers/alicloud/vswitch";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });

  const accountId = new TerraformVariable(stack, "account_id", { type: "string", default: "1234567890123456" });
  const logRetentionDays = new TerraformVariable(stack, "log_retention_days", { type: "number", default: 365 });
  const appBuckets = new TerraformVariable(stack, "app_buckets", {
    type: "set(string)",
    default: ["portal-static", "portal-uploads"],
  });
  const sessionCacheCount = new TerraformVariable(stack, "session_cache_count", { type: "number", default: 2 });

  // ---------------------------------------------------------------- audit trail (A20.2)
  const auditProject = new LogProject(stack, "audit_project", {
    projectName: "gov-portal-audit",
    description: "Operation audit trail (ActionTrail)",
    tags: { "data-classification": "important" },
  });
  new LogStore(stack, "audit_trail_store", {
    projectName: auditProject.projectName,
    logstoreName: "actiontrail_gov-portal-trail",
    retentionPeriod: logRetentionDays.numberValue,
  });
  new ActiontrailTrail(stack, "audit_trail", {
    trailName: "gov-portal-trail",
    eventRw: "All",
    trailRegion: "All",
    status: "Enable",
    slsProjectArn: `acs:log:cn-hangzhou:${accountId.stringValue}:project/${auditProject.projectName}`,
    slsWriteRoleArn: `acs:ram::${accountId.stringValue}:role/aliyunserviceroleforactiontrail`,
  });

  // ---------------------------------------------------------------- operations logs (A20.1)
  const ops = new LogProject(stack, "ops", {
    projectName: "gov-portal-ops",
    description: "Access, flow and application logs of the portal",
    tags: { "data-classification": "internal" },
  });
  const flow = new LogStore(stack, "flow", {
    projectName: ops.projectName,
    logstoreName: "vpc-flow",
    retentionPeriod: logRetentionDays.numberValue,
  });
  const access = new LogStore(stack, "access", {
    projectName: ops.projectName,
    logstoreName: "alb-access",
    retentionPeriod: 730,
  });
  // Debug output left at the 30-day default.
  new LogStore(stack, "debug", { projectName: ops.projectName, logstoreName: "app-debug" });

  // ---------------------------------------------------------------- networks (A20.8)
  const network = (prefix: string, name: string, cidrBlock: string, subnet: string, trafficType: string): Vswitch => {
    const vpc = new Vpc(stack, `${prefix}_vpc`, { vpcName: name, cidrBlock });
    const vswitch = new Vswitch(stack, `${prefix}_vswitch`, {
      vswitchName: `${name}-h`,
      vpcId: vpc.id,
      cidrBlock: subnet,
      zoneId: "cn-hangzhou-h",
    });
    new VpcFlowLog(stack, `${prefix}_flow_log`, {
      flowLogName: name,
      resourceType: "VPC",
      resourceId: vpc.id,
      trafficType,
      status: "Active",
      projectName: ops.projectName,
      logStoreName: flow.logstoreName,
    });
    return vswitch;
  };
  const portalSubnet = network("portal", "gov-portal", "10.10.0.0/16", "10.10.1.0/24", "All");
  // The management VPC records rejected packets only.
  network("mgmt", "gov-portal-mgmt", "10.20.0.0/16", "10.20.1.0/24", "Drop");

  // ---------------------------------------------------------------- entry points (A20.4, A20.7)
  new AlbLoadBalancer(stack, "portal", {
    loadBalancerName: "gov-portal",
    vpcId: "vpc-bp1portal000001",
    addressType: "Internet",
    loadBalancerEdition: "Standard",
    loadBalancerBillingConfig: { payType: "PayAsYouGo" },
    zoneMappings: [
      { zoneId: "cn-hangzhou-h", vswitchId: "vsw-bp1portalh00001" },
      { zoneId: "cn-hangzhou-i", vswitchId: "vsw-bp1portali00001" },
    ],
    accessLogConfig: { logProject: ops.projectName, logStore: access.logstoreName },
  });
  new SlbLoadBalancer(stack, "legacy", {
    loadBalancerName: "gov-appointments",
    addressType: "intranet",
    vswitchId: portalSubnet.id,
    loadBalancerSpec: "slb.s2.small",
  });
  new LogAudit(stack, "central", {
    displayName: "gov-portal-audit",
    aliuid: accountId.stringValue,
    variableMap: {
      actiontrail_enabled: "true",
      actiontrail_ttl: "365",
      slb_access_enabled: "true",
      slb_access_ttl: "365",
    },
  });
  new CdnDomainNew(stack, "static", {
    domainName: "static.portal.gov.cn",
    cdnType: "web",
    scope: "domestic",
    sources: [{ type: "domain", content: "origin.portal.gov.cn", port: 443, priority: 20, weight: 10 }],
    tags: { "data-classification": "public" },
  });

  // ---------------------------------------------------------------- object storage (A20.4, A20.5, A20.6)
  const accessLogs = new OssBucket(stack, "access_logs", {
    bucket: "gov-portal-access-logs",
    tags: { "data-classification": "internal" },
    versioning: { status: "Enabled" },
    logging: { targetBucket: "gov-portal-access-logs", targetPrefix: "self/" },
    lifecycleRule: [
      {
        id: "tier-and-expire",
        prefix: "",
        enabled: true,
        transitions: [{ days: 90, storageClass: "Archive" }],
        expiration: [{ days: 400 }],
      },
    ],
  });
  new OssBucketWorm(stack, "access_logs_worm", {
    bucket: accessLogs.bucket,
    retentionPeriodInDays: 365,
    status: "Locked",
  });
  const apps = TerraformIterator.fromList(appBuckets.listValue);
  new OssBucket(stack, "app", {
    forEach: apps,
    bucket: `gov-${apps.value}`,
    tags: { "data-classification": "internal" },
    logging: { targetBucket: accessLogs.bucket, targetPrefix: `${apps.value}/` },
  });
  const legacyLogs = new OssBucket(stack, "legacy_logs", {
    bucket: "gov-portal-legacy-logs",
    tags: { "data-classification": "internal" },
    logging: { targetBucket: accessLogs.bucket, targetPrefix: "legacy-logs/" },
    lifecycleRule: [{ id: "purge", prefix: "", enabled: true, expiration: [{ days: 90 }] }],
  });
  const exportsBucket = new OssBucket(stack, "exports", {
    bucket: "gov-portal-exports",
    tags: { "data-classification": "sensitive" },
    lifecycle: { ignoreChanges: ["logging"] },
  });
  new OssBucketLoggingA(stack, "exports_logging", {
    bucket: exportsBucket.bucket,
    targetBucket: legacyLogs.bucket,
    targetPrefix: "exports/",
  });

  // ---------------------------------------------------------------- databases (A20.3)
  new DbInstance(stack, "db", {
    engine: "MySQL",
    engineVersion: "8.0",
    instanceType: "mysql.n2.medium.2c",
    instanceStorage: 100,
    instanceName: "gov-portal",
    zoneId: "cn-hangzhou-h",
    vswitchId: portalSubnet.id,
    securityIps: ["10.10.0.0/16"],
    sqlCollectorStatus: "Enabled",
    sqlCollectorConfigValue: 365,
    tags: { "data-classification": "sensitive" },
  });
  // SQL collection (collector_status) never switched on.
  new PolardbCluster(stack, "orders", {
    dbType: "MySQL",
    dbVersion: "8.0",
    dbNodeClass: "polar.mysql.x4.large",
    payType: "PostPaid",
    description: "gov-portal-orders",
    zoneId: "cn-hangzhou-h",
    vswitchId: portalSubnet.id,
    tags: { "data-classification": "sensitive" },
  });
  const sessions = TerraformCount.of(sessionCacheCount.numberValue);
  new KvstoreInstance(stack, "session", {
    count: sessions,
    dbInstanceName: `gov-portal-session-${Token.asString(sessions.index)}`,
    instanceType: "Redis",
    instanceClass: "redis.master.small.default",
    engineVersion: "5.0",
    zoneId: "cn-hangzhou-h",
    vswitchId: portalSubnet.id,
    securityIps: ["10.10.0.0/16"],
    tags: { "data-classification": "internal" },
  });

  // ---------------------------------------------------------------- monitoring (A36.1)
  const opsGroup = new CmsAlarmContactGroup(stack, "ops_group", {
    alarmContactGroupName: "gov-portal-ops",
    describe: "Portal operations on-call",
    contacts: ["ops-duty"],
  });
  new CmsAlarm(stack, "db_cpu", {
    name: "gov-portal-db-cpu",
    project: "acs_rds_dashboard",
    metric: "CpuUsage",
    period: 300,
    contactGroups: [opsGroup.alarmContactGroupName],
    escalationsCritical: { statistics: "Average", comparisonOperator: ">=", threshold: "85", times: 3 },
  });
}
