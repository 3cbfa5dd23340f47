// Spellings the provider and the cloud accept with the same meaning, found by a red-team pass:
// each hid its control's finding through the CLI (the wasm bundle) before. The provider compresses
// an IPv6 network with Go's ip.String() and sends a prefix of 0 whatever the address bits; a
// bastion whitelist entry may hold several addresses separated by commas; Terraform lower-cases a
// provider source; the OSS SDK reads an endpoint as a URL (url.Parse(...).Host).
import * as fs from "node:fs";
import * as path from "node:path";
import { repo, runCli, tempDir } from "./helpers";

const dir = tempDir("govguard-spellings-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let made = 0;

/** The control cases each test starts from, with one value changed. */
const CASES: Record<string, string> = {
  "security-group-rule": "a19_2/cases/app-port-open",
  bastion: "a19_5/cases/public-any",
  "hong-kong-provider": "a23_1/cases/hongkong-alias",
  "partner-endpoint": "a24_1/cases/endpoint-outside",
};

function controls(name: string, from: string, to: string): { status: number; found: Set<string> } {
  const source = fs.readFileSync(path.join(repo, "policies/govguard/controls", CASES[name], "main.tf"), "utf8");
  expect(source).toContain(from);
  const at = path.join(dir, `s${made++}`);
  fs.mkdirSync(at);
  fs.writeFileSync(path.join(at, "main.tf"), source.replace(from, to));
  const r = runCli(["check", "--format", "json", "--jobs", "1", at]);
  expect(r.stderr).toBe("");
  const report = JSON.parse(r.stdout) as { findings: { control: string; resource: string }[] };
  return { status: r.status ?? -1, found: new Set(report.findings.map((f) => `${f.control} ${f.resource}`)) };
}

const RULE = "alicloud_security_group_rule.app_8000_public";

test.each([
  ["::/0"],
  ["0::/0"],
  ["::0/0"],
  ["0:0:0:0:0:0:0:0/0"],
  ["2001:0db8:3c4d:0015:0000:0000:1a2f:1a2b/0"],
])("an ingress rule from ipv6_cidr_ip %s reaches the whole internet: A19.2", (cidr) => {
  const { found } = controls("security-group-rule", 'cidr_ip           = "0.0.0.0/0"', `ipv6_cidr_ip = "${cidr}"`);
  expect(found).toContain(`A19.2 ${RULE}`);
});

test.each([["0.0.0.0/0"], ["1.2.3.4/0"], ["000.000.000.000/0"]])("an ingress rule from cidr_ip %s reaches the whole internet: A19.2", (cidr) => {
  const { found } = controls("security-group-rule", 'cidr_ip           = "0.0.0.0/0"', `cidr_ip = "${cidr}"`);
  expect(found).toContain(`A19.2 ${RULE}`);
});

test.each([["10.0.0.0/8,0.0.0.0/0"], ["10.0.0.0/8;0.0.0.0/0"], ["10.0.0.0/8 0.0.0.0/0"], ["10.0.0.0/8;10.1.0.0/16"], ["office"]])(
  "an ingress rule from cidr_ip %s is not verifiably off the internet: A19.2",
  (cidr) => {
    const { found } = controls("security-group-rule", 'cidr_ip           = "0.0.0.0/0"', `cidr_ip = "${cidr}"`);
    expect(found).toContain(`A19.2 ${RULE}`);
  },
);

test.each([["10.20.0.0/16"], ["10.20.0.0/16,10.30.0.0/16"]])("a rule from the office range %s is not open to the internet: no A19.2 on it", (cidr) => {
  const { found } = controls("security-group-rule", 'cidr_ip           = "0.0.0.0/0"', `cidr_ip = "${cidr}"`);
  expect(found).not.toContain(`A19.2 ${RULE}`);
});

test("gre from 0::/0 reaches every port from the internet: A19.2", () => {
  const rule = 'ip_protocol       = "tcp"\n  port_range        = "8000/8000"\n  cidr_ip           = "0.0.0.0/0"';
  const { found } = controls("security-group-rule", rule, 'ip_protocol = "gre"\n  port_range = "-1/-1"\n  ipv6_cidr_ip = "0::/0"');
  expect(found).toContain(`A19.2 ${RULE}`);
});

test.each([
  ['["0.0.0.0/0"]'],
  ['["10.0.0.0/8,0.0.0.0/0"]'],
  ['["10.0.0.0/8 0.0.0.0/0"]'],
  ['["10.0.0.0/8;0.0.0.0/0"]'],
  ['["10.0.0.0/8x"]'],
])("a bastion whose public_white_list is %s is not limited to the admin ranges: A19.5", (list) => {
  const { found } = controls("bastion", 'public_white_list    = ["0.0.0.0/0"]', `public_white_list = ${list}`);
  expect(found).toContain("A19.5 alicloud_bastionhost_instance.open");
});

test.each([["aliyun/alicloud"], ["Aliyun/AliCloud"], ["aliyun/ALICLOUD"], ["registry.terraform.io/Aliyun/Alicloud"]])(
  "a provider with source %s in cn-hongkong is outside the mainland: A23.1 and A24.1",
  (source) => {
    const { found } = controls("hong-kong-provider", 'source  = "aliyun/alicloud"', `source = "${source}"`);
    expect(found).toContain("A23.1 alicloud.hk");
    expect(found).toContain("A24.1 alicloud.hk");
  },
);

test.each([
  ["oss-gateway.hz-zwfw-partner.com"],
  ["oss-gateway.hz-zwfw-partner.com?.aliyuncs.com"],
  ["oss-gateway.hz-zwfw-partner.com#.aliyuncs.com"],
  ["https://oss.aliyuncs.com@oss-gateway.hz-zwfw-partner.com"],
  ["oss-gateway.hz-zwfw-partner.com/.aliyuncs.com"],
])("an oss endpoint %s is outside *.aliyuncs.com: A24.1", (endpoint) => {
  const { found } = controls("partner-endpoint", 'oss = "oss-gateway.hz-zwfw-partner.com"', `oss = "${endpoint}"`);
  expect(found).toContain("A24.1 alicloud");
});

test("an oss endpoint under aliyuncs.com, with a scheme, a port and a path, is inside: no A24.1", () => {
  const { found } = controls("partner-endpoint", 'oss = "oss-gateway.hz-zwfw-partner.com"', 'oss = "https://OSS-CN-HANGZHOU.aliyuncs.com:443/"');
  expect(found).not.toContain("A24.1 alicloud");
});
