// A finding's message is bounded whatever the input holds. Before, a provider region of 10,000
// characters went whole into A23.1's and A24.1's messages (a plan's string has no cap, so one value
// of 100 MB would have been copied into every report), and 20,000 dynamic lifecycle rules set from
// one expression made one A20.5 message of 2.9 MB, the same description once per rule.
import * as fs from "node:fs";
import * as path from "node:path";
import { boundedMessage, MESSAGE_MAX } from "../src/engine/bounded-message";
import { repo, runCli, tempDir } from "./helpers";

const dir = tempDir("govguard-message-bounds-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Reported {
  control: string;
  resource: string;
  message: { en: string; zh: string };
}

function check(name: string, files: Record<string, string>): Reported[] {
  const at = path.join(dir, name);
  fs.mkdirSync(at);
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(at, file), text);
  const r = runCli(["check", "--format", "json", "--jobs", "1", at]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(1);
  return (JSON.parse(r.stdout) as { findings: Reported[] }).findings;
}

test("a region of 10,000 characters is cut in the messages that quote it, and says how much was cut", () => {
  const region = `cn-${"x".repeat(10_000)}`;
  const found = check("region", { "main.tf": `provider "alicloud" {\n  region = "${region}"\n}\n\nresource "alicloud_oss_bucket" "b" {\n  bucket = "b"\n}\n` });
  const a231 = found.find((f) => f.control === "A23.1");
  expect(a231).toBeDefined();
  for (const f of found) {
    expect(f.message.en.length).toBeLessThanOrEqual(MESSAGE_MAX + 40);
    expect(f.message.zh.length).toBeLessThanOrEqual(MESSAGE_MAX + 40);
  }
  expect(a231?.message.en).toMatch(/^region is cn-x+… \(\d+ more characters\)$/);
  expect(a231?.message.zh).toMatch(/…（另有 \d+ 个字符）$/);
  expect(a231?.message.en.startsWith(`region is ${region.slice(0, 100)}`)).toBe(true);
});

// Through the CLI a lone surrogate would not show: the reports replace one with U+FFFD.
test("a message is never cut inside a surrogate pair", () => {
  for (const before of [0, 1]) {
    const text = `${"a".repeat(before)}${"😀".repeat(MESSAGE_MAX)}`;
    const cut = boundedMessage({ en: text, zh: text });
    for (const half of [cut.en, cut.zh]) {
      expect(half).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      expect(half.length).toBeLessThanOrEqual(MESSAGE_MAX + 40);
      expect(half.startsWith(text.slice(0, MESSAGE_MAX - 1))).toBe(true);
    }
    expect(cut.en).toMatch(new RegExp(`… \\(${text.length - (before === 0 ? MESSAGE_MAX : MESSAGE_MAX - 1)} more characters\\)$`));
  }
});

test("a message within the bound is kept as it is", () => {
  const message = { en: "e".repeat(MESSAGE_MAX), zh: "中".repeat(MESSAGE_MAX) };
  expect(boundedMessage(message)).toBe(message);
});

test("2,000 dynamic lifecycle rules set from one expression are described once in A20.5's message", () => {
  const source = fs.readFileSync(path.join(repo, "policies/govguard/controls/a20_5/cases/short-expiry/main.tf"), "utf8");
  const rule = `  lifecycle_rule {\n    id      = "expire-quarterly"\n    prefix  = ""\n    enabled = true\n\n    expiration {\n      days = 90\n    }\n  }\n`;
  expect(source).toContain(rule);
  const dynamic = `  dynamic "lifecycle_rule" {\n    for_each = range(2000)\n    content {\n      id      = "r\${lifecycle_rule.value}"\n      enabled = true\n      expiration {\n        days = var.days + lifecycle_rule.value\n      }\n    }\n  }\n`;
  const found = check("dynamic", { "main.tf": source.replace(rule, dynamic), "variables.tf": 'variable "days" {\n  type = number\n}\n' });
  const a205 = found.filter((f) => f.control === "A20.5");
  expect(a205).toHaveLength(1);
  const said = "lifecycle_rule.expiration.days is set from var.days + lifecycle_rule.value, which cannot be verified before apply; ";
  expect(a205[0].message.en.split(said)).toHaveLength(2);
  expect(a205[0].message.en.length).toBeLessThan(400);
});
