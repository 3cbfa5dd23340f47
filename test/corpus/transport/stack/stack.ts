// The same citizen-services portal slice as main.tf, flattened: the web module's resources are
// created directly under the stack (ids prefixed web_), count/for_each become explicit loops.
import { TerraformStack, TerraformVariable } from "cdktf";
import { AlbListener } from "../../../../.gen/providers/alicloud/alb-listener";
import { AlbLoadBalancer } from "../../../../.gen/providers/alicloud/alb-load-balancer";
import { AlbRule } from "../../../../.gen/providers/alicloud/alb-rule";
import { AlbServerGroup } from "../../../../.gen/providers/alicloud/alb-server-group";
import { DbBackupPolicy } from "../../../../.gen/providers/alicloud/db-backup-policy";
import { DbConnection } from "../../../../.gen/providers/alicloud/db-connection";
import { DbInstance } from "../../../../.gen/providers/alicloud/db-instance";
import { DbReadonlyInstance } from "../../../../.gen/providers/alicloud/db-readonly-instance";
import { KmsKey } from "../../../../.gen/providers/alicloud/kms-key";
import { KvstoreInstance } from "../../../../.gen/providers/alicloud/kvstore-instance";
import { OssBucket } from "../../../../.gen/providers/alicloud/oss-bucket";
import { OssBucketPolicy } from "../../../../.gen/providers/alicloud/oss-bucket-policy";
import { PolardbBackupPolicy } from "../../../../.gen/providers/alicloud/polardb-backup-policy";
import { PolardbCluster } from "../../../../.gen/providers/alicloud/polardb-cluster";
import { PolardbEndpoint } from "../../../../.gen/providers/alicloud/polardb-endpoint";
import { AlicloudProvider } from "../../../../.gen/providers/alicloud/provider";
import { RdsInstanceCrossBackupPolicy } from "../../../../.gen/providers/alicloud/rds-instance-cross-backup-policy";
import { SlbListener } from "../../../../.gen/providers/alicloud/slb-listener";
import { SlbLoadBalancer } from "../../../../.gen/providers/alicloud/slb-load-balancer";
import { Vpc } from "../../../../.gen/providers/alicloud/vpc";
import { Vswitch } from "../../../../.gen/providers/alicloud/vswitch";

