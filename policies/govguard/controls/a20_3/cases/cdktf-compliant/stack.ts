import { TerraformStack } from "cdktf";
import { DbInstance } from "../../../../../../.gen/providers/alicloud/db-instance";
import { KvstoreAuditLogConfig } from "../../../../../../.gen/providers/alicloud/kvstore-audit-log-config";
import { KvstoreInstance } from "../../../../../../.gen/providers/alicloud/kvstore-instance";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const common = { zoneId: "cn-hangzhou-h", vswitchId: "vsw-bp1portaldb0001" };

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

  const session = new KvstoreInstance(stack, "session", {
    ...common,
    dbInstanceName: "gov-portal-session",
    instanceType: "Redis",
    instanceClass: "redis.master.small.default",
    engineVersion: "5.0",
    securityIps: ["10.10.0.0/16"],
    tags: { "data-classification": "internal" },
  });
  new KvstoreAuditLogConfig(stack, "session_audit", { instanceId: session.id, dbAudit: true, retention: 365 });
}
