// https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from '../../../../constructs/cdk';

// Configuration

export interface EsaSiteConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#access_type EsaSite#access_type}
  */
  readonly accessType: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#add_client_geolocation_header EsaSite#add_client_geolocation_header}
  */
  readonly addClientGeolocationHeader?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#add_real_client_ip_header EsaSite#add_real_client_ip_header}
  */
  readonly addRealClientIpHeader?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#ai_mode EsaSite#ai_mode}
  */
  readonly aiMode?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#ai_template EsaSite#ai_template}
  */
  readonly aiTemplate?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#automatic_frequency_control_action_type EsaSite#automatic_frequency_control_action_type}
  */
  readonly automaticFrequencyControlActionType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#automatic_frequency_control_enable EsaSite#automatic_frequency_control_enable}
  */
  readonly automaticFrequencyControlEnable?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#automatic_frequency_control_level EsaSite#automatic_frequency_control_level}
  */
  readonly automaticFrequencyControlLevel?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#cache_architecture_mode EsaSite#cache_architecture_mode}
  */
  readonly cacheArchitectureMode?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#cache_reserve_enable EsaSite#cache_reserve_enable}
  */
  readonly cacheReserveEnable?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#cache_reserve_instance_id EsaSite#cache_reserve_instance_id}
  */
  readonly cacheReserveInstanceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#case_insensitive EsaSite#case_insensitive}
  */
  readonly caseInsensitive?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#coverage EsaSite#coverage}
  */
  readonly coverage?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#cross_border_optimization EsaSite#cross_border_optimization}
  */
  readonly crossBorderOptimization?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#development_mode EsaSite#development_mode}
  */
  readonly developmentMode?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#flatten_mode EsaSite#flatten_mode}
  */
  readonly flattenMode?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#global_mode EsaSite#global_mode}
  */
  readonly globalMode?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#id EsaSite#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#instance_id EsaSite#instance_id}
  */
  readonly instanceId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#ipv6_enable EsaSite#ipv6_enable}
  */
  readonly ipv6Enable?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#ipv6_region EsaSite#ipv6_region}
  */
  readonly ipv6Region?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#paused EsaSite#paused}
  */
  readonly paused?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#performance_data_collection_enable EsaSite#performance_data_collection_enable}
  */
  readonly performanceDataCollectionEnable?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#real_client_ip_header_name EsaSite#real_client_ip_header_name}
  */
  readonly realClientIpHeaderName?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#resource_group_id EsaSite#resource_group_id}
  */
  readonly resourceGroupId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#seo_bypass EsaSite#seo_bypass}
  */
  readonly seoBypass?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#site_name EsaSite#site_name}
  */
  readonly siteName: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#site_name_exclusive EsaSite#site_name_exclusive}
  */
  readonly siteNameExclusive?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#site_version EsaSite#site_version}
  */
  readonly siteVersion?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#tag_name EsaSite#tag_name}
  */
  readonly tagName?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#tags EsaSite#tags}
  */
  readonly tags?: { [key: string]: string };
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#version_management EsaSite#version_management}
  */
  readonly versionManagement?: boolean | cdktf.IResolvable;
  /**
  * site_waf_settings block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#site_waf_settings EsaSite#site_waf_settings}
  */
  readonly siteWafSettings?: EsaSiteSiteWafSettings;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#timeouts EsaSite#timeouts}
  */
  readonly timeouts?: EsaSiteTimeouts;
}
export interface EsaSiteSiteWafSettingsAddBotProtectionHeaders {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#enable EsaSite#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
}

export function esaSiteSiteWafSettingsAddBotProtectionHeadersToTerraform(struct?: EsaSiteSiteWafSettingsAddBotProtectionHeadersOutputReference | EsaSiteSiteWafSettingsAddBotProtectionHeaders): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enable: cdktf.booleanToTerraform(struct!.enable),
  }
}


export function esaSiteSiteWafSettingsAddBotProtectionHeadersToHclTerraform(struct?: EsaSiteSiteWafSettingsAddBotProtectionHeadersOutputReference | EsaSiteSiteWafSettingsAddBotProtectionHeaders): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EsaSiteSiteWafSettingsAddBotProtectionHeadersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): EsaSiteSiteWafSettingsAddBotProtectionHeaders | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EsaSiteSiteWafSettingsAddBotProtectionHeaders | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._enable = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._enable = value.enable;
    }
  }

  // enable - computed: false, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }
}
export interface EsaSiteSiteWafSettingsAddSecurityHeaders {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#enable EsaSite#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
}

export function esaSiteSiteWafSettingsAddSecurityHeadersToTerraform(struct?: EsaSiteSiteWafSettingsAddSecurityHeadersOutputReference | EsaSiteSiteWafSettingsAddSecurityHeaders): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enable: cdktf.booleanToTerraform(struct!.enable),
  }
}


export function esaSiteSiteWafSettingsAddSecurityHeadersToHclTerraform(struct?: EsaSiteSiteWafSettingsAddSecurityHeadersOutputReference | EsaSiteSiteWafSettingsAddSecurityHeaders): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EsaSiteSiteWafSettingsAddSecurityHeadersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): EsaSiteSiteWafSettingsAddSecurityHeaders | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EsaSiteSiteWafSettingsAddSecurityHeaders | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._enable = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._enable = value.enable;
    }
  }

  // enable - computed: false, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }
}
export interface EsaSiteSiteWafSettingsBandwidthAbuseProtection {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#action EsaSite#action}
  */
  readonly action?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#status EsaSite#status}
  */
  readonly status?: string;
}

export function esaSiteSiteWafSettingsBandwidthAbuseProtectionToTerraform(struct?: EsaSiteSiteWafSettingsBandwidthAbuseProtectionOutputReference | EsaSiteSiteWafSettingsBandwidthAbuseProtection): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    action: cdktf.stringToTerraform(struct!.action),
    status: cdktf.stringToTerraform(struct!.status),
  }
}


export function esaSiteSiteWafSettingsBandwidthAbuseProtectionToHclTerraform(struct?: EsaSiteSiteWafSettingsBandwidthAbuseProtectionOutputReference | EsaSiteSiteWafSettingsBandwidthAbuseProtection): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    action: {
      value: cdktf.stringToHclTerraform(struct!.action),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    status: {
      value: cdktf.stringToHclTerraform(struct!.status),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EsaSiteSiteWafSettingsBandwidthAbuseProtectionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): EsaSiteSiteWafSettingsBandwidthAbuseProtection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._action !== undefined) {
      hasAnyValues = true;
      internalValueResult.action = this._action;
    }
    if (this._status !== undefined) {
      hasAnyValues = true;
      internalValueResult.status = this._status;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EsaSiteSiteWafSettingsBandwidthAbuseProtection | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._action = undefined;
      this._status = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._action = value.action;
      this._status = value.status;
    }
  }

  // action - computed: false, optional: true, required: false
  private _action?: string; 
  public get action() {
    return this.getStringAttribute('action');
  }
  public set action(value: string) {
    this._action = value;
  }
  public resetAction() {
    this._action = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get actionInput() {
    return this._action;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // status - computed: false, optional: true, required: false
  private _status?: string; 
  public get status() {
    return this.getStringAttribute('status');
  }
  public set status(value: string) {
    this._status = value;
  }
  public resetStatus() {
    this._status = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get statusInput() {
    return this._status;
  }
}
export interface EsaSiteSiteWafSettingsBotManagementDefiniteBots {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#action EsaSite#action}
  */
  readonly action?: string;
}

export function esaSiteSiteWafSettingsBotManagementDefiniteBotsToTerraform(struct?: EsaSiteSiteWafSettingsBotManagementDefiniteBotsOutputReference | EsaSiteSiteWafSettingsBotManagementDefiniteBots): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    action: cdktf.stringToTerraform(struct!.action),
  }
}


