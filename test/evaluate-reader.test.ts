// What a careful reader of a configuration can evaluate, govguard evaluates too (issue 15, item 5):
// ternaries, length, lookup, merge and concat of known values, flatten, attributes and indexes of
// object and list variables and locals, optional() attribute defaults of a variable's type
// (Terraform 1.3+), and a count a known false switches off. A value that is partly known keeps its
// known parts exactly where Terraform keeps them. Each case runs through the real CLI on a .tf
// folder and on the same configuration written as cdk.tf.json.
import * as fs from "node:fs";
import * as path from "node:path";
import { runCli, tempDir } from "./helpers";

type Obj = Record<string, unknown>;

const TF = `
provider "alicloud" {
  region = "cn-hangzhou"
}

variable "create" {
  type    = bool
  default = false
}

variable "bucket" {
  type = object({
    name = string
    acl  = optional(string, "public-read")
    tags = optional(map(string), { "data-classification" = "internal" })
  })
  default = { name = "cfg" }
}

variable "listeners" {
  type = list(object({
    port     = number
    protocol = optional(string, "http")
    extra    = optional(object({ forward = optional(string, "off") }), {})
  }))
  default = [{ port = 80 }, { port = 443, protocol = "https" }]
}

variable "given" {
  type = object({
    protocol = optional(string, "https")
  })
  default = { protocol = null }
}

variable "unset" {}

locals {
  acls     = ["private", "public-read"]
  settings = merge({ acl = "private", name = "m" }, { acl = "public-read" })
  names    = concat(["a"], ["b", "c"])
  switch   = { on = "public-read", off = "private" }
  partial  = merge({ acl = "public-read" }, var.unset)
  mixed    = merge({ "data-classification" = "internal" }, { owner = alicloud_vpc.v.id })
}

resource "alicloud_vpc" "v" {
  vpc_name = "v"
}

resource "alicloud_oss_bucket" "switched_off" {
  count  = var.create ? 1 : 0
  bucket = "off"
  acl    = "public-read"
}

resource "alicloud_oss_bucket" "flattened_off" {
  count  = length(flatten([]))
  bucket = "flat"
  acl    = "public-read"
}

resource "alicloud_oss_bucket" "ternary" {
  bucket = "ternary"
  acl    = length(local.names) == 3 ? "public-read" : "private"
}

resource "alicloud_oss_bucket" "looked_up" {
  bucket = lookup(local.settings, "name", "none")
  acl    = lookup(local.settings, "acl", "private")
}

resource "alicloud_oss_bucket" "indexed" {
  count  = length(local.acls)
  bucket = "i-\${count.index}"
  acl    = local.acls[count.index]
}

resource "alicloud_oss_bucket" "from_object" {
  bucket = var.bucket.name
  acl    = var.bucket.acl
  tags   = var.bucket.tags
}

resource "alicloud_oss_bucket" "by_key" {
  bucket = "k"
  acl    = local.switch["on"]
}

resource "alicloud_oss_bucket" "partial" {
  bucket = "p"
  acl    = local.partial.acl
  tags   = local.mixed
}

resource "alicloud_slb_listener" "l" {
  count            = length(var.listeners)
  load_balancer_id = "lb"
  frontend_port    = var.listeners[count.index].port
  protocol         = var.listeners[count.index].protocol
  listener_forward = var.listeners[count.index].extra.forward
}

resource "alicloud_slb_listener" "given" {
  load_balancer_id = "lb"
  frontend_port    = 8443
  protocol         = var.given.protocol
}
`;

/** The same configuration as Terraform JSON (cdk.tf.json). */
const JSON_CONFIG: Obj = {
  provider: { alicloud: [{ region: "cn-hangzhou" }] },
  variable: {
    create: { type: "bool", default: false },
    bucket: {
      type: 'object({name = string, acl = optional(string, "public-read"), tags = optional(map(string), {"data-classification" = "internal"})})',
      default: { name: "cfg" },
    },
    listeners: {
      type: 'list(object({port = number, protocol = optional(string, "http"), extra = optional(object({forward = optional(string, "off")}), {})}))',
      default: [{ port: 80 }, { port: 443, protocol: "https" }],
    },
    given: { type: 'object({protocol = optional(string, "https")})', default: { protocol: null } },
    unset: {},
  },
  locals: {
    acls: ["private", "public-read"],
    settings: '${merge({ acl = "private", name = "m" }, { acl = "public-read" })}',
    names: '${concat(["a"], ["b", "c"])}',
    switch: { on: "public-read", off: "private" },
    partial: '${merge({ acl = "public-read" }, var.unset)}',
    mixed: '${merge({ "data-classification" = "internal" }, { owner = alicloud_vpc.v.id })}',
  },
  resource: {
    alicloud_vpc: { v: { vpc_name: "v" } },
    alicloud_oss_bucket: {
      switched_off: { count: "${var.create ? 1 : 0}", bucket: "off", acl: "public-read" },
      flattened_off: { count: "${length(flatten([]))}", bucket: "flat", acl: "public-read" },
      ternary: { bucket: "ternary", acl: '${length(local.names) == 3 ? "public-read" : "private"}' },
      looked_up: { bucket: '${lookup(local.settings, "name", "none")}', acl: '${lookup(local.settings, "acl", "private")}' },
      indexed: { count: "${length(local.acls)}", bucket: "i-${count.index}", acl: "${local.acls[count.index]}" },
      from_object: { bucket: "${var.bucket.name}", acl: "${var.bucket.acl}", tags: "${var.bucket.tags}" },
      by_key: { bucket: "k", acl: '${local.switch["on"]}' },
      partial: { bucket: "p", acl: "${local.partial.acl}", tags: "${local.mixed}" },
    },
    alicloud_slb_listener: {
      l: {
        count: "${length(var.listeners)}",
        load_balancer_id: "lb",
        frontend_port: "${var.listeners[count.index].port}",
        protocol: "${var.listeners[count.index].protocol}",
        listener_forward: "${var.listeners[count.index].extra.forward}",
      },
      given: { load_balancer_id: "lb", frontend_port: 8443, protocol: "${var.given.protocol}" },
    },
  },
};

