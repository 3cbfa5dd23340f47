import { TerraformStack } from "cdktf";
import { DbInstance } from "../../../../../../.gen/providers/alicloud/db-instance";
import { KvstoreAuditLogConfig } from "../../../../../../.gen/providers/alicloud/kvstore-audit-log-config";
import { KvstoreInstance } from "../../../../../../.gen/providers/alicloud/kvstore-instance";
import { PolardbCluster } from "../../../../../../.gen/providers/alicloud/polardb-cluster";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const common = { zoneId: "cn-hangzhou-h", vswitchId: "vsw-bp1portaldb0001" };

  // Compliant: SQL Explorer on, three years.
  new DbInstance(stack, "citizen", {
    ...common,
    engine: "MySQL",
    engineVersion: "8.0",
    instanceType: "mysql.n2.medium.2c",
    instanceStorage: 100,
    instanceName: "gov-portal-citizen",
    securityIps: ["10.10.0.0/16"],
    sqlCollectorStatus: "Enabled",
    sqlCollectorConfigValue: 1095,
    tags: { "data-classification": "sensitive" },
  });

  // Non-compliant: collection switched off.
  new PolardbCluster(stack, "orders", {
    ...common,
    dbType: "MySQL",
    dbVersion: "8.0",
    dbNodeClass: "polar.mysql.x4.large",
    payType: "PostPaid",
    description: "gov-portal-orders",
    collectorStatus: "Disabled",
    tags: { "data-classification": "sensitive" },
  });

  // Non-compliant: audit log kept only 30 days.
  const session = new KvstoreInstance(stack, "session", {
    ...common,
    dbInstanceName: "gov-portal-session",
    instanceType: "Redis",
    instanceClass: "redis.master.small.default",
    engineVersion: "5.0",
    securityIps: ["10.10.0.0/16"],
    tags: { "data-classification": "internal" },
  });
  new KvstoreAuditLogConfig(stack, "session_audit", { instanceId: session.id, dbAudit: true, retention: 30 });
}
