// A dynamic block whose for_each is only known after apply hides its blocks. That is an A18.1
// finding when a control reads that block type (the hidden blocks might break it), and noise when
// none does: real module code expands network_interfaces from resource IDs (issue 15, the
// terraform-alicloud-ecs-instance examples).
import * as fs from "node:fs";
import * as path from "node:path";
import { runCli, tempDir } from "./helpers";

const TF = `
provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_ecs_network_interface" "eni" {
  vswitch_id = "vsw-1"
}

resource "alicloud_instance" "app" {
  instance_type         = "ecs.g7.large"
  image_id              = "aliyun_3_x64"
  system_disk_encrypted = true
  tags                  = { "data-classification" = "internal" }

  dynamic "network_interfaces" {
    for_each = length(alicloud_ecs_network_interface.eni.id) > 0 ? [1] : []
    content {
      network_interface_id = alicloud_ecs_network_interface.eni.id
    }
  }

  dynamic "data_disks" {
    for_each = length(alicloud_ecs_network_interface.eni.id) > 0 ? [1] : []
    content {
      size      = 20
      encrypted = false
    }
  }
}
`;

interface Finding {
  control: string;
  resource: string;
  attribute?: string;
  message: { en: string };
}

let found: Finding[] = [];
const dir = tempDir("govguard-dynamic-unknown-");

beforeAll(() => {
  fs.writeFileSync(path.join(dir, "main.tf"), TF);
  const run = runCli(["check", dir, "--format", "json"]);
  expect(run.status).toBe(1);
  found = (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("blocks a control reads, hidden behind an unknown for_each, are an A18.1 finding", () => {
  const a18 = found.filter((f) => f.control === "A18.1" && f.resource === "alicloud_instance.app");
  expect(a18.map((f) => f.message.en).join("\n")).toMatch(/data_disks blocks cannot be expanded before apply/);
});

test("blocks no control reads are not reported, however they are expanded", () => {
  const a18 = found.filter((f) => f.control === "A18.1");
  expect(a18.map((f) => f.message.en).join("\n")).not.toMatch(/network_interfaces/);
});
