import { TerraformStack } from "cdktf";
import { AlbListener } from "../../../../../../.gen/providers/alicloud/alb-listener";
import { AlbLoadBalancer } from "../../../../../../.gen/providers/alicloud/alb-load-balancer";
import { AlbRule } from "../../../../../../.gen/providers/alicloud/alb-rule";
import { AlbServerGroup } from "../../../../../../.gen/providers/alicloud/alb-server-group";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { Vpc } from "../../../../../../.gen/providers/alicloud/vpc";
import { Vswitch } from "../../../../../../.gen/providers/alicloud/vswitch";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const vpc = new Vpc(stack, "portal", { vpcName: "portal-vpc", cidrBlock: "10.10.0.0/16" });
  const h = new Vswitch(stack, "h", { vpcId: vpc.id, cidrBlock: "10.10.1.0/24", zoneId: "cn-hangzhou-h", vswitchName: "portal-h" });
  const i = new Vswitch(stack, "i", { vpcId: vpc.id, cidrBlock: "10.10.2.0/24", zoneId: "cn-hangzhou-i", vswitchName: "portal-i" });
  const alb = new AlbLoadBalancer(stack, "portal_alb", {
    loadBalancerName: "portal-alb",
    vpcId: vpc.id,
    addressType: "Internet",
    addressAllocatedMode: "Fixed",
    loadBalancerEdition: "Standard",
    loadBalancerBillingConfig: { payType: "PayAsYouGo" },
    zoneMappings: [
      { vswitchId: h.id, zoneId: h.zoneId },
      { vswitchId: i.id, zoneId: i.zoneId },
    ],
  });
  const web = new AlbServerGroup(stack, "web", {
    serverGroupName: "portal-web",
    protocol: "HTTP",
    vpcId: vpc.id,
    healthCheckConfig: { healthCheckEnabled: true, healthCheckPath: "/healthz" },
    stickySessionConfig: { stickySessionEnabled: false },
  });
  const forward = [{ type: "ForwardGroup", forwardGroupConfig: { serverGroupTuples: [{ serverGroupId: web.id }] } }];

  new AlbListener(stack, "https", {
    loadBalancerId: alb.id,
    listenerProtocol: "HTTPS",
    listenerPort: 443,
    securityPolicyId: "tls_cipher_policy_1_2",
    certificates: [{ certificateId: "1234567-cn-hangzhou" }],
    defaultActions: forward,
  });
  // Plain HTTP straight to the application, no rule at all.
  new AlbListener(stack, "http", { loadBalancerId: alb.id, listenerProtocol: "HTTP", listenerPort: 80, defaultActions: forward });
  // Plain HTTP with a rule that forwards instead of redirecting.
  const httpApi = new AlbListener(stack, "http_api", {
    loadBalancerId: alb.id,
    listenerProtocol: "HTTP",
    listenerPort: 8080,
    defaultActions: forward,
  });
  new AlbRule(stack, "api_forward", {
    ruleName: "api-forward",
    listenerId: httpApi.id,
    priority: 1,
    ruleConditions: [{ type: "Path", pathConfig: { values: ["/api/*"] } }],
    ruleActions: [{ order: 1, type: "ForwardGroup", forwardGroupConfig: { serverGroupTuples: [{ serverGroupId: web.id }] } }],
  });
}
