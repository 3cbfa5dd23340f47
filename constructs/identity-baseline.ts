// The account's identity baseline: a password policy that limits failed sign-ins and enforces
// strength (A30.1), mandatory MFA (A30.2), idle sessions that time out (A30.3), and console
// sign-in only from the admin networks (A19.4).
import { TerraformProvider } from "./cdk";
import { Construct } from "constructs";
import { RamPasswordPolicy } from "../.gen/providers/alicloud/ram-password-policy";
import { RamSecurityPreference } from "../.gen/providers/alicloud/ram-security-preference";
import { providerAndRegion } from "./common";
import { ConstructPropError } from "./errors";
import { violation } from "./policy-facts";
import { cidrInside, isWorld } from "./net";
import { GovguardPolicyCheck } from "./policy-check";
import { settingsOf } from "./settings";

export interface IdentityBaselineProps {
  /** At least 12 (A30.1); default 14. */
  readonly minimumPasswordLength?: number;
  /** Failed sign-ins before lock-out: 1 to identity.max_login_attempts (A30.1); default that maximum. */
  readonly maxLoginAttempts?: number;
  /** Last passwords that cannot be reused: at least 5 (A30.1); default 5. */
  readonly passwordReusePrevention?: number;
  /** Days a password lives: 1 to 90 (A30.1); default 90. */
  readonly maxPasswordAge?: number;
  /** Whether an expired password locks the user out until an administrator resets it; default false. */
  readonly hardExpiry?: boolean;
  /** Console session length in hours: at most identity.max_session_hours (A30.3); default that maximum. */
  readonly sessionHours?: number;
  /** Networks console sign-in is allowed from: each inside admin.allowed_cidrs (A19.4). Default admin.allowed_cidrs. */
  readonly loginNetworkMasks?: readonly string[];
  /** MFA at sign-in: only `mandatory` is accepted (A30.2). Default `mandatory`. */
  readonly mfaForLogin?: string;
  /** Days before an unused AccessKey is disabled; default 90. */
  readonly maxIdleDaysForAccessKeys?: number;
  /** The provider; default the stack's default (RAM is global). */
  readonly provider?: TerraformProvider;
}

function refuse(scope: Construct, control: string, zh: string, en: string): never {
  throw violation(control, scope, { zh, en });
}

export class IdentityBaseline extends Construct {
  readonly passwordPolicy: RamPasswordPolicy;
  readonly securityPreference: RamSecurityPreference;

  constructor(scope: Construct, id: string, props: IdentityBaselineProps = {}) {
    super(scope, id);
    const settings = settingsOf(this);
    const { provider } = providerAndRegion(this, props.provider);

    const length = props.minimumPasswordLength ?? 14;
    if (length < 12 || length > 32) {
      refuse(this, "A30.1", `密码最短长度 ${length} 不在 12–32 之间`, `minimum password length ${length} is not between 12 and 32`);
    }
    const attempts = props.maxLoginAttempts ?? settings.maxLoginAttempts;
    if (!Number.isInteger(attempts) || attempts < 1 || attempts > settings.maxLoginAttempts) {
      refuse(this, "A30.1", `登录失败次数限制 ${attempts} 不在 1–${settings.maxLoginAttempts} 之间`, `failed sign-in limit ${attempts} is not between 1 and ${settings.maxLoginAttempts}`);
    }
    const reuse = props.passwordReusePrevention ?? 5;
    if (reuse < 5 || reuse > 24) {
      refuse(this, "A30.1", `禁止重复使用最近 ${reuse} 次密码，少于 5 次`, `reuse prevention of ${reuse} passwords is below 5`);
    }
    const age = props.maxPasswordAge ?? 90;
    if (age < 1 || age > 90) {
      refuse(this, "A30.1", `密码有效期 ${age} 天不在 1–90 天之间`, `password age ${age} days is not between 1 and 90`);
    }
    const hours = props.sessionHours ?? settings.maxSessionHours;
    if (!Number.isInteger(hours) || hours < 1 || hours > settings.maxSessionHours) {
      refuse(this, "A30.3", `控制台会话时长 ${hours} 小时超过 ${settings.maxSessionHours} 小时`, `console session of ${hours} hours is longer than ${settings.maxSessionHours}`);
    }
    const mfa = props.mfaForLogin ?? "mandatory";
    if (mfa !== "mandatory") {
      refuse(this, "A30.2", `登录多因素认证为 ${mfa}，不是强制`, `MFA at sign-in is ${mfa}, not mandatory`);
    }
    const masks = [...(props.loginNetworkMasks ?? settings.adminCidrs)];
    if (masks.length === 0 || masks.length > 40) {
      throw new ConstructPropError(this, { zh: "loginNetworkMasks 须有 1 至 40 个网段", en: "loginNetworkMasks needs 1 to 40 ranges" });
    }
    for (const mask of masks) {
      if (isWorld(mask) || !cidrInside(mask, settings.adminCidrs)) {
        refuse(this, "A19.4", `控制台登录网段 ${mask} 不在 admin.allowed_cidrs 之内`, `console sign-in range ${mask} is not inside admin.allowed_cidrs`);
      }
    }

    // alicloud_ram_password_policy has no defaults, so every setting is written out; note the
    // schema's spelling max_login_attemps.
    this.passwordPolicy = new RamPasswordPolicy(this, "password-policy", {
      provider,
      minimumPasswordLength: length,
      requireLowercaseCharacters: true,
      requireUppercaseCharacters: true,
      requireNumbers: true,
      requireSymbols: true,
      passwordReusePrevention: reuse,
      maxPasswordAge: age,
      hardExpiry: props.hardExpiry ?? false,
      maxLoginAttemps: attempts,
      passwordNotContainUserName: true,
    });
    this.securityPreference = new RamSecurityPreference(this, "security-preference", {
      provider,
      mfaOperationForLogin: "mandatory",
      loginSessionDuration: hours,
      loginNetworkMasks: masks.join(";"),
      enableSaveMfaTicket: false,
      allowUserToChangePassword: true,
      allowUserToManageAccessKeys: false,
      allowUserToManageMfaDevices: true,
      maxIdleDaysForAccessKeys: props.maxIdleDaysForAccessKeys ?? 90,
    });
    GovguardPolicyCheck.ensure(this);
  }
}