function httpsOnly(bucket: string): string {
  return JSON.stringify({
    Version: "1",
    Statement: [
      {
        Effect: "Deny",
        Principal: ["*"],
        Action: ["oss:*"],
        Resource: [`acs:oss:*:*:${bucket}`, `acs:oss:*:*:${bucket}/*`],
        Condition: { Bool: { "acs:SecureTransport": ["false"] } },
      },
    ],
  });
}

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const env = new TerraformVariable(stack, "env", { type: "string", default: "prod" });
  const appCidr = new TerraformVariable(stack, "app_cidr", {
    type: "string",
    description: "Application subnet range allowed into the data tier",
    default: "10.30.0.0/16",
  });
  const zones = ["cn-hangzhou-h", "cn-hangzhou-i"];

  const vpc = new Vpc(stack, "portal", { vpcName: `portal-${env.stringValue}`, cidrBlock: "10.30.0.0/16" });
  const data = zones.map(
    (zone, i) =>
      new Vswitch(stack, `data_${i}`, {
        vpcId: vpc.id,
        cidrBlock: `10.30.${i + 1}.0/24`,
        zoneId: zone,
        vswitchName: `portal-${env.stringValue}-data-${i}`,
      }),
  );

  // ---------------------------------------------------------------- entry points (was module "web")
  const name = `portal-${env.stringValue}`;
  const alb = new AlbLoadBalancer(stack, "web_alb", {
    loadBalancerName: name,
    vpcId: vpc.id,
    addressType: "Internet",
    addressAllocatedMode: "Fixed",
    loadBalancerEdition: "Standard",
    loadBalancerBillingConfig: { payType: "PayAsYouGo" },
    zoneMappings: data.map((vsw, i) => ({ vswitchId: vsw.id, zoneId: zones[i] })),
  });
  const web = new AlbServerGroup(stack, "web_server_group", {
    serverGroupName: `${name}-web`,
    protocol: "HTTP",
    vpcId: vpc.id,
    healthCheckConfig: { healthCheckEnabled: true, healthCheckPath: "/healthz" },
    stickySessionConfig: { stickySessionEnabled: false },
  });
  const forward = [{ type: "ForwardGroup", forwardGroupConfig: { serverGroupTuples: [{ serverGroupId: web.id }] } }];
  const certificates = [{ certificateId: "1234567-cn-hangzhou" }];
  new AlbListener(stack, "web_https", {
    loadBalancerId: alb.id,
    listenerProtocol: "HTTPS",
    listenerPort: 443,
    securityPolicyId: "tls_cipher_policy_1_2_strict",
    certificates,
    defaultActions: forward,
  });
  const http = new AlbListener(stack, "web_http", { loadBalancerId: alb.id, listenerProtocol: "HTTP", listenerPort: 80, defaultActions: forward });
  new AlbRule(stack, "web_redirect", {
    ruleName: `${name}-https-redirect`,
    listenerId: http.id,
    priority: 1,
    ruleConditions: [{ type: "Path", pathConfig: { values: ["/*"] } }],
    ruleActions: [{ order: 1, type: "Redirect", redirectConfig: { protocol: "HTTPS", port: "443", httpCode: "301" } }],
  });
  // Back-office listener: security_policy_id forgotten.
  new AlbListener(stack, "web_admin", {
    loadBalancerId: alb.id,
    listenerProtocol: "HTTPS",
    listenerPort: 8443,
    certificates,
    defaultActions: forward,
  });

  // Legacy CLB still serving the old form-download site.
  const legacy = new SlbLoadBalancer(stack, "legacy", {
    loadBalancerName: `portal-${env.stringValue}-legacy`,
    addressType: "internet",
    loadBalancerSpec: "slb.s2.small",
    paymentType: "PayAsYouGo",
  });
  // No tls_cipher_policy: default tls_cipher_policy_1_0.
  const legacyHttps = new SlbListener(stack, "legacy_https", {
    loadBalancerId: legacy.id,
    frontendPort: 443,
    backendPort: 8080,
    protocol: "https",
    bandwidth: -1,
    serverCertificateId: "1234567890-cn-hangzhou",
  });
  new SlbListener(stack, "legacy_http", {
    loadBalancerId: legacy.id,
    frontendPort: 80,
    protocol: "http",
    bandwidth: -1,
    listenerForward: "on",
    forwardPort: 443,
    dependsOn: [legacyHttps],
  });

  // ---------------------------------------------------------------- object storage
  const uploads = new OssBucket(stack, "uploads", {
    bucket: "gov-portal-prod-uploads",
    redundancyType: "ZRS",
    tags: { "data-classification": "sensitive" },
  });
  new OssBucketPolicy(stack, "uploads_policy", { bucket: uploads.bucket, policy: httpsOnly("gov-portal-prod-uploads") });
  // Public media served through the CDN: no bucket policy at all.
  for (const kind of ["images", "video"]) {
    new OssBucket(stack, `media_${kind}`, {
      bucket: `gov-portal-prod-${kind}`,
      redundancyType: "ZRS",
      forceDestroy: false,
      tags: { "data-classification": "public" },
    });
  }
  // Nightly exports: HTTPS-only inline policy, but Terraform may empty and delete it.
  new OssBucket(stack, "exports", {
    bucket: "gov-portal-prod-exports",
    redundancyType: "ZRS",
    forceDestroy: true,
    tags: { "data-classification": "internal" },
    policy: httpsOnly("gov-portal-prod-exports"),
  });
  new KmsKey(stack, "data", {
    description: "portal data key",
    keySpec: "Aliyun_SM4",
    keyUsage: "ENCRYPT/DECRYPT",
    automaticRotation: "Enabled",
    rotationInterval: "365d",
    pendingWindowInDays: 30,
    deletionProtection: "Enabled",
    tags: { "data-classification": "important" },
  });

  // ---------------------------------------------------------------- databases
  const citizen = new DbInstance(stack, "citizen", {
    engine: "MySQL",
    engineVersion: "8.0",
    instanceType: "mysql.n2.medium.2c",
    instanceStorage: 200,
    instanceName: `portal-${env.stringValue}-citizen`,
    category: "HighAvailability",
    zoneId: "cn-hangzhou-h",
    zoneIdSlaveA: "cn-hangzhou-i",
    vswitchId: `${data[0].id},${data[1].id}`,
    securityIps: ["10.30.0.0/16"],
    sslAction: "Open",
    deletionProtection: true,
    tags: { "data-classification": "important" },
  });
  new DbBackupPolicy(stack, "citizen_backup", { instanceId: citizen.id, backupRetentionPeriod: 30 });
  new RdsInstanceCrossBackupPolicy(stack, "citizen_cross_backup", {
    instanceId: citizen.id,
    crossBackupRegion: "cn-shanghai",
    logBackupEnabled: "Enable",
  });
  // A contractor asked for an internet connection string.
  new DbConnection(stack, "citizen_public", { instanceId: citizen.id, connectionPrefix: "gov-portal-citizen-pub" });
  // Read replicas for the statistics team, opened to the whole internet.
  data.forEach(
    (vsw, i) =>
      new DbReadonlyInstance(stack, `reports_${i}`, {
        masterDbInstanceId: citizen.id,
        engineVersion: "8.0",
        instanceType: "mysqlro.n2.medium.1c",
        instanceStorage: 200,
        instanceName: `portal-${env.stringValue}-reports-${i}`,
        vswitchId: vsw.id,
        zoneId: zones[i],
        securityIps: ["10.30.0.0/16", "0.0.0.0/0"],
        tags: { "data-classification": "important" },
      }),
  );

  // Feedback forms: single-node Basic edition.
  const feedback = new DbInstance(stack, "feedback", {
    engine: "MySQL",
    engineVersion: "8.0",
    instanceType: "mysql.n2.medium.1",
    instanceStorage: 50,
    instanceName: `portal-${env.stringValue}-feedback`,
    category: "Basic",
    zoneId: "cn-hangzhou-h",
    vswitchId: data[0].id,
    securityIps: [appCidr.stringValue],
    sslAction: "Open",
    deletionProtection: true,
    tags: { "data-classification": "internal" },
  });
  new DbBackupPolicy(stack, "feedback_backup", { instanceId: feedback.id, backupRetentionPeriod: 7 });

  // Session cache: allow-list from the variable, but TLS switched off.
  new KvstoreInstance(stack, "sessions", {
    dbInstanceName: `portal-${env.stringValue}-sessions`,
    instanceClass: "redis.master.small.default",
    engineVersion: "7.0",
    zoneId: "cn-hangzhou-h",
    vswitchId: data[0].id,
    securityIps: [appCidr.stringValue],
    sslEnable: "Disable",
    instanceReleaseProtection: true,
    tags: { "data-classification": "internal" },
  });

  // Case files: hot standby and backups copied to Beijing, but no deletion lock.
  const cases = new PolardbCluster(stack, "cases", {
    dbType: "MySQL",
    dbVersion: "8.0",
    dbNodeClass: "polar.mysql.x4.large",
    payType: "PostPaid",
    vswitchId: data[0].id,
    zoneId: "cn-hangzhou-h",
    hotStandbyCluster: "ON",
    description: `portal-${env.stringValue}-cases`,
    dbClusterIpArray: [{ dbClusterIpArrayName: "default", securityIps: [appCidr.stringValue] }],
    tags: { "data-classification": "important" },
  });
  new PolardbBackupPolicy(stack, "cases_backup", {
    dbClusterId: cases.id,
    dataLevel1BackupRetentionPeriod: 7,
    dataLevel2BackupRetentionPeriod: 30,
    dataLevel2BackupAnotherRegionRegion: "cn-beijing",
    dataLevel2BackupAnotherRegionRetentionPeriod: 30,
  });
  new PolardbEndpoint(stack, "cases_endpoint", { dbClusterId: cases.id, endpointType: "Custom", sslEnabled: "Enable" });
}
