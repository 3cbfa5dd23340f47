// A security group for an application tier whose administration ports are reachable only from
// the admin allow-list, directly or through a bastion host (A19.1, A19.5), and which the internet
// reaches only on the public service ports (A19.2).
import { TerraformProvider } from "./cdk";
import { Construct } from "constructs";
import { BastionhostInstance } from "../.gen/providers/alicloud/bastionhost-instance";
import { SecurityGroup } from "../.gen/providers/alicloud/security-group";
import { SecurityGroupRule } from "../.gen/providers/alicloud/security-group-rule";
import { providerAndRegion } from "./common";
import { ConstructPropError } from "./errors";
import { factsAt, violation } from "./policy-facts";
import { cidrInside, isWorld, parseCidr } from "./net";
import { GovguardPolicyCheck } from "./policy-check";
import { settingsOf } from "./settings";

export interface BastionOptions {
  /** The vSwitch of the bastion host. */
  readonly vswitchId: string;
  /** A second vSwitch in another zone for high availability. */
  readonly slaveVswitchId?: string;
  /** Default `bhah_ent_50_asset`. */
  readonly licenseCode?: string;
  /** Default `cloudbastion`. */
  readonly planCode?: string;
  /** Storage in TB; default `5`. */
  readonly storage?: string;
  /** Bandwidth in Mbps; default `5`. */
  readonly bandwidth?: string;
  /** Subscription months; default 1. */
  readonly period?: number;
  /**
   * Public addresses allowed to reach the bastion over the internet. Empty (default) keeps public
   * access off; otherwise every entry must lie inside admin.allowed_cidrs (A19.5).
   */
  readonly publicWhiteList?: readonly string[];
  readonly description?: string;
}

export interface AdminAccessProps {
  /** Names the security groups and the bastion. */
  readonly name: string;
  /** The VPC of the application tier. */
  readonly vpcId: string;
  /** Ranges that may reach the administration ports (or the bastion); each inside admin.allowed_cidrs (A19.1). Default admin.allowed_cidrs. */
  readonly adminCidrs?: readonly string[];
  /** Administration ports to open to the admins; default [22]. */
  readonly adminPorts?: readonly number[];
  /** Ports open to the whole internet; each must be in public.ports (A19.2), default none. */
  readonly publicPorts?: readonly number[];
  /** With a bastion host, administration ports open only to the bastion's security group. */
  readonly bastion?: BastionOptions;
  readonly tags?: Record<string, string>;
  /** The provider; default the stack's default. */
  readonly provider?: TerraformProvider;
}

/** Ports the bastion host listens on for operators: the web console and the SSH proxy. */
const BASTION_PORTS = [443, 60022];

/** A rule's source for a CIDR: cidr_ip for IPv4, ipv6_cidr_ip for IPv6. */
function source(cidr: string): { cidrIp?: string; ipv6CidrIp?: string } {
  return parseCidr(cidr)?.family === 6 ? { ipv6CidrIp: cidr } : { cidrIp: cidr };
}

function requirePort(scope: Construct, port: number): number {
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConstructPropError(scope, { zh: `端口 ${port} 不合法`, en: `port ${port} is not valid` });
  }
  return port;
}

export class AdminAccess extends Construct {
  /** The security group of the application tier. */
  readonly securityGroup: SecurityGroup;
  readonly rules: SecurityGroupRule[] = [];
  readonly bastion?: BastionhostInstance;
  readonly bastionSecurityGroup?: SecurityGroup;

