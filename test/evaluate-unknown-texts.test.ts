// An unresolved value names the expression it is set from (issue 15, item 6): the evaluated
// document records, for every attribute a rule can read, what each unknown part is written as
// (govguard_unknown), also inside blocks and maps, also for a function govguard does not
// evaluate. Through the real CLI on a .tf folder and on the same configuration as cdk.tf.json.
import * as fs from "node:fs";
import * as path from "node:path";
import { runCli, tempDir } from "./helpers";

type Obj = Record<string, unknown>;

const TF = `
provider "alicloud" {
  region = "cn-hangzhou"
}

variable "p" {}

variable "cfg" {}

resource "alicloud_vpc" "v" {
  vpc_name = "v"
}

resource "alicloud_slb_listener" "upper" {
  load_balancer_id = "lb"
  frontend_port    = 80
  protocol         = upper(var.p)
}

resource "alicloud_slb_listener" "field" {
  load_balancer_id = "lb"
  frontend_port    = 80
  protocol         = var.cfg.protocol
}

resource "alicloud_slb_listener" "function" {
  load_balancer_id = "lb"
  frontend_port    = 80
  protocol         = nosuchfunction(var.p)
}

resource "alicloud_oss_bucket" "nested" {
  bucket = "n"
  server_side_encryption_rule {
    sse_algorithm     = lower(var.p)
    kms_master_key_id = "key"
  }
  tags = {
    "data-classification" = var.cfg.level
    owner                 = alicloud_vpc.v.id
    team                  = "ops"
  }
}
`;

const JSON_CONFIG: Obj = {
  provider: { alicloud: [{ region: "cn-hangzhou" }] },
  variable: { p: {}, cfg: {} },
  resource: {
    alicloud_vpc: { v: { vpc_name: "v" } },
    alicloud_slb_listener: {
      upper: { load_balancer_id: "lb", frontend_port: 80, protocol: "${upper(var.p)}" },
      field: { load_balancer_id: "lb", frontend_port: 80, protocol: "${var.cfg.protocol}" },
      function: { load_balancer_id: "lb", frontend_port: 80, protocol: "${nosuchfunction(var.p)}" },
    },
    alicloud_oss_bucket: {
      nested: {
        bucket: "n",
        server_side_encryption_rule: { sse_algorithm: "${lower(var.p)}", kms_master_key_id: "key" },
        tags: { "data-classification": "${var.cfg.level}", owner: "${alicloud_vpc.v.id}", team: "ops" },
      },
    },
  },
};

let dir: string;
const targets: Record<string, string> = {};

beforeAll(() => {
  dir = tempDir("govguard-unknown-texts-");
  fs.mkdirSync(path.join(dir, "tf"));
  fs.writeFileSync(path.join(dir, "tf", "main.tf"), TF);
  fs.writeFileSync(path.join(dir, "cdk.tf.json"), JSON.stringify(JSON_CONFIG, null, 2));
  targets[".tf folder"] = path.join(dir, "tf");
  targets["cdk.tf.json"] = path.join(dir, "cdk.tf.json");
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each([".tf folder", "cdk.tf.json"])("unknown values name their expression, %s", (shape) => {
  let texts: Map<string, Obj>;
  beforeAll(() => {
    const run = runCli(["input", targets[shape]]);
    expect(run.stderr).toBe("");
    const plan = JSON.parse(run.stdout) as { resource_changes: { address: string; change: { govguard_unknown?: Obj } }[] };
    texts = new Map(plan.resource_changes.map((c) => [c.address, c.change.govguard_unknown ?? {}]));
  });

  test("a wholly unknown attribute: its expression, a function call, a variable's field", () => {
    expect(texts.get("alicloud_slb_listener.upper")?.protocol).toMatch(/^upper\(var\.p\)/);
    expect(texts.get("alicloud_slb_listener.field")?.protocol).toMatch(/^var\.cfg\.protocol/);
  });

  test("a function govguard does not evaluate: the call is named, not only the function", () => {
    const text = texts.get("alicloud_slb_listener.function")?.protocol;
    expect(text).toMatch(/nosuchfunction\(var\.p\)/);
    expect(text).toMatch(/not supported/);
  });

  test("inside a block and a map, each unknown part has its own expression; known parts have none", () => {
    const nested = texts.get("alicloud_oss_bucket.nested") as Obj;
    // Terraform JSON may write a block as one object, which the document keeps (lib.fields reads both).
    const rule = nested.server_side_encryption_rule;
    expect(Array.isArray(rule) ? rule : [rule]).toEqual([{ sse_algorithm: expect.stringMatching(/^lower\(var\.p\)/) }]);
    expect(nested.tags).toEqual({ "data-classification": expect.stringMatching(/^var\.cfg\.level/), owner: expect.stringMatching(/^alicloud_vpc\.v\.id/) });
  });
});