export function esaSiteSiteWafSettingsBotManagementDefiniteBotsToHclTerraform(struct?: EsaSiteSiteWafSettingsBotManagementDefiniteBotsOutputReference | EsaSiteSiteWafSettingsBotManagementDefiniteBots): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    action: {
      value: cdktf.stringToHclTerraform(struct!.action),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EsaSiteSiteWafSettingsBotManagementDefiniteBotsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): EsaSiteSiteWafSettingsBotManagementDefiniteBots | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._action !== undefined) {
      hasAnyValues = true;
      internalValueResult.action = this._action;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EsaSiteSiteWafSettingsBotManagementDefiniteBots | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._action = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._action = value.action;
    }
  }

  // action - computed: false, optional: true, required: false
  private _action?: string; 
  public get action() {
    return this.getStringAttribute('action');
  }
  public set action(value: string) {
    this._action = value;
  }
  public resetAction() {
    this._action = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get actionInput() {
    return this._action;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }
}
export interface EsaSiteSiteWafSettingsBotManagementEffectOnStatic {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#enable EsaSite#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
}

export function esaSiteSiteWafSettingsBotManagementEffectOnStaticToTerraform(struct?: EsaSiteSiteWafSettingsBotManagementEffectOnStaticOutputReference | EsaSiteSiteWafSettingsBotManagementEffectOnStatic): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enable: cdktf.booleanToTerraform(struct!.enable),
  }
}


export function esaSiteSiteWafSettingsBotManagementEffectOnStaticToHclTerraform(struct?: EsaSiteSiteWafSettingsBotManagementEffectOnStaticOutputReference | EsaSiteSiteWafSettingsBotManagementEffectOnStatic): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EsaSiteSiteWafSettingsBotManagementEffectOnStaticOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): EsaSiteSiteWafSettingsBotManagementEffectOnStatic | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EsaSiteSiteWafSettingsBotManagementEffectOnStatic | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._enable = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._enable = value.enable;
    }
  }

  // enable - computed: false, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }
}
export interface EsaSiteSiteWafSettingsBotManagementJsDetection {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#enable EsaSite#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
}

export function esaSiteSiteWafSettingsBotManagementJsDetectionToTerraform(struct?: EsaSiteSiteWafSettingsBotManagementJsDetectionOutputReference | EsaSiteSiteWafSettingsBotManagementJsDetection): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enable: cdktf.booleanToTerraform(struct!.enable),
  }
}


export function esaSiteSiteWafSettingsBotManagementJsDetectionToHclTerraform(struct?: EsaSiteSiteWafSettingsBotManagementJsDetectionOutputReference | EsaSiteSiteWafSettingsBotManagementJsDetection): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EsaSiteSiteWafSettingsBotManagementJsDetectionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): EsaSiteSiteWafSettingsBotManagementJsDetection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EsaSiteSiteWafSettingsBotManagementJsDetection | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._enable = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._enable = value.enable;
    }
  }

  // enable - computed: false, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }
}
export interface EsaSiteSiteWafSettingsBotManagementLikelyBots {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#action EsaSite#action}
  */
  readonly action?: string;
}

export function esaSiteSiteWafSettingsBotManagementLikelyBotsToTerraform(struct?: EsaSiteSiteWafSettingsBotManagementLikelyBotsOutputReference | EsaSiteSiteWafSettingsBotManagementLikelyBots): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    action: cdktf.stringToTerraform(struct!.action),
  }
}


export function esaSiteSiteWafSettingsBotManagementLikelyBotsToHclTerraform(struct?: EsaSiteSiteWafSettingsBotManagementLikelyBotsOutputReference | EsaSiteSiteWafSettingsBotManagementLikelyBots): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    action: {
      value: cdktf.stringToHclTerraform(struct!.action),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EsaSiteSiteWafSettingsBotManagementLikelyBotsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): EsaSiteSiteWafSettingsBotManagementLikelyBots | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._action !== undefined) {
      hasAnyValues = true;
      internalValueResult.action = this._action;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EsaSiteSiteWafSettingsBotManagementLikelyBots | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._action = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._action = value.action;
    }
  }

  // action - computed: false, optional: true, required: false
  private _action?: string; 
  public get action() {
    return this.getStringAttribute('action');
  }
  public set action(value: string) {
    this._action = value;
  }
  public resetAction() {
    this._action = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get actionInput() {
    return this._action;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }
}
export interface EsaSiteSiteWafSettingsBotManagementVerifiedBots {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#action EsaSite#action}
  */
  readonly action?: string;
}

export function esaSiteSiteWafSettingsBotManagementVerifiedBotsToTerraform(struct?: EsaSiteSiteWafSettingsBotManagementVerifiedBotsOutputReference | EsaSiteSiteWafSettingsBotManagementVerifiedBots): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    action: cdktf.stringToTerraform(struct!.action),
  }
}


export function esaSiteSiteWafSettingsBotManagementVerifiedBotsToHclTerraform(struct?: EsaSiteSiteWafSettingsBotManagementVerifiedBotsOutputReference | EsaSiteSiteWafSettingsBotManagementVerifiedBots): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    action: {
      value: cdktf.stringToHclTerraform(struct!.action),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EsaSiteSiteWafSettingsBotManagementVerifiedBotsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): EsaSiteSiteWafSettingsBotManagementVerifiedBots | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._action !== undefined) {
      hasAnyValues = true;
      internalValueResult.action = this._action;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EsaSiteSiteWafSettingsBotManagementVerifiedBots | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._action = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._action = value.action;
    }
  }

  // action - computed: false, optional: true, required: false
  private _action?: string; 
  public get action() {
    return this.getStringAttribute('action');
  }
  public set action(value: string) {
    this._action = value;
  }
  public resetAction() {
    this._action = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get actionInput() {
    return this._action;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }
}
export interface EsaSiteSiteWafSettingsBotManagement {
  /**
  * definite_bots block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#definite_bots EsaSite#definite_bots}
  */
  readonly definiteBots?: EsaSiteSiteWafSettingsBotManagementDefiniteBots;
  /**
  * effect_on_static block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#effect_on_static EsaSite#effect_on_static}
  */
  readonly effectOnStatic?: EsaSiteSiteWafSettingsBotManagementEffectOnStatic;
  /**
  * js_detection block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#js_detection EsaSite#js_detection}
  */
  readonly jsDetection?: EsaSiteSiteWafSettingsBotManagementJsDetection;
  /**
  * likely_bots block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#likely_bots EsaSite#likely_bots}
  */
  readonly likelyBots?: EsaSiteSiteWafSettingsBotManagementLikelyBots;
  /**
  * verified_bots block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#verified_bots EsaSite#verified_bots}
  */
  readonly verifiedBots?: EsaSiteSiteWafSettingsBotManagementVerifiedBots;
}

