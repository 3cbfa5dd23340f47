// A set of objects, lists or bools is ordered as Terraform orders it. cty sorts such a set by the
// bytes of each element's hash text (go-cty setRules.Less), so in Terraform
// `tolist(toset([{days=400},{days=30}]))[0].days` is 30. govguard kept the written order, read 400,
// and a log bucket deleting objects after 30 days passed A20.5. These cases are compared with the
// pinned `terraform console` itself, and the first ones with what it printed when they were written.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { convertValue, typeConstraint } from "../src/evaluate/types";
import { evaluate, fromJSON, parseExpression, toJSON } from "../src/hcl";
import { goFloatText, goQuote } from "../src/hcl/set-order";
import { repo, runCli, tempDir, tool } from "./helpers";

const CASES = [
  "tolist(toset([{days=400},{days=30}]))",
  "tolist(toset([[400],[30]]))",
  "tolist(toset([{d=12345678901},{d=9999999999},{d=1e10},{d=-3},{d=0.5},{d=1e-5},{d=0.0001}]))",
  'tolist(toset([{s="b"},{s="a\\u00e9"},{s="a\\n"},{s="A"},{s="\\u00a0"},{s="a"},{s="\\u200b"},{s="😀"},{s="a\\"b"},{s="a\\\\b"}]))',
  "tolist(toset([{a=2,b=1},{a=1,b=2}]))",
  "tolist(toset([{x=true},{x=false}]))",
  'tolist(toset([{x=null},{x="a"}]))',
  "tolist(toset([{d=100},{d=99}, {d=1000000000000}]))",
  'tolist(toset([{z=1,a="q"},{z=0,a="p"},{z=2,a="p"}]))',
  "tolist(toset([{o={k=2}},{o={k=1}}]))",
  "tolist(toset([[3,1],[2,9,9],[2,9]]))",
  "tolist(toset([{d=123456.789},{d=123456.78},{d=-0.5},{d=-1}]))",
  "tolist(toset([true,false]))",
  'tolist(toset([{n="x",v=[2]},{n="x",v=[10]},{n="w",v=[]}]))',
];

// What terraform console 1.5.7 printed for the first cases (jsonencode of each).
const RECORDED: unknown[] = [
  [{ days: 30 }, { days: 400 }],
  [[30], [400]],
  [{ d: -3 }, { d: 0.0001 }, { d: 0.5 }, { d: 12345678901 }, { d: 10000000000 }, { d: 0.00001 }, { d: 9999999999 }],
];

function govguard(expression: string): unknown {
  return toJSON(evaluate(parseExpression(expression), { lookup: () => undefined }), () => "<unknown>");
}

test("the first cases give what Terraform printed", () => {
  RECORDED.forEach((expected, i) => expect(govguard(CASES[i])).toEqual(expected));
});

test("every case gives what the pinned terraform console gives", () => {
  const dir = tempDir("govguard-set-order-");
  try {
    const r = spawnSync(tool("terraform"), ["console"], {
      cwd: dir,
      input: `jsonencode([${CASES.join(", ")}])\n`,
      encoding: "utf8",
      env: { ...process.env, TF_CLI_CONFIG_FILE: "/dev/null", TF_IN_AUTOMATION: "1" },
    });
    expect(r.stderr).toBe("");
    const terraform = JSON.parse(JSON.parse(r.stdout.trim()) as string) as unknown[];
    expect(terraform).toHaveLength(CASES.length);
    CASES.forEach((expression, i) => expect([expression, govguard(expression)]).toEqual([expression, terraform[i]]));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("numbers hash as big.Float.String() writes them (ten significant digits)", () => {
  const texts = [0, -3, 0.0001, 0.00001, 12345678901, 1e10, 9999999999, 123456.789, -1.234e-5, 2 ** 53].map(goFloatText);
  expect(texts).toEqual(["0", "-3", "0.0001", "1e-05", "1.23456789e+10", "1e+10", "9999999999", "123456.789", "-1.234e-05", "9.007199255e+15"]);
});

test("strings hash as Go's %q writes them", () => {
  expect(["a\n", "\u00a0", "\u0000", "\u007f", "😀", 'x"y\\', "\ud800"].map(goQuote)).toEqual(['"a\\n"', '"\\u00a0"', '"\\x00"', '"\\x7f"', '"😀"', '"x\\"y\\\\"', '"\ufffd"']);
});

// The same through a variable of type set(object), end to end.
test("a set(object) variable read through tolist()[0] gives the element Terraform gives: a finding", () => {
  const source = fs.readFileSync(path.join(repo, "policies/govguard/controls/a20_5/cases/short-expiry/main.tf"), "utf8");
  expect(source).toContain("days = 90");
  const dir = tempDir("govguard-set-order-cli-");
  try {
    fs.writeFileSync(path.join(dir, "main.tf"), source.replace("days = 90", "days = tolist(var.rules)[0].days"));
    fs.writeFileSync(path.join(dir, "variables.tf"), 'variable "rules" {\n  type = set(object({ days = number }))\n}\n');
    fs.writeFileSync(path.join(dir, "terraform.tfvars"), "rules = [{ days = 400 }, { days = 30 }]\n");
    const r = runCli(["check", "--format", "json", "--jobs", "1", dir]);
    expect(r.stderr).toBe("");
    const report = JSON.parse(r.stdout) as { findings: { control: string; resource: string; failing: boolean; message: { en: string } }[] };
    const a205 = report.findings.filter((f) => f.control === "A20.5" && f.failing).map((f) => `${f.resource}: ${f.message.en}`);
    expect(a205).toEqual([expect.stringMatching(/^alicloud_oss_bucket\.logs: .*within 365 days/)]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// A map hashes its keys, an object only its values: terraform console gives
// tolist(toset([tomap({b=1}), tomap({a=2})])) as [{a=2}, {b=1}], where objects would give {b=1} first.
test("a set(map(number)) variable is ordered by its maps' keys", () => {
  const type = typeConstraint("set(map(number))");
  if (!type) throw new Error("type");
  expect(toJSON(convertValue(fromJSON([{ b: 1 }, { a: 2 }]), type, 0, "var.x"), () => "?")).toEqual([{ a: 2 }, { b: 1 }]);
  const objects = typeConstraint("set(object({a = optional(number), b = optional(number)}))");
  if (!objects) throw new Error("type");
  // Objects: <a;b;> with a null ("~") sorting after digits: {a=2,b=null} before {a=null,b=1}.
  expect(toJSON(convertValue(fromJSON([{ b: 1 }, { a: 2 }]), objects, 0, "var.x"), () => "?")).toEqual([{ a: 2, b: null }, { a: null, b: 1 }]);
});
