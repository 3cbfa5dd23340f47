// A number written as a string in configuration is converted as Terraform converts it
// (cty.ParseNumberVal: a sign, digits with or without a point, an exponent), not read as unset.
// `days = "9e1"` on a log bucket's expiration is 90 days to Terraform; before, only "90" and
// "90.5" were converted, so "9e1" hid A20.5's finding. The same through a variable of type number.
import * as fs from "node:fs";
import * as path from "node:path";
import { repo, runCli, tempDir } from "./helpers";

const dir = tempDir("govguard-number-strings-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const source = fs.readFileSync(path.join(repo, "policies/govguard/controls/a20_5/cases/short-expiry/main.tf"), "utf8");
let made = 0;

function stack(days: string, extra: Record<string, string> = {}): string {
  expect(source).toContain("days = 90");
  const at = path.join(dir, `s${made++}`);
  fs.mkdirSync(at);
  fs.writeFileSync(path.join(at, "main.tf"), source.replace("days = 90", `days = ${days}`));
  for (const [name, text] of Object.entries(extra)) fs.writeFileSync(path.join(at, name), text);
  return at;
}

function a205(at: string): string[] {
  const r = runCli(["check", "--format", "json", "--jobs", "1", at]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(1);
  const report = JSON.parse(r.stdout) as { findings: { control: string; resource: string; failing: boolean; message: { en: string } }[] };
  return report.findings.filter((f) => f.control === "A20.5" && f.failing).map((f) => `${f.resource}: ${f.message.en}`);
}

const SHORT = [expect.stringMatching(/^alicloud_oss_bucket\.logs: .*within 365 days/)];

test("days = 90 is a finding (the case as committed)", () => {
  expect(a205(stack("90"))).toEqual(SHORT);
});

// An exponent's leading zeros are not digits of its own: "90e000" is 90 (terraform console).
test.each(['"90"', '"9e1"', '"+90"', '".9e2"', '"90."', '"9.0E+1"', '"0090"', '"900e-1"', '"90e000"', '"9.0e0001"'])("days = %s is 90 days, a finding", (days) => {
  expect(a205(stack(days))).toEqual(SHORT);
});

// big.ParseFloat, which Terraform converts with, also reads a binary exponent: tonumber("1p6") is
// 64 in `terraform console` (Terraform 1.5.7, the pinned one), and "1.5P+6" is 96.
test.each(['"1p6"', '"1.5P+6"', '"+2880p-5"', '"1p006"'])("days = %s, a binary exponent, is under 365 days, a finding", (days) => {
  expect(a205(stack(days))).toEqual(SHORT);
});

test('days = "1p9" (512 days) keeps objects long enough: no finding', () => {
  expect(a205(stack('"1p9"'))).toEqual([]);
});

test.each(['"9e1"', '"+90"', '".9e2"'])("a variable of type number set to %s in terraform.tfvars is 90 days, a finding", (value) => {
  const at = stack("var.d", { "variables.tf": 'variable "d" {\n  type = number\n}\n', "terraform.tfvars": `d = ${value}\n` });
  expect(a205(at)).toEqual(SHORT);
});

test('days = "400" and "4e2" keep objects long enough: no finding', () => {
  expect(a205(stack('"400"'))).toEqual([]);
  expect(a205(stack('"4e2"'))).toEqual([]);
});

test('a variable of type number set to "-1e400", which no double holds, cannot be verified: a finding', () => {
  const at = stack("var.d", { "variables.tf": 'variable "d" {\n  type = number\n}\n', "terraform.tfvars": 'd = "-1e400"\n' });
  expect(a205(at)).toEqual([expect.stringMatching(/^alicloud_oss_bucket\.logs: .*-1e400 is out of range.*cannot be verified/)]);
});

// Terraform refuses a value a typed variable cannot hold. Before, the value stayed as written, the
// policy read `days` as unset, and A20.5 said nothing: the gate passed a log bucket it could not
// verify. Now the value cannot be verified, and the finding says so and names the variable.
test.each([
  ['"abc"', 'var.d: "abc" is not a number'],
  ['"9e1\\u001b[2J"', 'var.d: "9e1\\u001b[2J" is not a number'],
  ["true", "var.d: a bool is not a number"],
  ["[90]", "var.d: a list is not a number"],
])("a variable of type number set to %s cannot be verified: a finding", (value, detail) => {
  const at = stack("var.d", { "variables.tf": 'variable "d" {\n  type = number\n}\n', "terraform.tfvars": `d = ${value}\n` });
  const found = a205(at);
  expect(found).toHaveLength(1);
  expect(found[0]).toMatch(/^alicloud_oss_bucket\.logs: .*cannot be verified/);
  expect(found[0]).toContain(detail);
});

// cty.ParseNumberVal does not trim; before, " 400" through a typed variable read 400 and passed.
test('a variable of type number set to " 400" cannot be verified: a finding', () => {
  const at = stack("var.d", { "variables.tf": 'variable "d" {\n  type = number\n}\n', "terraform.tfvars": 'd = " 400"\n' });
  expect(a205(at)).toEqual([expect.stringMatching(/^alicloud_oss_bucket\.logs: .*var\.d: " 400" is not a number.*cannot be verified/)]);
});

// Terraform refuses the whole variable when a part of it does not fit; before, `var.cfg[0]` read 400
// beside the refused "abc" and the bucket passed.
test('var.cfg[0] of a list(number) holding 400 and "abc" cannot be verified: a finding', () => {
  const at = stack("var.cfg[0]", { "variables.tf": 'variable "cfg" {\n  type = list(number)\n}\n', "terraform.tfvars": 'cfg = [400, "abc"]\n' });
  expect(a205(at)).toEqual([expect.stringMatching(/^alicloud_oss_bucket\.logs: .*var\.cfg\[1\]: "abc" is not a number.*cannot be verified/)]);
});

test("an object of a list(object) missing a required attribute makes the whole variable unverifiable", () => {
  const at = stack("var.rules[0].days", {
    "variables.tf": 'variable "rules" {\n  type = list(object({ days = number, id = string }))\n}\n',
    "terraform.tfvars": "rules = [{ days = 400 }]\n",
  });
  expect(a205(at)).toEqual([expect.stringMatching(/^alicloud_oss_bucket\.logs: .*var\.rules\[0\]\.id: the variable's type requires attribute "id".*cannot be verified/)]);
});

test("the same list(number) with two numbers is converted: 400 keeps objects long enough", () => {
  const at = stack("var.cfg[0]", { "variables.tf": 'variable "cfg" {\n  type = list(number)\n}\n', "terraform.tfvars": 'cfg = [400, "30"]\n' });
  expect(a205(at)).toEqual([]);
});

// Terraform refuses null for a variable with nullable = false and no default (or a null default);
// before, days read as unset and the bucket passed.
test.each([
  ['variable "d" {\n  type     = number\n  nullable = false\n}\n'],
  ['variable "d" {\n  type     = number\n  nullable = false\n  default  = null\n}\n'],
])("null for a variable with nullable = false and no default cannot be verified: a finding (%#)", (variables) => {
  const at = stack("var.d", { "variables.tf": variables, "terraform.tfvars": "d = null\n" });
  expect(a205(at)).toEqual([expect.stringMatching(/^alicloud_oss_bucket\.logs: .*var\.d is null, and the variable has nullable = false.*cannot be verified/)]);
});

test("null for a variable with nullable = false takes its default: 30 days, a finding", () => {
  const at = stack("var.d", { "variables.tf": 'variable "d" {\n  type     = number\n  nullable = false\n  default  = 30\n}\n', "terraform.tfvars": "d = null\n" });
  expect(a205(at)).toEqual(SHORT);
});

// Terraform refuses a type it cannot read ("Invalid type specification" from terraform validate
// 1.5.7 for each of these); before, the value was used unconverted and "abc" read as unset.
test.each(["Number", "set", "list(optional(number))"])("a variable of type %s, which is not a type, cannot be verified: a finding", (type) => {
  const at = stack("var.d", { "variables.tf": `variable "d" {\n  type = ${type}\n}\n`, "terraform.tfvars": 'd = "abc"\n' });
  expect(a205(at)).toEqual([expect.stringMatching(/^alicloud_oss_bucket\.logs: .*var\.d: its type ".*" is not a type constraint govguard reads.*cannot be verified/)]);
});

test("a bare list, which Terraform reads as list(any), is converted: 30 days, a finding", () => {
  const at = stack("var.d[0]", { "variables.tf": 'variable "d" {\n  type = list\n}\n', "terraform.tfvars": "d = [30]\n" });
  expect(a205(at)).toEqual(SHORT);
});

// The provider's schema makes `days` a number, so Terraform refuses a string that does not convert
// ("Inappropriate value for attribute"). Before, such a string written directly, through a local or
// from a for_each map, read as unset, and A20.5 said nothing: the gate passed a log bucket whose
// expiry it could not read. Now the value cannot be verified, and the finding quotes it.
test.each([
  ['"abc"', '"abc"'],
  ['" 30"', '" 30"'],
  ['"0x1e"', '"0x1e"'],
  ['""', '""'],
  ["true", "true"],
  ["[90]", "[90]"],
])("days = %s, which is not a number, cannot be verified: a finding", (days, shown) => {
  const found = a205(stack(days));
  expect(found).toHaveLength(1);
  expect(found[0]).toMatch(/^alicloud_oss_bucket\.logs: lifecycle_rule\.expiration\.days is .*not a number.*cannot be verified/);
  expect(found[0]).toContain(shown);
});

test('days = local.d with d = "abc" cannot be verified: a finding', () => {
  const at = stack("local.d", { "locals.tf": 'locals {\n  d = "abc"\n}\n' });
  expect(a205(at)).toEqual([expect.stringMatching(/^alicloud_oss_bucket\.logs: .*"abc".*not a number.*cannot be verified/)]);
});

test("days = null is unset, as in Terraform: no finding for the rule", () => {
  expect(a205(stack("null"))).toEqual([]);
});

// Terraform refuses the whole run when any root variable's value does not fit its type, used or
// not ("Invalid value for input variable"), and refuses function calls in a variables file
// ("Function calls not allowed"); both checked with the pinned terraform 1.5.7's plan. Before,
// a refused variable used nowhere passed, and `d = max(400, 1)` in terraform.tfvars read 400.
function a181(at: string): string[] {
  const r = runCli(["check", "--format", "json", "--jobs", "1", at]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(1);
  const report = JSON.parse(r.stdout) as { findings: { control: string; resource: string; message: { en: string } }[] };
  return report.findings.filter((f) => f.control === "A18.1").map((f) => `${f.resource}: ${f.message.en}`);
}

test('a variable used nowhere whose value its type cannot hold ("abc" for a number) is an A18.1 finding on the variable', () => {
  const at = stack("90", { "variables.tf": 'variable "unused" {\n  type = number\n}\n', "terraform.tfvars": 'unused = "abc"\n' });
  expect(a181(at)).toEqual([expect.stringMatching(/^var\.unused: .*"abc" is not a number.*Terraform refuses it/)]);
});

test("a variable that fits its type is no A18.1 finding, used or not", () => {
  const at = stack("90", { "variables.tf": 'variable "unused" {\n  type = number\n}\n', "terraform.tfvars": 'unused = "400"\n' });
  expect(a181(at)).toEqual([]);
});

test("a function call in terraform.tfvars cannot be verified: A20.5 and A18.1 findings, not 400 days", () => {
  const at = stack("var.d", { "variables.tf": 'variable "d" {\n  type = number\n}\n', "terraform.tfvars": "d = max(400, 1)\n" });
  expect(a205(at)).toEqual([expect.stringMatching(/^alicloud_oss_bucket\.logs: .*max\(400, 1\).*functions may not be called in a variables file/)]);
  expect(a181(at)).toEqual(expect.arrayContaining([expect.stringMatching(/^var\.d: .*functions may not be called/)]));
});

test("constant expressions in terraform.tfvars are evaluated, as in Terraform: 400 + 1 days, no finding", () => {
  const at = stack("var.d", { "variables.tf": 'variable "d" {\n  type = number\n}\n', "terraform.tfvars": 'd = 400 + 1\n' });
  expect(a205(at)).toEqual([]);
  expect(a181(at)).toEqual([]);
});