export function esaSiteSiteWafSettingsBotManagementToTerraform(struct?: EsaSiteSiteWafSettingsBotManagementOutputReference | EsaSiteSiteWafSettingsBotManagement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    definite_bots: esaSiteSiteWafSettingsBotManagementDefiniteBotsToTerraform(struct!.definiteBots),
    effect_on_static: esaSiteSiteWafSettingsBotManagementEffectOnStaticToTerraform(struct!.effectOnStatic),
    js_detection: esaSiteSiteWafSettingsBotManagementJsDetectionToTerraform(struct!.jsDetection),
    likely_bots: esaSiteSiteWafSettingsBotManagementLikelyBotsToTerraform(struct!.likelyBots),
    verified_bots: esaSiteSiteWafSettingsBotManagementVerifiedBotsToTerraform(struct!.verifiedBots),
  }
}


export function esaSiteSiteWafSettingsBotManagementToHclTerraform(struct?: EsaSiteSiteWafSettingsBotManagementOutputReference | EsaSiteSiteWafSettingsBotManagement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    definite_bots: {
      value: esaSiteSiteWafSettingsBotManagementDefiniteBotsToHclTerraform(struct!.definiteBots),
      isBlock: true,
      type: "list",
      storageClassType: "EsaSiteSiteWafSettingsBotManagementDefiniteBotsList",
    },
    effect_on_static: {
      value: esaSiteSiteWafSettingsBotManagementEffectOnStaticToHclTerraform(struct!.effectOnStatic),
      isBlock: true,
      type: "list",
      storageClassType: "EsaSiteSiteWafSettingsBotManagementEffectOnStaticList",
    },
    js_detection: {
      value: esaSiteSiteWafSettingsBotManagementJsDetectionToHclTerraform(struct!.jsDetection),
      isBlock: true,
      type: "list",
      storageClassType: "EsaSiteSiteWafSettingsBotManagementJsDetectionList",
    },
    likely_bots: {
      value: esaSiteSiteWafSettingsBotManagementLikelyBotsToHclTerraform(struct!.likelyBots),
      isBlock: true,
      type: "list",
      storageClassType: "EsaSiteSiteWafSettingsBotManagementLikelyBotsList",
    },
    verified_bots: {
      value: esaSiteSiteWafSettingsBotManagementVerifiedBotsToHclTerraform(struct!.verifiedBots),
      isBlock: true,
      type: "list",
      storageClassType: "EsaSiteSiteWafSettingsBotManagementVerifiedBotsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EsaSiteSiteWafSettingsBotManagementOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): EsaSiteSiteWafSettingsBotManagement | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._definiteBots?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.definiteBots = this._definiteBots?.internalValue;
    }
    if (this._effectOnStatic?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.effectOnStatic = this._effectOnStatic?.internalValue;
    }
    if (this._jsDetection?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.jsDetection = this._jsDetection?.internalValue;
    }
    if (this._likelyBots?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.likelyBots = this._likelyBots?.internalValue;
    }
    if (this._verifiedBots?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.verifiedBots = this._verifiedBots?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EsaSiteSiteWafSettingsBotManagement | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._definiteBots.internalValue = undefined;
      this._effectOnStatic.internalValue = undefined;
      this._jsDetection.internalValue = undefined;
      this._likelyBots.internalValue = undefined;
      this._verifiedBots.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._definiteBots.internalValue = value.definiteBots;
      this._effectOnStatic.internalValue = value.effectOnStatic;
      this._jsDetection.internalValue = value.jsDetection;
      this._likelyBots.internalValue = value.likelyBots;
      this._verifiedBots.internalValue = value.verifiedBots;
    }
  }

  // definite_bots - computed: false, optional: true, required: false
  private _definiteBots = new EsaSiteSiteWafSettingsBotManagementDefiniteBotsOutputReference(this, "definite_bots");
  public get definiteBots() {
    return this._definiteBots;
  }
  public putDefiniteBots(value: EsaSiteSiteWafSettingsBotManagementDefiniteBots) {
    this._definiteBots.internalValue = value;
  }
  public resetDefiniteBots() {
    this._definiteBots.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get definiteBotsInput() {
    return this._definiteBots.internalValue;
  }

  // effect_on_static - computed: false, optional: true, required: false
  private _effectOnStatic = new EsaSiteSiteWafSettingsBotManagementEffectOnStaticOutputReference(this, "effect_on_static");
  public get effectOnStatic() {
    return this._effectOnStatic;
  }
  public putEffectOnStatic(value: EsaSiteSiteWafSettingsBotManagementEffectOnStatic) {
    this._effectOnStatic.internalValue = value;
  }
  public resetEffectOnStatic() {
    this._effectOnStatic.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get effectOnStaticInput() {
    return this._effectOnStatic.internalValue;
  }

  // js_detection - computed: false, optional: true, required: false
  private _jsDetection = new EsaSiteSiteWafSettingsBotManagementJsDetectionOutputReference(this, "js_detection");
  public get jsDetection() {
    return this._jsDetection;
  }
  public putJsDetection(value: EsaSiteSiteWafSettingsBotManagementJsDetection) {
    this._jsDetection.internalValue = value;
  }
  public resetJsDetection() {
    this._jsDetection.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get jsDetectionInput() {
    return this._jsDetection.internalValue;
  }

  // likely_bots - computed: false, optional: true, required: false
  private _likelyBots = new EsaSiteSiteWafSettingsBotManagementLikelyBotsOutputReference(this, "likely_bots");
  public get likelyBots() {
    return this._likelyBots;
  }
  public putLikelyBots(value: EsaSiteSiteWafSettingsBotManagementLikelyBots) {
    this._likelyBots.internalValue = value;
  }
  public resetLikelyBots() {
    this._likelyBots.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get likelyBotsInput() {
    return this._likelyBots.internalValue;
  }

  // verified_bots - computed: false, optional: true, required: false
  private _verifiedBots = new EsaSiteSiteWafSettingsBotManagementVerifiedBotsOutputReference(this, "verified_bots");
  public get verifiedBots() {
    return this._verifiedBots;
  }
  public putVerifiedBots(value: EsaSiteSiteWafSettingsBotManagementVerifiedBots) {
    this._verifiedBots.internalValue = value;
  }
  public resetVerifiedBots() {
    this._verifiedBots.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get verifiedBotsInput() {
    return this._verifiedBots.internalValue;
  }
}
export interface EsaSiteSiteWafSettingsClientIpIdentifier {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#headers EsaSite#headers}
  */
  readonly headers?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#mode EsaSite#mode}
  */
  readonly mode?: string;
}

export function esaSiteSiteWafSettingsClientIpIdentifierToTerraform(struct?: EsaSiteSiteWafSettingsClientIpIdentifierOutputReference | EsaSiteSiteWafSettingsClientIpIdentifier): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    headers: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.headers),
    mode: cdktf.stringToTerraform(struct!.mode),
  }
}


export function esaSiteSiteWafSettingsClientIpIdentifierToHclTerraform(struct?: EsaSiteSiteWafSettingsClientIpIdentifierOutputReference | EsaSiteSiteWafSettingsClientIpIdentifier): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    headers: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.headers),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    mode: {
      value: cdktf.stringToHclTerraform(struct!.mode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EsaSiteSiteWafSettingsClientIpIdentifierOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): EsaSiteSiteWafSettingsClientIpIdentifier | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._headers !== undefined) {
      hasAnyValues = true;
      internalValueResult.headers = this._headers;
    }
    if (this._mode !== undefined) {
      hasAnyValues = true;
      internalValueResult.mode = this._mode;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EsaSiteSiteWafSettingsClientIpIdentifier | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._headers = undefined;
      this._mode = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._headers = value.headers;
      this._mode = value.mode;
    }
  }

  // headers - computed: false, optional: true, required: false
  private _headers?: string[]; 
  public get headers() {
    return this.getListAttribute('headers');
  }
  public set headers(value: string[]) {
    this._headers = value;
  }
  public resetHeaders() {
    this._headers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get headersInput() {
    return this._headers;
  }

  // mode - computed: false, optional: true, required: false
  private _mode?: string; 
  public get mode() {
    return this.getStringAttribute('mode');
  }
  public set mode(value: string) {
    this._mode = value;
  }
  public resetMode() {
    this._mode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get modeInput() {
    return this._mode;
  }
}
export interface EsaSiteSiteWafSettingsSecurityLevel {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#value EsaSite#value}
  */
  readonly value?: string;
}

export function esaSiteSiteWafSettingsSecurityLevelToTerraform(struct?: EsaSiteSiteWafSettingsSecurityLevelOutputReference | EsaSiteSiteWafSettingsSecurityLevel): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function esaSiteSiteWafSettingsSecurityLevelToHclTerraform(struct?: EsaSiteSiteWafSettingsSecurityLevelOutputReference | EsaSiteSiteWafSettingsSecurityLevel): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EsaSiteSiteWafSettingsSecurityLevelOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): EsaSiteSiteWafSettingsSecurityLevel | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EsaSiteSiteWafSettingsSecurityLevel | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._value = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._value = value.value;
    }
  }

  // value - computed: true, optional: true, required: false
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  public resetValue() {
    this._value = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}
