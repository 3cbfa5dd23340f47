// Each fact once: the constructs take the data-bearing types, the ports and their fix texts from the
// policy bundle (govguard/about/facts, the catalogue), never from a second copy in TypeScript.
import { Testing } from "cdktf";
import { ElasticsearchInstance } from "../.gen/providers/alicloud/elasticsearch-instance";
import { AdminAccess, ControlViolationError, DomesticStack, DomesticStackProps, GovguardConfig, LogArchive } from "../constructs";
import { factsOf, PolicyEvaluator } from "../src/engine";
import { Text } from "../src/model";

const catalogue = PolicyEvaluator.load().catalogue();

function govStack(props: Partial<DomesticStackProps> = {}): DomesticStack {
  const config: GovguardConfig = { ...props.config, cloud: { assessment_reference: "CSSA-2025-0117" } };
  return new DomesticStack(Testing.app(), "gov", { primaryRegion: "cn-hangzhou", drRegion: "cn-shanghai", ...props, config });
}

function refusal(build: () => unknown): ControlViolationError {
  try {
    build();
  } catch (e) {
    if (e instanceof ControlViolationError) return e;
    throw e;
  }
  throw new Error("the construct accepted the props");
}

function remediation(control: string): Text {
  return catalogue[control].remediation;
}

describe("the facts entrypoint", () => {
  test("answers the parameter questions for the configuration it was given", () => {
    const facts = factsOf(PolicyEvaluator.load(undefined, { govguard_config: { public: { ports: [443, 8443] }, regions: { allowed: ["cn-shanghai"] } } }));
    expect(facts.isDataBearing("alicloud_elasticsearch_instance")).toBe(true);
    expect(facts.isDataBearing("alicloud_disk")).toBe(true);
    expect(facts.isDataBearing("alicloud_vpc")).toBe(false);
    expect(facts.mayBePublic(8443)).toBe(true);
    expect(facts.mayBePublic(80)).toBe(false);
    expect(facts.isAdminPort(22)).toBe(true);
    expect(facts.isRegionAllowed("cn-shanghai")).toBe(true);
    expect(facts.isRegionAllowed("cn-hangzhou")).toBe(false);
    expect(facts.canonicalType("alicloud_slb")).toBe("alicloud_slb_load_balancer");
  });

  test("the data-bearing types are the ones A21.1 names, with their deprecated aliases", () => {
    const facts = factsOf(PolicyEvaluator.load());
    for (const type of catalogue["A21.1"].resources) expect(facts.isDataBearing(type)).toBe(true);
  });
});

describe("constructs build with the bundle's facts", () => {
  test("a DomesticStack classifies every type the policy treats as data-bearing (Elasticsearch included)", () => {
    const stack = govStack();
    new ElasticsearchInstance(stack, "search", { vswitchId: "vsw-gg", instanceChargeType: "PostPaid", dataNodeAmount: 2, dataNodeSpec: "elasticsearch.sn2ne.large", dataNodeDiskSize: 20, dataNodeDiskType: "cloud_ssd", version: "7.10_with_X-Pack", password: "x" });
    const json = JSON.parse(Testing.synth(stack)) as { resource: Record<string, Record<string, { tags?: Record<string, string> }>> };
    expect(json.resource.alicloud_elasticsearch_instance.search.tags).toEqual({ "data-classification": "internal" });
  });

  test("public ports follow public.ports, and the fix names the parameter rather than 80/443", () => {
    const config = { public: { ports: [443, 8000] } };
    const ok = govStack({ config });
    expect(() => new AdminAccess(ok, "admin", { name: "gg-app", vpcId: "vpc-gg", publicPorts: [8000] })).not.toThrow();
    const e = refusal(() => new AdminAccess(govStack({ config }), "admin", { name: "gg-app", vpcId: "vpc-gg", publicPorts: [80] }));
    expect(e.control).toBe("A19.2");
    expect(e.fix).toEqual(remediation("A19.2"));
    expect(e.fix?.en).not.toContain("80/443");
    expect(e.fix?.en).toContain("public.ports");
  });

  test("a refusal's fix is its control's remediation in the catalogue", () => {
    for (const [control, build] of [
      ["A23.1", () => govStack({ primaryRegion: "cn-hongkong" })],
      ["A26.1", () => govStack({ drRegion: "cn-hangzhou" })],
      ["A21.1", () => govStack({ classification: "secret" })],
      ["A20.1", () => new LogArchive(govStack(), "logs", { name: "gg-logs", retentionDays: 30 })],
      ["A21.2", () => new LogArchive(govStack(), "logs", { name: "gg-logs", encrypted: false })],
      ["A19.1", () => new AdminAccess(govStack(), "admin", { name: "gg-app", vpcId: "vpc-gg", adminCidrs: ["0.0.0.0/0"] })],
    ] as [string, () => unknown][]) {
      const e = refusal(build);
      expect([e.control, e.fix]).toEqual([control, remediation(control)]);
    }
  });
});
