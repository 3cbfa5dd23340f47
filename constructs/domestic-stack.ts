// A TerraformStack for a government application: alicloud providers only in allowed mainland
// regions of the assessed platform (A23.1, A24.1), a primary and a disaster-recovery region
// (A26), classification tags on every data-bearing resource (A21.1), and the synth-time policy
// check (on unless switched off).
import { IAspect, TerraformStack } from "./cdk";
import { Construct, IConstruct } from "constructs";
import { AlicloudProvider } from "../.gen/providers/alicloud/provider";
import { registerStackProviders, requireAllowedRegion, requireClassification } from "./common";
import { factsAt, violation } from "./policy-facts";
import { isResource, stackOf } from "./identity";
import { GovguardPolicyCheck, PolicyCheckOptions } from "./policy-check";
import { GovguardConfig, GovguardSettings, settingsOf, useGovguardConfig } from "./settings";

export interface DomesticStackProps {
  /** The region the application runs in: an allowed mainland region of the platform (A23.1, A24.1). */
  readonly primaryRegion: string;
  /** The disaster-recovery region: allowed, and not the primary region (A26.1, A26.3). */
  readonly drRegion: string;
  /**
   * The classification tag value (data.tag_key) given to every data-bearing resource of the stack
   * that has none (A21.1). Default `internal`.
   */
  readonly classification?: string;
  /**
   * Control parameters, as govguard.yaml holds them. By default the context `govguard:config`, or
   * govguard.yaml in the working directory, or the catalogue's defaults: what `govguard check` uses.
   */
  readonly config?: GovguardConfig;
  /** A govguard.yaml to read the parameters from instead. */
  readonly configFile?: string;
  /** The synth-time policy check: options, or false to switch it off. Default on. */
  readonly policyCheck?: boolean | PolicyCheckOptions;
  /** The alias of the disaster-recovery provider (`alicloud.<alias>`). Default `dr`. */
  readonly drAlias?: string;
}

/** Gives `node`, if the policy treats its type as data-bearing and it has no classification tag, the tag. */
function classify(node: IConstruct, tagKey: string, value: string): void {
  if (!isResource(node) || !factsAt(node).isDataBearing(node.terraformResourceType)) return;
  const resource = node as typeof node & { tagsInput?: Record<string, string>; tags?: Record<string, string> };
  if (!("tagsInput" in resource)) return;
  const tags = resource.tagsInput ?? {};
  if (tags[tagKey] === undefined) resource.tags = { ...tags, [tagKey]: value };
}

/**
 * Adds the classification tag to data-bearing resources that do not carry it, as an aspect for a
 * stack that is not a DomesticStack (a DomesticStack tags its resources itself).
 */
export class ClassificationAspect implements IAspect {
  constructor(
    private readonly tagKey: string,
    private readonly value: string,
  ) {}

  visit(node: IConstruct): void {
    classify(node, this.tagKey, this.value);
  }
}

export class DomesticStack extends TerraformStack {
  /** The nearest DomesticStack above `scope`, if there is one. */
  static nearest(scope: IConstruct): DomesticStack | undefined {
    const stack = stackOf(scope);
    return stack instanceof DomesticStack ? stack : undefined;
  }

  readonly primaryRegion: string;
  readonly drRegion: string;
  /** The default provider (`alicloud`), in the primary region. */
  readonly provider: AlicloudProvider;
  /** The disaster-recovery provider (`alicloud.dr`). */
  readonly drProvider: AlicloudProvider;
  /** The classification given to data-bearing resources that set none. */
  readonly classification: string;
  /** The control parameters the stack's constructs build with. */
  readonly settings: GovguardSettings;

  constructor(scope: Construct, id: string, props: DomesticStackProps) {
    super(scope, id);
    useGovguardConfig(this, props.config, props.configFile);
    this.settings = settingsOf(this);

    requireAllowedRegion(this, props.primaryRegion, { zh: "主区域 primaryRegion", en: "primaryRegion" });
    requireAllowedRegion(this, props.drRegion, { zh: "灾备区域 drRegion", en: "drRegion" });
    if (props.drRegion === props.primaryRegion) {
      throw violation(
        "A26.1",
        this,
        { zh: `灾备区域与主区域都是 ${props.primaryRegion}，同区域复制不算异地容灾`, en: `drRegion and primaryRegion are both ${props.primaryRegion}; a copy in the same region is not disaster recovery` },
      );
    }
    this.primaryRegion = props.primaryRegion;
    this.drRegion = props.drRegion;
    this.classification = requireClassification(this, this.settings, props.classification ?? "internal");

    this.provider = new AlicloudProvider(this, "alicloud", { region: this.primaryRegion });
    this.drProvider = new AlicloudProvider(this, "alicloud-dr", { region: this.drRegion, alias: props.drAlias ?? "dr" });
    registerStackProviders(this, { primary: this.provider, dr: this.drProvider });

    if (props.policyCheck === false) GovguardPolicyCheck.disable(this);
    else GovguardPolicyCheck.apply(this, typeof props.policyCheck === "object" ? props.policyCheck : {});
  }

  // The classification tags go on as the stack is rendered (for synth, Testing.synth and the
  // synth-time check alike) rather than through an aspect: CDKTF and CDK Terrain each keep aspects
  // under a private symbol of their own, so an aspect would not run under the other library's App.
  override toTerraform(): ReturnType<TerraformStack["toTerraform"]> {
    this.classifyResources();
    return super.toTerraform();
  }

  override toHclTerraform(): ReturnType<TerraformStack["toHclTerraform"]> {
    this.classifyResources();
    return super.toHclTerraform();
  }

  private classifyResources(): void {
    for (const node of this.node.findAll()) classify(node, this.settings.tagKey, this.classification);
  }
}