interface Change {
  address: string;
  change: { after: Obj; after_unknown: Obj; govguard_unknown?: Obj };
}

interface Finding {
  control: string;
  resource: string;
  message: { en: string };
}

let dir: string;
const shapes: Record<string, string> = {};

beforeAll(() => {
  dir = tempDir("govguard-reader-");
  fs.mkdirSync(path.join(dir, "tf"));
  fs.writeFileSync(path.join(dir, "tf", "main.tf"), TF);
  fs.writeFileSync(path.join(dir, "cdk.tf.json"), JSON.stringify(JSON_CONFIG, null, 2));
  shapes[".tf folder"] = path.join(dir, "tf");
  shapes["cdk.tf.json"] = path.join(dir, "cdk.tf.json");
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function document(target: string): Map<string, Change> {
  const run = runCli(["input", target]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  const plan = JSON.parse(run.stdout) as { resource_changes: Change[] };
  return new Map(plan.resource_changes.map((c) => [c.address, c]));
}

function findings(target: string): Finding[] {
  const run = runCli(["check", target, "--format", "json"]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(1);
  return (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
}

describe.each([".tf folder", "cdk.tf.json"])("a reader's evaluation, %s", (shape) => {
  let changes: Map<string, Change>;
  let found: Finding[];
  const after = (address: string): Obj => {
    const c = changes.get(address);
    if (!c) throw new Error(`no ${address}; have ${[...changes.keys()].join(", ")}`);
    return c.change.after;
  };
  beforeAll(() => {
    changes = document(shapes[shape]);
    found = findings(shapes[shape]);
  });

  test("count = var.create ? 1 : 0 with a false default, and length(flatten([])), make no instance and no finding", () => {
    const addresses = [...changes.keys()];
    expect(addresses.filter((a) => a.includes("switched_off") || a.includes("flattened_off"))).toEqual([]);
    expect(found.filter((f) => /switched_off|flattened_off/.test(f.resource))).toEqual([]);
  });

  test("a ternary over length(concat(...)), lookup over merge(...), and a list local indexed by count.index", () => {
    expect(after("alicloud_oss_bucket.ternary").acl).toBe("public-read");
    expect(after("alicloud_oss_bucket.looked_up")).toMatchObject({ bucket: "m", acl: "public-read" });
    expect(after("alicloud_oss_bucket.indexed[0]").acl).toBe("private");
    expect(after("alicloud_oss_bucket.indexed[1]").acl).toBe("public-read");
    expect(after("alicloud_oss_bucket.by_key").acl).toBe("public-read");
    const publicOnes = found.filter((f) => f.control === "A22.1" && /acl is public-read/.test(f.message.en)).map((f) => f.resource);
    expect(publicOnes).toEqual(expect.arrayContaining(["alicloud_oss_bucket.ternary", "alicloud_oss_bucket.looked_up", "alicloud_oss_bucket.indexed[1]", "alicloud_oss_bucket.by_key"]));
    expect(publicOnes).not.toContain("alicloud_oss_bucket.indexed[0]");
  });

  test("optional() attributes an object variable omits take their defaults", () => {
    expect(after("alicloud_oss_bucket.from_object")).toMatchObject({ bucket: "cfg", acl: "public-read", tags: { "data-classification": "internal" } });
    expect(changes.get("alicloud_oss_bucket.from_object")?.change.govguard_unknown).toBeUndefined();
    expect(found.filter((f) => f.resource === "alicloud_oss_bucket.from_object" && f.control === "A18.1")).toEqual([]);
    expect(found.filter((f) => f.resource === "alicloud_oss_bucket.from_object" && f.control === "A22.1" && /acl is public-read/.test(f.message.en))).toHaveLength(1);
  });

  test("optional() defaults inside a list of objects, nested objects, and for an attribute given as null", () => {
    // (frontend_port is not shown: no rule reads it, so the document leaves it out.)
    expect(after("alicloud_slb_listener.l[0]")).toMatchObject({ protocol: "http", listener_forward: "off" });
    expect(after("alicloud_slb_listener.l[1]")).toMatchObject({ protocol: "https", listener_forward: "off" });
    expect(after("alicloud_slb_listener.given").protocol).toBe("https");
    expect(found.filter((f) => f.control === "A29.5").map((f) => f.resource)).toContain("alicloud_slb_listener.l[0]");
    expect(found.filter((f) => f.control === "A18.1" && /listener/.test(f.resource))).toEqual([]);
  });

  test("a partly known value keeps its known parts where Terraform does, and only there", () => {
    const partial = changes.get("alicloud_oss_bucket.partial");
    // merge() with an argument not known before apply is wholly unknown in Terraform.
    expect(partial?.change.after.acl).toBeUndefined();
    expect(partial?.change.after_unknown.acl).toBe(true);
    // A known key beside a value known only after apply stays known.
    expect(partial?.change.after.tags).toEqual({ "data-classification": "internal" });
    expect(partial?.change.after_unknown.tags).toEqual({ owner: true });
    expect(found.filter((f) => f.resource === "alicloud_oss_bucket.partial" && f.control === "A21.1")).toEqual([]);
  });
});