export interface EsaSiteSiteWafSettings {
  /**
  * add_bot_protection_headers block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#add_bot_protection_headers EsaSite#add_bot_protection_headers}
  */
  readonly addBotProtectionHeaders?: EsaSiteSiteWafSettingsAddBotProtectionHeaders;
  /**
  * add_security_headers block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#add_security_headers EsaSite#add_security_headers}
  */
  readonly addSecurityHeaders?: EsaSiteSiteWafSettingsAddSecurityHeaders;
  /**
  * bandwidth_abuse_protection block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#bandwidth_abuse_protection EsaSite#bandwidth_abuse_protection}
  */
  readonly bandwidthAbuseProtection?: EsaSiteSiteWafSettingsBandwidthAbuseProtection;
  /**
  * bot_management block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#bot_management EsaSite#bot_management}
  */
  readonly botManagement?: EsaSiteSiteWafSettingsBotManagement;
  /**
  * client_ip_identifier block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#client_ip_identifier EsaSite#client_ip_identifier}
  */
  readonly clientIpIdentifier?: EsaSiteSiteWafSettingsClientIpIdentifier;
  /**
  * security_level block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#security_level EsaSite#security_level}
  */
  readonly securityLevel?: EsaSiteSiteWafSettingsSecurityLevel;
}

export function esaSiteSiteWafSettingsToTerraform(struct?: EsaSiteSiteWafSettingsOutputReference | EsaSiteSiteWafSettings): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    add_bot_protection_headers: esaSiteSiteWafSettingsAddBotProtectionHeadersToTerraform(struct!.addBotProtectionHeaders),
    add_security_headers: esaSiteSiteWafSettingsAddSecurityHeadersToTerraform(struct!.addSecurityHeaders),
    bandwidth_abuse_protection: esaSiteSiteWafSettingsBandwidthAbuseProtectionToTerraform(struct!.bandwidthAbuseProtection),
    bot_management: esaSiteSiteWafSettingsBotManagementToTerraform(struct!.botManagement),
    client_ip_identifier: esaSiteSiteWafSettingsClientIpIdentifierToTerraform(struct!.clientIpIdentifier),
    security_level: esaSiteSiteWafSettingsSecurityLevelToTerraform(struct!.securityLevel),
  }
}


