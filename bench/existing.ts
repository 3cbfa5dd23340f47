// Turns a unit's resources into ones that already exist: a real plan of a live estate lists many
// resources as "no-op" or "update", with their prior values in `before` and in prior_state, and
// the attributes the provider computed known rather than unknown. Only types whose computed
// attributes are all simple values are converted, so what the plan shows stays consistent.
import { clone, Instance, JsonObject } from "./plan-model";
import { Rng } from "./prng";
import { Unit } from "./units";

const CREATED = "2023-11-02T03:14:07Z";

type Fill = (after: JsonObject, token: string) => JsonObject;

/** The values the provider computed, by type: every key the template marks unknown. */
const FILLS: Record<string, Fill> = {
  alicloud_ram_user: (a) => ({ id: `2${hashDigits(String(a.name), 15)}` }),
  alicloud_ram_group: (a) => ({ create_time: CREATED, id: a.group_name, name: a.group_name }),
  alicloud_ram_login_profile: (a) => ({ create_time: CREATED, id: a.user_name }),
  alicloud_ram_group_membership: (a) => ({ id: a.group_name }),
  alicloud_ram_group_policy_attachment: (a) => ({ id: `group:${String(a.policy_name)}:${String(a.policy_type)}:${String(a.group_name)}` }),
  alicloud_ram_policy: (a) => ({
    attachment_count: 1,
    create_time: CREATED,
    default_version: "v1",
    document: a.policy_document,
    id: a.policy_name,
    name: a.policy_name,
    statement: [],
    type: "Custom",
    version_id: "v1",
  }),
  alicloud_security_group: (a, token) => ({
    create_time: CREATED,
    id: `sg-bp1${token}`,
    inner_access: false,
    name: a.security_group_name,
    resource_group_id: "rg-acfm2gov0estate",
    security_group_type: "normal",
    vpc_id: `vpc-bp1${token}`,
  }),
  alicloud_security_group_rule: (a, token) => ({
    id: `sg-bp1${token}:ingress:${String(a.ip_protocol)}:${String(a.port_range)}:intranet:${String(a.cidr_ip)}:accept:1`,
    nic_type: "intranet",
    prefix_list_id: "",
    security_group_id: `sg-bp1${token}`,
    security_group_rule_id: `sgr-bp1${token}`,
  }),
};

/** The attribute an in-place update changes, by type (others are only ever unchanged). */
const UPDATED: Record<string, string> = {
  alicloud_ram_user: "display_name",
  alicloud_security_group: "description",
  alicloud_security_group_rule: "description",
};

function hashDigits(text: string, length: number): string {
  let h = 2166136261;
  let out = "";
  for (let round = 0; out.length < length; round++) {
    for (const ch of `${text}#${round}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    out += String(h).padStart(10, "0");
  }
  return out.slice(0, length);
}

/** Whether every resource of the unit can be shown as existing. */
export function canExist(unit: Unit): boolean {
  return unit.blocks.every((b) => b.type in FILLS);
}

function exist(type: string, i: Instance, token: string, rng: Rng, updateRate: number): void {
  const computed = FILLS[type](i.after, token);
  const unknown: JsonObject = {};
  for (const [k, v] of Object.entries(i.afterUnknown)) if (v !== true) unknown[k] = v;
  // Terraform writes an object's attributes in name order.
  const merged: JsonObject = { ...i.after, ...computed };
  i.after = Object.fromEntries(Object.keys(merged).sort().map((k) => [k, merged[k]]));
  i.afterUnknown = unknown;
  i.before = clone(i.after);
  const key = UPDATED[type];
  if (key && rng.chance(updateRate)) {
    i.action = "update";
    i.before[key] = `${String(i.after[key] ?? "")} (before review)`;
  } else {
    i.action = "no-op";
  }
}

/** Shows every resource of the unit as existing: unchanged, or updated in place. */
export function makeExisting(unit: Unit, serial: number, rng: Rng, updateRate: number): void {
  const token = hashDigits(`unit${serial}`, 12);
  for (const block of unit.blocks) for (const i of block.instances) exist(block.type, i, token, rng, updateRate);
}
