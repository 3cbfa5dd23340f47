// A VPC whose traffic is logged (A20.8): the VPC, its vSwitches, and a flow log of all traffic
// into the log archive, whose stores keep a year (A20.1).
import { TerraformProvider } from "./cdk";
import { Construct } from "constructs";
import { Vpc } from "../.gen/providers/alicloud/vpc";
import { VpcFlowLog } from "../.gen/providers/alicloud/vpc-flow-log";
import { Vswitch } from "../.gen/providers/alicloud/vswitch";
import { providerAndRegion } from "./common";
import { ConstructPropError } from "./errors";
import { violation } from "./policy-facts";
import { LogArchive } from "./log-archive";
import { cidrInside } from "./net";
import { GovguardPolicyCheck } from "./policy-check";
import { settingsOf } from "./settings";

export interface SubnetOptions {
  readonly zoneId: string;
  readonly cidrBlock: string;
  /** Default `<name>-<zone>`. */
  readonly name?: string;
}

export interface GovNetworkProps {
  readonly name: string;
  /** The VPC range; inside network.internal_cidrs, so database allow-lists can name it (A19.3). */
  readonly cidrBlock: string;
  readonly subnets: readonly SubnetOptions[];
  /** The archive whose `vpc-flow` store receives the flow log (A20.8). */
  readonly logArchive: LogArchive;
  /** Traffic logged: only `All` is accepted (A20.8). Default `All`. */
  readonly trafficType?: string;
  readonly tags?: Record<string, string>;
  /** The provider; default the stack's default. */
  readonly provider?: TerraformProvider;
}

export class GovNetwork extends Construct {
  readonly vpc: Vpc;
  readonly vswitches: Vswitch[];
  readonly flowLog: VpcFlowLog;

  constructor(scope: Construct, id: string, props: GovNetworkProps) {
    super(scope, id);
    const settings = settingsOf(this);
    const { provider } = providerAndRegion(this, props.provider);
    if ((props.trafficType ?? "All") !== "All") {
      throw violation(
        "A20.8",
        this,
        { zh: `流日志只记录 ${props.trafficType} 流量`, en: `the flow log records only ${props.trafficType} traffic` },
      );
    }
    if (!cidrInside(props.cidrBlock, settings.internalCidrs)) {
      throw new ConstructPropError(this, {
        zh: `VPC 网段 ${props.cidrBlock} 不在 network.internal_cidrs 之内，数据库白名单将无法包含它（A19.3）`,
        en: `VPC range ${props.cidrBlock} is not inside network.internal_cidrs, so database allow-lists could not include it (A19.3)`,
      });
    }
    if (props.subnets.length === 0) throw new ConstructPropError(this, { zh: "至少需要一个交换机", en: "at least one subnet is needed" });

    this.vpc = new Vpc(this, "vpc", { provider, vpcName: props.name, cidrBlock: props.cidrBlock, tags: props.tags });
    this.vswitches = props.subnets.map((s) => {
      if (!cidrInside(s.cidrBlock, [props.cidrBlock])) {
        throw new ConstructPropError(this, { zh: `交换机网段 ${s.cidrBlock} 不在 VPC 网段之内`, en: `subnet ${s.cidrBlock} is not inside the VPC range` });
      }
      return new Vswitch(this, `vswitch-${s.zoneId}`, {
        provider,
        vpcId: this.vpc.id,
        zoneId: s.zoneId,
        cidrBlock: s.cidrBlock,
        vswitchName: s.name ?? `${props.name}-${s.zoneId}`,
        tags: props.tags,
      });
    });
    const store = props.logArchive.logStore("vpc-flow");
    this.flowLog = new VpcFlowLog(this, "flow-log", {
      provider,
      flowLogName: `${props.name}-flow`,
      resourceType: "VPC",
      resourceId: this.vpc.id,
      trafficType: "All",
      projectName: props.logArchive.project.projectName,
      logStoreName: store.logstoreName,
      aggregationInterval: "10",
      status: "Active",
      tags: props.tags,
    });
    GovguardPolicyCheck.ensure(this);
  }
}