export function esaSiteSiteWafSettingsToHclTerraform(struct?: EsaSiteSiteWafSettingsOutputReference | EsaSiteSiteWafSettings): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    add_bot_protection_headers: {
      value: esaSiteSiteWafSettingsAddBotProtectionHeadersToHclTerraform(struct!.addBotProtectionHeaders),
      isBlock: true,
      type: "list",
      storageClassType: "EsaSiteSiteWafSettingsAddBotProtectionHeadersList",
    },
    add_security_headers: {
      value: esaSiteSiteWafSettingsAddSecurityHeadersToHclTerraform(struct!.addSecurityHeaders),
      isBlock: true,
      type: "list",
      storageClassType: "EsaSiteSiteWafSettingsAddSecurityHeadersList",
    },
    bandwidth_abuse_protection: {
      value: esaSiteSiteWafSettingsBandwidthAbuseProtectionToHclTerraform(struct!.bandwidthAbuseProtection),
      isBlock: true,
      type: "list",
      storageClassType: "EsaSiteSiteWafSettingsBandwidthAbuseProtectionList",
    },
    bot_management: {
      value: esaSiteSiteWafSettingsBotManagementToHclTerraform(struct!.botManagement),
      isBlock: true,
      type: "list",
      storageClassType: "EsaSiteSiteWafSettingsBotManagementList",
    },
    client_ip_identifier: {
      value: esaSiteSiteWafSettingsClientIpIdentifierToHclTerraform(struct!.clientIpIdentifier),
      isBlock: true,
      type: "list",
      storageClassType: "EsaSiteSiteWafSettingsClientIpIdentifierList",
    },
    security_level: {
      value: esaSiteSiteWafSettingsSecurityLevelToHclTerraform(struct!.securityLevel),
      isBlock: true,
      type: "list",
      storageClassType: "EsaSiteSiteWafSettingsSecurityLevelList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EsaSiteSiteWafSettingsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): EsaSiteSiteWafSettings | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._addBotProtectionHeaders?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.addBotProtectionHeaders = this._addBotProtectionHeaders?.internalValue;
    }
    if (this._addSecurityHeaders?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.addSecurityHeaders = this._addSecurityHeaders?.internalValue;
    }
    if (this._bandwidthAbuseProtection?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.bandwidthAbuseProtection = this._bandwidthAbuseProtection?.internalValue;
    }
    if (this._botManagement?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.botManagement = this._botManagement?.internalValue;
    }
    if (this._clientIpIdentifier?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.clientIpIdentifier = this._clientIpIdentifier?.internalValue;
    }
    if (this._securityLevel?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.securityLevel = this._securityLevel?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EsaSiteSiteWafSettings | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._addBotProtectionHeaders.internalValue = undefined;
      this._addSecurityHeaders.internalValue = undefined;
      this._bandwidthAbuseProtection.internalValue = undefined;
      this._botManagement.internalValue = undefined;
      this._clientIpIdentifier.internalValue = undefined;
      this._securityLevel.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._addBotProtectionHeaders.internalValue = value.addBotProtectionHeaders;
      this._addSecurityHeaders.internalValue = value.addSecurityHeaders;
      this._bandwidthAbuseProtection.internalValue = value.bandwidthAbuseProtection;
      this._botManagement.internalValue = value.botManagement;
      this._clientIpIdentifier.internalValue = value.clientIpIdentifier;
      this._securityLevel.internalValue = value.securityLevel;
    }
  }

  // add_bot_protection_headers - computed: false, optional: true, required: false
  private _addBotProtectionHeaders = new EsaSiteSiteWafSettingsAddBotProtectionHeadersOutputReference(this, "add_bot_protection_headers");
  public get addBotProtectionHeaders() {
    return this._addBotProtectionHeaders;
  }
  public putAddBotProtectionHeaders(value: EsaSiteSiteWafSettingsAddBotProtectionHeaders) {
    this._addBotProtectionHeaders.internalValue = value;
  }
  public resetAddBotProtectionHeaders() {
    this._addBotProtectionHeaders.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get addBotProtectionHeadersInput() {
    return this._addBotProtectionHeaders.internalValue;
  }

  // add_security_headers - computed: false, optional: true, required: false
  private _addSecurityHeaders = new EsaSiteSiteWafSettingsAddSecurityHeadersOutputReference(this, "add_security_headers");
  public get addSecurityHeaders() {
    return this._addSecurityHeaders;
  }
  public putAddSecurityHeaders(value: EsaSiteSiteWafSettingsAddSecurityHeaders) {
    this._addSecurityHeaders.internalValue = value;
  }
  public resetAddSecurityHeaders() {
    this._addSecurityHeaders.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get addSecurityHeadersInput() {
    return this._addSecurityHeaders.internalValue;
  }

  // bandwidth_abuse_protection - computed: false, optional: true, required: false
  private _bandwidthAbuseProtection = new EsaSiteSiteWafSettingsBandwidthAbuseProtectionOutputReference(this, "bandwidth_abuse_protection");
  public get bandwidthAbuseProtection() {
    return this._bandwidthAbuseProtection;
  }
  public putBandwidthAbuseProtection(value: EsaSiteSiteWafSettingsBandwidthAbuseProtection) {
    this._bandwidthAbuseProtection.internalValue = value;
  }
  public resetBandwidthAbuseProtection() {
    this._bandwidthAbuseProtection.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bandwidthAbuseProtectionInput() {
    return this._bandwidthAbuseProtection.internalValue;
  }

  // bot_management - computed: false, optional: true, required: false
  private _botManagement = new EsaSiteSiteWafSettingsBotManagementOutputReference(this, "bot_management");
  public get botManagement() {
    return this._botManagement;
  }
  public putBotManagement(value: EsaSiteSiteWafSettingsBotManagement) {
    this._botManagement.internalValue = value;
  }
  public resetBotManagement() {
    this._botManagement.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get botManagementInput() {
    return this._botManagement.internalValue;
  }

  // client_ip_identifier - computed: false, optional: true, required: false
  private _clientIpIdentifier = new EsaSiteSiteWafSettingsClientIpIdentifierOutputReference(this, "client_ip_identifier");
  public get clientIpIdentifier() {
    return this._clientIpIdentifier;
  }
  public putClientIpIdentifier(value: EsaSiteSiteWafSettingsClientIpIdentifier) {
    this._clientIpIdentifier.internalValue = value;
  }
  public resetClientIpIdentifier() {
    this._clientIpIdentifier.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientIpIdentifierInput() {
    return this._clientIpIdentifier.internalValue;
  }

  // security_level - computed: false, optional: true, required: false
  private _securityLevel = new EsaSiteSiteWafSettingsSecurityLevelOutputReference(this, "security_level");
  public get securityLevel() {
    return this._securityLevel;
  }
  public putSecurityLevel(value: EsaSiteSiteWafSettingsSecurityLevel) {
    this._securityLevel.internalValue = value;
  }
  public resetSecurityLevel() {
    this._securityLevel.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get securityLevelInput() {
    return this._securityLevel.internalValue;
  }
}
export interface EsaSiteTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#create EsaSite#create}
  */
  readonly create?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#delete EsaSite#delete}
  */
  readonly delete?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#update EsaSite#update}
  */
  readonly update?: string;
}

export function esaSiteTimeoutsToTerraform(struct?: EsaSiteTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
    update: cdktf.stringToTerraform(struct!.update),
  }
}


export function esaSiteTimeoutsToHclTerraform(struct?: EsaSiteTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    update: {
      value: cdktf.stringToHclTerraform(struct!.update),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EsaSiteTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): EsaSiteTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EsaSiteTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
      this._update = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
      this._update = value.update;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }

  // update - computed: false, optional: true, required: false
  private _update?: string; 
  public get update() {
    return this.getStringAttribute('update');
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate() {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this._update;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site alicloud_esa_site}
*/
export class EsaSite extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "alicloud_esa_site";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a EsaSite resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the EsaSite to import
  * @param importFromId The id of the existing EsaSite that should be imported. Refer to the {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the EsaSite to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "alicloud_esa_site", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/aliyun/alicloud/1.289.0/docs/resources/esa_site alicloud_esa_site} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options EsaSiteConfig
  */
  public constructor(scope: Construct, id: string, config: EsaSiteConfig) {
    super(scope, id, {
      terraformResourceType: 'alicloud_esa_site',
      terraformGeneratorMetadata: {
        providerName: 'alicloud',
        providerVersion: '1.289.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._accessType = config.accessType;
    this._addClientGeolocationHeader = config.addClientGeolocationHeader;
    this._addRealClientIpHeader = config.addRealClientIpHeader;
    this._aiMode = config.aiMode;
    this._aiTemplate = config.aiTemplate;
    this._automaticFrequencyControlActionType = config.automaticFrequencyControlActionType;
    this._automaticFrequencyControlEnable = config.automaticFrequencyControlEnable;
    this._automaticFrequencyControlLevel = config.automaticFrequencyControlLevel;
    this._cacheArchitectureMode = config.cacheArchitectureMode;
    this._cacheReserveEnable = config.cacheReserveEnable;
    this._cacheReserveInstanceId = config.cacheReserveInstanceId;
    this._caseInsensitive = config.caseInsensitive;
    this._coverage = config.coverage;
    this._crossBorderOptimization = config.crossBorderOptimization;
    this._developmentMode = config.developmentMode;
    this._flattenMode = config.flattenMode;
    this._globalMode = config.globalMode;
    this._id = config.id;
    this._instanceId = config.instanceId;
    this._ipv6Enable = config.ipv6Enable;
    this._ipv6Region = config.ipv6Region;
    this._paused = config.paused;
    this._performanceDataCollectionEnable = config.performanceDataCollectionEnable;
    this._realClientIpHeaderName = config.realClientIpHeaderName;
    this._resourceGroupId = config.resourceGroupId;
    this._seoBypass = config.seoBypass;
    this._siteName = config.siteName;
    this._siteNameExclusive = config.siteNameExclusive;
    this._siteVersion = config.siteVersion;
    this._tagName = config.tagName;
    this._tags = config.tags;
    this._versionManagement = config.versionManagement;
    this._siteWafSettings.internalValue = config.siteWafSettings;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // access_type - computed: false, optional: false, required: true
  private _accessType?: string; 
  public get accessType() {
    return this.getStringAttribute('access_type');
  }
  public set accessType(value: string) {
    this._accessType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get accessTypeInput() {
    return this._accessType;
  }

  // add_client_geolocation_header - computed: false, optional: true, required: false
  private _addClientGeolocationHeader?: string; 
  public get addClientGeolocationHeader() {
    return this.getStringAttribute('add_client_geolocation_header');
  }
  public set addClientGeolocationHeader(value: string) {
    this._addClientGeolocationHeader = value;
  }
  public resetAddClientGeolocationHeader() {
    this._addClientGeolocationHeader = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get addClientGeolocationHeaderInput() {
    return this._addClientGeolocationHeader;
  }

  // add_real_client_ip_header - computed: false, optional: true, required: false
  private _addRealClientIpHeader?: string; 
  public get addRealClientIpHeader() {
    return this.getStringAttribute('add_real_client_ip_header');
  }
  public set addRealClientIpHeader(value: string) {
    this._addRealClientIpHeader = value;
  }
  public resetAddRealClientIpHeader() {
    this._addRealClientIpHeader = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get addRealClientIpHeaderInput() {
    return this._addRealClientIpHeader;
  }

  // ai_mode - computed: true, optional: true, required: false
  private _aiMode?: string; 
  public get aiMode() {
    return this.getStringAttribute('ai_mode');
  }
  public set aiMode(value: string) {
    this._aiMode = value;
  }
  public resetAiMode() {
    this._aiMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aiModeInput() {
    return this._aiMode;
  }

  // ai_template - computed: true, optional: true, required: false
  private _aiTemplate?: string; 
  public get aiTemplate() {
    return this.getStringAttribute('ai_template');
  }
  public set aiTemplate(value: string) {
    this._aiTemplate = value;
  }
  public resetAiTemplate() {
    this._aiTemplate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aiTemplateInput() {
    return this._aiTemplate;
  }

  // automatic_frequency_control_action_type - computed: true, optional: true, required: false
  private _automaticFrequencyControlActionType?: string; 
  public get automaticFrequencyControlActionType() {
    return this.getStringAttribute('automatic_frequency_control_action_type');
  }
  public set automaticFrequencyControlActionType(value: string) {
    this._automaticFrequencyControlActionType = value;
  }
  public resetAutomaticFrequencyControlActionType() {
    this._automaticFrequencyControlActionType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get automaticFrequencyControlActionTypeInput() {
    return this._automaticFrequencyControlActionType;
  }

  // automatic_frequency_control_enable - computed: true, optional: true, required: false
  private _automaticFrequencyControlEnable?: string; 
  public get automaticFrequencyControlEnable() {
    return this.getStringAttribute('automatic_frequency_control_enable');
  }
  public set automaticFrequencyControlEnable(value: string) {
    this._automaticFrequencyControlEnable = value;
  }
  public resetAutomaticFrequencyControlEnable() {
    this._automaticFrequencyControlEnable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get automaticFrequencyControlEnableInput() {
    return this._automaticFrequencyControlEnable;
  }

  // automatic_frequency_control_level - computed: true, optional: true, required: false
  private _automaticFrequencyControlLevel?: string; 
  public get automaticFrequencyControlLevel() {
    return this.getStringAttribute('automatic_frequency_control_level');
  }
  public set automaticFrequencyControlLevel(value: string) {
    this._automaticFrequencyControlLevel = value;
  }
  public resetAutomaticFrequencyControlLevel() {
    this._automaticFrequencyControlLevel = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get automaticFrequencyControlLevelInput() {
    return this._automaticFrequencyControlLevel;
  }

  // cache_architecture_mode - computed: true, optional: true, required: false
  private _cacheArchitectureMode?: string; 
  public get cacheArchitectureMode() {
    return this.getStringAttribute('cache_architecture_mode');
  }
  public set cacheArchitectureMode(value: string) {
    this._cacheArchitectureMode = value;
  }
  public resetCacheArchitectureMode() {
    this._cacheArchitectureMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cacheArchitectureModeInput() {
    return this._cacheArchitectureMode;
  }

  // cache_reserve_enable - computed: false, optional: true, required: false
  private _cacheReserveEnable?: string; 
  public get cacheReserveEnable() {
    return this.getStringAttribute('cache_reserve_enable');
  }
  public set cacheReserveEnable(value: string) {
    this._cacheReserveEnable = value;
  }
  public resetCacheReserveEnable() {
    this._cacheReserveEnable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cacheReserveEnableInput() {
    return this._cacheReserveEnable;
  }

  // cache_reserve_instance_id - computed: false, optional: true, required: false
  private _cacheReserveInstanceId?: string; 
  public get cacheReserveInstanceId() {
    return this.getStringAttribute('cache_reserve_instance_id');
  }
  public set cacheReserveInstanceId(value: string) {
    this._cacheReserveInstanceId = value;
  }
  public resetCacheReserveInstanceId() {
    this._cacheReserveInstanceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cacheReserveInstanceIdInput() {
    return this._cacheReserveInstanceId;
  }

  // case_insensitive - computed: false, optional: true, required: false
  private _caseInsensitive?: string; 
  public get caseInsensitive() {
    return this.getStringAttribute('case_insensitive');
  }
  public set caseInsensitive(value: string) {
    this._caseInsensitive = value;
  }
  public resetCaseInsensitive() {
    this._caseInsensitive = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get caseInsensitiveInput() {
    return this._caseInsensitive;
  }

  // coverage - computed: false, optional: true, required: false
  private _coverage?: string; 
  public get coverage() {
    return this.getStringAttribute('coverage');
  }
  public set coverage(value: string) {
    this._coverage = value;
  }
  public resetCoverage() {
    this._coverage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get coverageInput() {
    return this._coverage;
  }

  // create_time - computed: true, optional: false, required: false
  public get createTime() {
    return this.getStringAttribute('create_time');
  }

  // cross_border_optimization - computed: false, optional: true, required: false
  private _crossBorderOptimization?: string; 
  public get crossBorderOptimization() {
    return this.getStringAttribute('cross_border_optimization');
  }
  public set crossBorderOptimization(value: string) {
    this._crossBorderOptimization = value;
  }
  public resetCrossBorderOptimization() {
    this._crossBorderOptimization = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get crossBorderOptimizationInput() {
    return this._crossBorderOptimization;
  }

  // development_mode - computed: false, optional: true, required: false
  private _developmentMode?: string; 
  public get developmentMode() {
    return this.getStringAttribute('development_mode');
  }
  public set developmentMode(value: string) {
    this._developmentMode = value;
  }
  public resetDevelopmentMode() {
    this._developmentMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get developmentModeInput() {
    return this._developmentMode;
  }

  // flatten_mode - computed: false, optional: true, required: false
  private _flattenMode?: string; 
  public get flattenMode() {
    return this.getStringAttribute('flatten_mode');
  }
  public set flattenMode(value: string) {
    this._flattenMode = value;
  }
  public resetFlattenMode() {
    this._flattenMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get flattenModeInput() {
    return this._flattenMode;
  }

  // global_mode - computed: true, optional: true, required: false
  private _globalMode?: string; 
  public get globalMode() {
    return this.getStringAttribute('global_mode');
  }
  public set globalMode(value: string) {
    this._globalMode = value;
  }
  public resetGlobalMode() {
    this._globalMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get globalModeInput() {
    return this._globalMode;
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // instance_id - computed: false, optional: false, required: true
  private _instanceId?: string; 
  public get instanceId() {
    return this.getStringAttribute('instance_id');
  }
  public set instanceId(value: string) {
    this._instanceId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get instanceIdInput() {
    return this._instanceId;
  }

  // ipv6_enable - computed: true, optional: true, required: false
  private _ipv6Enable?: string; 
  public get ipv6Enable() {
    return this.getStringAttribute('ipv6_enable');
  }
  public set ipv6Enable(value: string) {
    this._ipv6Enable = value;
  }
  public resetIpv6Enable() {
    this._ipv6Enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6EnableInput() {
    return this._ipv6Enable;
  }

  // ipv6_region - computed: true, optional: true, required: false
  private _ipv6Region?: string; 
  public get ipv6Region() {
    return this.getStringAttribute('ipv6_region');
  }
  public set ipv6Region(value: string) {
    this._ipv6Region = value;
  }
  public resetIpv6Region() {
    this._ipv6Region = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6RegionInput() {
    return this._ipv6Region;
  }

  // paused - computed: false, optional: true, required: false
  private _paused?: boolean | cdktf.IResolvable; 
  public get paused() {
    return this.getBooleanAttribute('paused');
  }
  public set paused(value: boolean | cdktf.IResolvable) {
    this._paused = value;
  }
  public resetPaused() {
    this._paused = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pausedInput() {
    return this._paused;
  }

  // performance_data_collection_enable - computed: false, optional: true, required: false
  private _performanceDataCollectionEnable?: string; 
  public get performanceDataCollectionEnable() {
    return this.getStringAttribute('performance_data_collection_enable');
  }
  public set performanceDataCollectionEnable(value: string) {
    this._performanceDataCollectionEnable = value;
  }
  public resetPerformanceDataCollectionEnable() {
    this._performanceDataCollectionEnable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get performanceDataCollectionEnableInput() {
    return this._performanceDataCollectionEnable;
  }

  // real_client_ip_header_name - computed: false, optional: true, required: false
  private _realClientIpHeaderName?: string; 
  public get realClientIpHeaderName() {
    return this.getStringAttribute('real_client_ip_header_name');
  }
  public set realClientIpHeaderName(value: string) {
    this._realClientIpHeaderName = value;
  }
  public resetRealClientIpHeaderName() {
    this._realClientIpHeaderName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get realClientIpHeaderNameInput() {
    return this._realClientIpHeaderName;
  }

  // resource_group_id - computed: true, optional: true, required: false
  private _resourceGroupId?: string; 
  public get resourceGroupId() {
    return this.getStringAttribute('resource_group_id');
  }
  public set resourceGroupId(value: string) {
    this._resourceGroupId = value;
  }
  public resetResourceGroupId() {
    this._resourceGroupId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceGroupIdInput() {
    return this._resourceGroupId;
  }

  // seo_bypass - computed: false, optional: true, required: false
  private _seoBypass?: string; 
  public get seoBypass() {
    return this.getStringAttribute('seo_bypass');
  }
  public set seoBypass(value: string) {
    this._seoBypass = value;
  }
  public resetSeoBypass() {
    this._seoBypass = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get seoBypassInput() {
    return this._seoBypass;
  }

  // site_name - computed: false, optional: false, required: true
  private _siteName?: string; 
  public get siteName() {
    return this.getStringAttribute('site_name');
  }
  public set siteName(value: string) {
    this._siteName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get siteNameInput() {
    return this._siteName;
  }

  // site_name_exclusive - computed: false, optional: true, required: false
  private _siteNameExclusive?: string; 
  public get siteNameExclusive() {
    return this.getStringAttribute('site_name_exclusive');
  }
  public set siteNameExclusive(value: string) {
    this._siteNameExclusive = value;
  }
  public resetSiteNameExclusive() {
    this._siteNameExclusive = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get siteNameExclusiveInput() {
    return this._siteNameExclusive;
  }

  // site_version - computed: false, optional: true, required: false
  private _siteVersion?: number; 
  public get siteVersion() {
    return this.getNumberAttribute('site_version');
  }
  public set siteVersion(value: number) {
    this._siteVersion = value;
  }
  public resetSiteVersion() {
    this._siteVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get siteVersionInput() {
    return this._siteVersion;
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }

  // tag_name - computed: false, optional: true, required: false
  private _tagName?: string; 
  public get tagName() {
    return this.getStringAttribute('tag_name');
  }
  public set tagName(value: string) {
    this._tagName = value;
  }
  public resetTagName() {
    this._tagName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagNameInput() {
    return this._tagName;
  }

  // tags - computed: false, optional: true, required: false
  private _tags?: { [key: string]: string }; 
  public get tags() {
    return this.getStringMapAttribute('tags');
  }
  public set tags(value: { [key: string]: string }) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // version_management - computed: false, optional: true, required: false
  private _versionManagement?: boolean | cdktf.IResolvable; 
  public get versionManagement() {
    return this.getBooleanAttribute('version_management');
  }
  public set versionManagement(value: boolean | cdktf.IResolvable) {
    this._versionManagement = value;
  }
  public resetVersionManagement() {
    this._versionManagement = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get versionManagementInput() {
    return this._versionManagement;
  }

  // site_waf_settings - computed: false, optional: true, required: false
  private _siteWafSettings = new EsaSiteSiteWafSettingsOutputReference(this, "site_waf_settings");
  public get siteWafSettings() {
    return this._siteWafSettings;
  }
  public putSiteWafSettings(value: EsaSiteSiteWafSettings) {
    this._siteWafSettings.internalValue = value;
  }
  public resetSiteWafSettings() {
    this._siteWafSettings.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get siteWafSettingsInput() {
    return this._siteWafSettings.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new EsaSiteTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: EsaSiteTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      access_type: cdktf.stringToTerraform(this._accessType),
      add_client_geolocation_header: cdktf.stringToTerraform(this._addClientGeolocationHeader),
      add_real_client_ip_header: cdktf.stringToTerraform(this._addRealClientIpHeader),
      ai_mode: cdktf.stringToTerraform(this._aiMode),
      ai_template: cdktf.stringToTerraform(this._aiTemplate),
      automatic_frequency_control_action_type: cdktf.stringToTerraform(this._automaticFrequencyControlActionType),
      automatic_frequency_control_enable: cdktf.stringToTerraform(this._automaticFrequencyControlEnable),
      automatic_frequency_control_level: cdktf.stringToTerraform(this._automaticFrequencyControlLevel),
      cache_architecture_mode: cdktf.stringToTerraform(this._cacheArchitectureMode),
      cache_reserve_enable: cdktf.stringToTerraform(this._cacheReserveEnable),
      cache_reserve_instance_id: cdktf.stringToTerraform(this._cacheReserveInstanceId),
      case_insensitive: cdktf.stringToTerraform(this._caseInsensitive),
      coverage: cdktf.stringToTerraform(this._coverage),
      cross_border_optimization: cdktf.stringToTerraform(this._crossBorderOptimization),
      development_mode: cdktf.stringToTerraform(this._developmentMode),
      flatten_mode: cdktf.stringToTerraform(this._flattenMode),
      global_mode: cdktf.stringToTerraform(this._globalMode),
      id: cdktf.stringToTerraform(this._id),
      instance_id: cdktf.stringToTerraform(this._instanceId),
      ipv6_enable: cdktf.stringToTerraform(this._ipv6Enable),
      ipv6_region: cdktf.stringToTerraform(this._ipv6Region),
      paused: cdktf.booleanToTerraform(this._paused),
      performance_data_collection_enable: cdktf.stringToTerraform(this._performanceDataCollectionEnable),
      real_client_ip_header_name: cdktf.stringToTerraform(this._realClientIpHeaderName),
      resource_group_id: cdktf.stringToTerraform(this._resourceGroupId),
      seo_bypass: cdktf.stringToTerraform(this._seoBypass),
      site_name: cdktf.stringToTerraform(this._siteName),
      site_name_exclusive: cdktf.stringToTerraform(this._siteNameExclusive),
      site_version: cdktf.numberToTerraform(this._siteVersion),
      tag_name: cdktf.stringToTerraform(this._tagName),
      tags: cdktf.hashMapper(cdktf.stringToTerraform)(this._tags),
      version_management: cdktf.booleanToTerraform(this._versionManagement),
      site_waf_settings: esaSiteSiteWafSettingsToTerraform(this._siteWafSettings.internalValue),
      timeouts: esaSiteTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      access_type: {
        value: cdktf.stringToHclTerraform(this._accessType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      add_client_geolocation_header: {
        value: cdktf.stringToHclTerraform(this._addClientGeolocationHeader),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      add_real_client_ip_header: {
        value: cdktf.stringToHclTerraform(this._addRealClientIpHeader),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ai_mode: {
        value: cdktf.stringToHclTerraform(this._aiMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ai_template: {
        value: cdktf.stringToHclTerraform(this._aiTemplate),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      automatic_frequency_control_action_type: {
        value: cdktf.stringToHclTerraform(this._automaticFrequencyControlActionType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      automatic_frequency_control_enable: {
        value: cdktf.stringToHclTerraform(this._automaticFrequencyControlEnable),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      automatic_frequency_control_level: {
        value: cdktf.stringToHclTerraform(this._automaticFrequencyControlLevel),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cache_architecture_mode: {
        value: cdktf.stringToHclTerraform(this._cacheArchitectureMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cache_reserve_enable: {
        value: cdktf.stringToHclTerraform(this._cacheReserveEnable),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cache_reserve_instance_id: {
        value: cdktf.stringToHclTerraform(this._cacheReserveInstanceId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      case_insensitive: {
        value: cdktf.stringToHclTerraform(this._caseInsensitive),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      coverage: {
        value: cdktf.stringToHclTerraform(this._coverage),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cross_border_optimization: {
        value: cdktf.stringToHclTerraform(this._crossBorderOptimization),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      development_mode: {
        value: cdktf.stringToHclTerraform(this._developmentMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      flatten_mode: {
        value: cdktf.stringToHclTerraform(this._flattenMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      global_mode: {
        value: cdktf.stringToHclTerraform(this._globalMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      instance_id: {
        value: cdktf.stringToHclTerraform(this._instanceId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ipv6_enable: {
        value: cdktf.stringToHclTerraform(this._ipv6Enable),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ipv6_region: {
        value: cdktf.stringToHclTerraform(this._ipv6Region),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      paused: {
        value: cdktf.booleanToHclTerraform(this._paused),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      performance_data_collection_enable: {
        value: cdktf.stringToHclTerraform(this._performanceDataCollectionEnable),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      real_client_ip_header_name: {
        value: cdktf.stringToHclTerraform(this._realClientIpHeaderName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      resource_group_id: {
        value: cdktf.stringToHclTerraform(this._resourceGroupId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      seo_bypass: {
        value: cdktf.stringToHclTerraform(this._seoBypass),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      site_name: {
        value: cdktf.stringToHclTerraform(this._siteName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      site_name_exclusive: {
        value: cdktf.stringToHclTerraform(this._siteNameExclusive),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      site_version: {
        value: cdktf.numberToHclTerraform(this._siteVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      tag_name: {
        value: cdktf.stringToHclTerraform(this._tagName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tags: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._tags),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      version_management: {
        value: cdktf.booleanToHclTerraform(this._versionManagement),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      site_waf_settings: {
        value: esaSiteSiteWafSettingsToHclTerraform(this._siteWafSettings.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "EsaSiteSiteWafSettingsList",
      },
      timeouts: {
        value: esaSiteTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "EsaSiteTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
