// CloudMonitor alarms that reach someone (A36.1): a contact group and alarms bound to it.
import { TerraformProvider } from "./cdk";
import { Construct } from "constructs";
import { CmsAlarm } from "../.gen/providers/alicloud/cms-alarm";
import { CmsAlarmContactGroup } from "../.gen/providers/alicloud/cms-alarm-contact-group";
import { providerAndRegion } from "./common";
import { ConstructPropError } from "./errors";
import { violation } from "./policy-facts";
import { GovguardPolicyCheck } from "./policy-check";

export interface MonitoringProps {
  /** The contact group alarms notify (A36.1). */
  readonly contactGroupName: string;
  /** Contacts (alicloud_cms_alarm_contact names) in the group. */
  readonly contacts?: readonly string[];
  readonly description?: string;
  /** The provider; default the stack's default. */
  readonly provider?: TerraformProvider;
}

export interface AlarmOptions {
  /** The alarm rule's name. */
  readonly name: string;
  /** CloudMonitor namespace, such as `acs_ecs_dashboard` or `acs_rds_dashboard`. */
  readonly project: string;
  /** Metric, such as `CPUUtilization`. */
  readonly metric: string;
  /** The monitored resources, such as [{ instanceId: "…" }]. */
  readonly dimensions: readonly Record<string, string>[];
  /** Critical threshold. */
  readonly threshold: number;
  /** Default `>=` (GreaterThanOrEqualToThreshold). */
  readonly comparisonOperator?: string;
  /** Default `Average`. */
  readonly statistics?: string;
  /** Consecutive periods before alarming; default 3. */
  readonly times?: number;
  /** Seconds; default 300. */
  readonly period?: number;
  /** Extra contact groups besides the construct's. */
  readonly extraContactGroups?: readonly string[];
}

const OPERATORS: Record<string, string> = {
  ">=": "GreaterThanOrEqualToThreshold",
  ">": "GreaterThanThreshold",
  "<=": "LessThanOrEqualToThreshold",
  "<": "LessThanThreshold",
};

export class Monitoring extends Construct {
  readonly contactGroup: CmsAlarmContactGroup;
  readonly alarms: CmsAlarm[] = [];
  private readonly provider?: TerraformProvider;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    this.provider = providerAndRegion(this, props.provider).provider;
    if (props.contactGroupName.trim() === "") {
      throw violation(
        "A36.1",
        this,
        { zh: "告警没有联系人组，无人接收", en: "the alarms have no contact group, so nobody receives them" },
      );
    }
    this.contactGroup = new CmsAlarmContactGroup(this, "contact-group", {
      provider: this.provider,
      alarmContactGroupName: props.contactGroupName,
      describe: props.description ?? "政务应用值班 / government application on-call",
      contacts: props.contacts ? [...props.contacts] : undefined,
    });
    GovguardPolicyCheck.ensure(this);
  }

  /** Adds an alarm that notifies the contact group. */
  addAlarm(id: string, options: AlarmOptions): CmsAlarm {
    if (options.dimensions.length === 0) {
      throw new ConstructPropError(this, { zh: `告警 ${options.name} 没有监控对象`, en: `alarm ${options.name} monitors nothing` });
    }
    const operator = options.comparisonOperator ?? ">=";
    const alarm = new CmsAlarm(this, id, {
      provider: this.provider,
      name: options.name,
      project: options.project,
      metric: options.metric,
      metricDimensions: JSON.stringify(options.dimensions),
      period: options.period ?? 300,
      contactGroups: [this.contactGroup.alarmContactGroupName, ...(options.extraContactGroups ?? [])],
      effectiveInterval: "00:00-23:59",
      enabled: true,
      escalationsCritical: {
        statistics: options.statistics ?? "Average",
        comparisonOperator: OPERATORS[operator] ?? operator,
        threshold: String(options.threshold),
        times: options.times ?? 3,
      },
    });
    this.alarms.push(alarm);
    return alarm;
  }
}