  constructor(scope: Construct, id: string, props: AdminAccessProps) {
    super(scope, id);
    const settings = settingsOf(this);
    const { provider } = providerAndRegion(this, props.provider);

    const adminCidrs = [...(props.adminCidrs ?? settings.adminCidrs)];
    if (adminCidrs.length === 0) throw new ConstructPropError(this, { zh: "adminCidrs 不能为空", en: "adminCidrs cannot be empty" });
    for (const cidr of adminCidrs) {
      if (isWorld(cidr)) {
        throw violation(
          "A19.1",
          this,
          { zh: `管理网段 ${cidr} 向整个互联网开放管理端口`, en: `admin range ${cidr} opens the administration ports to the whole internet` },
        );
      }
      if (!parseCidr(cidr)) throw new ConstructPropError(this, { zh: `${cidr} 不是合法的网段`, en: `${cidr} is not a valid CIDR` });
      if (!cidrInside(cidr, settings.adminCidrs)) {
        throw violation(
          "A19.1",
          this,
          { zh: `管理网段 ${cidr} 不在 admin.allowed_cidrs（${settings.adminCidrs.join("、")}）之内`, en: `admin range ${cidr} is not inside admin.allowed_cidrs (${settings.adminCidrs.join(", ")})` },
        );
      }
    }
    const adminPorts = (props.adminPorts ?? [22]).map((p) => requirePort(this, p));
    const publicPorts = (props.publicPorts ?? []).map((p) => requirePort(this, p));
    const facts = factsAt(this);
    for (const port of publicPorts) {
      if (facts.isAdminPort(port)) {
        throw violation(
          "A19.1",
          this,
          { zh: `端口 ${port} 是管理端口（admin.ports），不能向互联网开放`, en: `port ${port} is an administration port (admin.ports) and cannot be open to the internet` },
        );
      }
      if (!facts.mayBePublic(port)) {
        throw violation(
          "A19.2",
          this,
          { zh: `端口 ${port} 不在 public.ports（${facts.data.publicPorts.join("、")}）中，不能向互联网开放`, en: `port ${port} is not in public.ports (${facts.data.publicPorts.join(", ")}) and cannot be open to the internet` },
        );
      }
    }
    const whiteList = [...(props.bastion?.publicWhiteList ?? [])];
    for (const cidr of whiteList) {
      if (isWorld(cidr) || !cidrInside(cidr, settings.adminCidrs)) {
        throw violation(
          "A19.5",
          this,
          { zh: `堡垒机公网白名单 ${cidr} 不在 admin.allowed_cidrs 之内`, en: `bastion public allow-list entry ${cidr} is not inside admin.allowed_cidrs` },
        );
      }
    }

    this.securityGroup = new SecurityGroup(this, "security-group", {
      provider,
      securityGroupName: props.name,
      description: "应用层（管理端口仅对管理网段开放）/ application tier, admin ports for admins only",
      vpcId: props.vpcId,
      securityGroupType: "normal",
      innerAccessPolicy: "Drop",
      tags: props.tags,
    });

    if (props.bastion) {
      const bastion = props.bastion;
      this.bastionSecurityGroup = new SecurityGroup(this, "bastion-security-group", {
        provider,
        securityGroupName: `${props.name}-bastion`,
        description: "堡垒机 / bastion host",
        vpcId: props.vpcId,
        securityGroupType: "normal",
        innerAccessPolicy: "Drop",
        tags: props.tags,
      });
      for (const port of BASTION_PORTS) {
        adminCidrs.forEach((cidr, i) => this.rule(`bastion-${port}-${i}`, this.bastionSecurityGroup!.id, port, source(cidr), provider, "运维人员访问堡垒机 / operators to the bastion"));
      }
      this.bastion = new BastionhostInstance(this, "bastion", {
        provider,
        description: bastion.description ?? `${props.name}-bastion`,
        licenseCode: bastion.licenseCode ?? "bhah_ent_50_asset",
        planCode: bastion.planCode ?? "cloudbastion",
        storage: bastion.storage ?? "5",
        bandwidth: bastion.bandwidth ?? "5",
        period: bastion.period ?? 1,
        vswitchId: bastion.vswitchId,
        slaveVswitchId: bastion.slaveVswitchId,
        securityGroupIds: [this.bastionSecurityGroup.id],
        enablePublicAccess: whiteList.length > 0,
        publicWhiteList: whiteList.length > 0 ? whiteList : undefined,
        tags: props.tags,
      });
      for (const port of adminPorts) {
        this.rule(`admin-${port}-bastion`, this.securityGroup.id, port, { sourceSecurityGroupId: this.bastionSecurityGroup.id }, provider, "仅堡垒机 / bastion only");
      }
    } else {
      for (const port of adminPorts) {
        adminCidrs.forEach((cidr, i) => this.rule(`admin-${port}-${i}`, this.securityGroup.id, port, source(cidr), provider, "管理网段 / admin range"));
      }
    }
    for (const port of publicPorts) {
      this.rule(`public-${port}`, this.securityGroup.id, port, { cidrIp: "0.0.0.0/0" }, provider, "公共服务端口 / public service port");
    }
    GovguardPolicyCheck.ensure(this);
  }

  private rule(
    id: string,
    securityGroupId: string,
    port: number,
    source: { cidrIp?: string; ipv6CidrIp?: string; sourceSecurityGroupId?: string },
    provider: TerraformProvider | undefined,
    description: string,
  ): void {
    this.rules.push(
      new SecurityGroupRule(this, id, {
        provider,
        securityGroupId,
        type: "ingress",
        ipProtocol: "tcp",
        portRange: `${port}/${port}`,
        nicType: "intranet",
        policy: "accept",
        priority: 1,
        description,
        ...source,
      }),
    );
  }
}
