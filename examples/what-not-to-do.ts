// What not to do: a government portal written with raw resources that breaks the regulation in
// most of the ways it can, on purpose. The synth-time check is switched off for this stack so
// `npm run synth` writes it; `npx govguard check cdktf.out/stacks/what-not-to-do` then fails with
// the findings test/examples.test.ts records. Each block says which controls it breaks.
// The application's own CDK library, cdktn or cdktf (constructs/cdk.js): in your app, import
// TerraformStack from "cdktn" (or "cdktf") directly.
import { TerraformStack } from "../constructs/cdk";
import { Construct } from "constructs";
import { CdnDomainNew } from "../.gen/providers/alicloud/cdn-domain-new";
import { DbInstance } from "../.gen/providers/alicloud/db-instance";
import { LogProject } from "../.gen/providers/alicloud/log-project";
import { LogStore } from "../.gen/providers/alicloud/log-store";
import { OssBucket } from "../.gen/providers/alicloud/oss-bucket";
import { AlicloudProvider } from "../.gen/providers/alicloud/provider";
import { RamLoginProfile } from "../.gen/providers/alicloud/ram-login-profile";
import { RamUser } from "../.gen/providers/alicloud/ram-user";
import { SecurityGroup } from "../.gen/providers/alicloud/security-group";
import { SecurityGroupRule } from "../.gen/providers/alicloud/security-group-rule";
import { Vpc } from "../.gen/providers/alicloud/vpc";
import { GovguardPolicyCheck } from "../constructs";

export class WhatNotToDoStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // Switched off so the app still synthesizes: this stack exists to be found wanting by the gate.
    GovguardPolicyCheck.disable(this);

    // Hong Kong is outside the mainland and outside the assessed platform (A23.1, A24.1).
    new AlicloudProvider(this, "alicloud", { region: "cn-hongkong" });

    // The website as a public bucket: public-read (A22.1), locally redundant (A26.2), unencrypted
    // (A21.2), unclassified (A21.1), force_destroy (A26.5), no access log (A20.4), HTTP allowed (A29.6).
    new OssBucket(this, "website", { bucket: "bad-portal-site", acl: "public-read", forceDestroy: true });

    // Logs kept for the 30-day default (A20.1), unencrypted (A21.2), unclassified project (A21.1).
    const logs = new LogProject(this, "logs", { projectName: "bad-portal-logs" });
    new LogStore(this, "access_log", { projectName: logs.projectName, logstoreName: "access" });

    // SSH from anywhere (A19.1, A19.2), in a VPC without a flow log (A20.8).
    const vpc = new Vpc(this, "vpc", { vpcName: "bad-portal", cidrBlock: "10.30.0.0/16" });
    const group = new SecurityGroup(this, "app", { securityGroupName: "bad-portal-app", vpcId: vpc.id });
    new SecurityGroupRule(this, "ssh_from_anywhere", {
      securityGroupId: group.id,
      type: "ingress",
      ipProtocol: "tcp",
      portRange: "22/22",
      cidrIp: "0.0.0.0/0",
      policy: "accept",
    });

    // A global CDN (A28.1) in front of a foreign origin (A28.2), on a .com domain (A5.1), without a
    // certificate (A29.1), HTTPS redirect (A29.2), TLS floor (A29.3), HSTS (A29.4) or logs (A20.4).
    new CdnDomainNew(this, "cdn", {
      domainName: "www.bad-portal.com",
      cdnType: "web",
      scope: "global",
      sources: [{ type: "domain", content: "origin.bad-portal.com", port: 80, priority: 20, weight: 10 }],
    });

    // A single-zone database open to the internet (A19.3, A26.3) with no TLS (A29.7), no SQL audit
    // (A20.3), no encryption (A21.2), no classification (A21.1) and no deletion protection (A26.5).
    new DbInstance(this, "db", {
      engine: "MySQL",
      engineVersion: "8.0",
      instanceType: "mysql.n2.medium.1",
      instanceStorage: 20,
      category: "Basic",
      securityIps: ["0.0.0.0/0"],
    });

    // A console user with no MFA (A30.2), no password policy (A30.1) and no sign-in network limit (A19.4).
    const user = new RamUser(this, "webmaster", { name: "webmaster" });
    new RamLoginProfile(this, "webmaster_console", { userName: user.name, password: "ChangeMe-2024!", mfaBindRequired: false });

    // And nothing at stack level: no audit trail (A20.2), no monitoring alarm (A36.1).
  }
}
