// A provincial government portal built from govguard's constructs: a static site in a private
// bucket replicated to the disaster-recovery region and served through the domestic HTTPS CDN, an
// application tier administered through a bastion host, an RDS database, the log archive with the
// audit trail, the identity baseline and monitoring alarms. The synth-time check is on, and
// `npm run synth && npx govguard check cdktf.out/stacks/portal` reports no finding. Both read the
// project's govguard.yaml (cdktf.json's context names it; the CLI finds it in the working
// directory), which declares the cloud platform's assessment reference (A24.1).
import { Construct } from "constructs";
import { Instance } from "../.gen/providers/alicloud/instance";
import {
  AdminAccess,
  Database,
  DomesticCdn,
  DomesticStack,
  DomesticStackProps,
  GovNetwork,
  IdentityBaseline,
  LogArchive,
  Monitoring,
  ossOrigin,
  ReplicatedBucket,
} from "../constructs";

export interface PortalStackProps extends Partial<DomesticStackProps> {
  /** The portal's domain; default www.example-province.gov.cn. */
  readonly domainName?: string;
  /** Prefix of every globally unique name (buckets, SLS project); default example-province-portal. */
  readonly prefix?: string;
}

export class PortalStack extends DomesticStack {
  readonly logs: LogArchive;
  readonly network: GovNetwork;
  readonly site: ReplicatedBucket;
  readonly cdn: DomesticCdn;
  readonly admin: AdminAccess;
  readonly app: Instance[];
  readonly database: Database;
  readonly identity: IdentityBaseline;
  readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string, props: PortalStackProps = {}) {
    super(scope, id, { primaryRegion: "cn-hangzhou", drRegion: "cn-shanghai", classification: "internal", ...props });
    const prefix = props.prefix ?? "example-province-portal";

    // Logs first: everything else delivers into it. A year of retention, encrypted, WORM-protected.
    this.logs = new LogArchive(this, "logs", { name: `${prefix}-logs` });

    this.network = new GovNetwork(this, "network", {
      name: `${prefix}-vpc`,
      cidrBlock: "10.20.0.0/16",
      subnets: [
        { zoneId: "cn-hangzhou-i", cidrBlock: "10.20.1.0/24" },
        { zoneId: "cn-hangzhou-j", cidrBlock: "10.20.2.0/24" },
      ],
      logArchive: this.logs,
    });
    const [zoneI, zoneJ] = this.network.vswitches;

    // The static site: private, replicated to cn-shanghai, read by the CDN with back-to-origin auth.
    this.site = new ReplicatedBucket(this, "site", {
      bucketName: `${prefix}-site`,
      classification: "public",
      logArchive: this.logs,
      website: { indexDocument: "index.html", errorDocument: "404.html" },
    });
    this.cdn = new DomesticCdn(this, "cdn", {
      domainName: props.domainName ?? "www.example-province.gov.cn",
      origins: [ossOrigin(this.site)],
      certificate: { certId: "12345678", certName: "www-example-province-gov-cn" },
      logArchive: this.logs,
    });

    // The application tier: SSH only through the bastion, which operators reach from the office ranges.
    this.admin = new AdminAccess(this, "admin", {
      name: `${prefix}-app`,
      vpcId: this.network.vpc.id,
      adminCidrs: ["10.0.0.0/8"],
      bastion: { vswitchId: zoneI.id, slaveVswitchId: zoneJ.id },
    });
    this.app = [zoneI, zoneJ].map(
      (vswitch, i) =>
        new Instance(this, `app-${i + 1}`, {
          instanceName: `${prefix}-app-${i + 1}`,
          hostName: `portal-app-${i + 1}`,
          imageId: "aliyun_3_x64_20G_alibase_20240528.vhd",
          instanceType: "ecs.g7.large",
          vswitchId: vswitch.id,
          securityGroups: [this.admin.securityGroup.id],
          internetMaxBandwidthOut: 0,
          systemDiskCategory: "cloud_essd",
          systemDiskSize: 40,
          systemDiskEncrypted: true,
          deletionProtection: true,
          httpTokens: "required",
          tags: { app: "portal" },
        }),
    );

    // The database: important data, multi-zone, backed up across regions, SQL audit for a year.
    this.database = new Database(this, "database", {
      name: `${prefix}-db`,
      zoneId: "cn-hangzhou-i",
      standbyZoneId: "cn-hangzhou-j",
      vswitchIds: [zoneI.id, zoneJ.id],
      vpcId: this.network.vpc.id,
      securityIps: ["10.20.0.0/16"],
      classification: "important",
    });

    this.identity = new IdentityBaseline(this, "identity", { loginNetworkMasks: ["10.0.0.0/8"] });

    this.monitoring = new Monitoring(this, "monitoring", { contactGroupName: `${prefix}-oncall` });
    this.app.forEach((instance, i) =>
      this.monitoring.addAlarm(`app-${i + 1}-cpu`, {
        name: `${prefix}-app-${i + 1}-cpu`,
        project: "acs_ecs_dashboard",
        metric: "CPUUtilization",
        dimensions: [{ instanceId: instance.id }],
        threshold: 85,
      }),
    );
    this.monitoring.addAlarm("database-cpu", {
      name: `${prefix}-db-cpu`,
      project: "acs_rds_dashboard",
      metric: "CpuUsage",
      dimensions: [{ instanceId: this.database.instance.id }],
      threshold: 80,
    });
  }
}
