// CDKTF: real stacks synthesized with the generated alicloud bindings, gated by the same bundle.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { App, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { OssBucket } from "../.gen/providers/alicloud/oss-bucket";
import { AlicloudProvider } from "../.gen/providers/alicloud/provider";
import { check } from "../src/engine";
import { PolicyEvaluator } from "../src/engine/policy";
import { opaEvalReport, pairs, repo, runCli, sameReport, tempDir } from "./helpers";

const evaluator = PolicyEvaluator.load();

function synthesize(build: (stack: TerraformStack) => void): object {
  const stack = new TerraformStack(Testing.app(), "test");
  build(stack);
  return JSON.parse(Testing.synth(stack)) as object;
}

function a23(document: object): [string, string][] {
  const wasm = evaluator.evaluate(document);
  expect(sameReport(opaEvalReport(document), wasm)).toBe(true);
  return pairs(wasm.findings.filter((f) => f.control === "A23.1"));
}

test("main.ts synthesizes cdktf.out and the gate runs over it", async () => {
  const cwd = tempDir();
  try {
    // A project folder: its govguard.yaml (the example project's) declares the assessment reference
    // A24.1 asks for; the constructs read it there at synth, the gate reads it there too.
    const configFile = path.join(cwd, "govguard.yaml");
    fs.copyFileSync(path.join(repo, "govguard.yaml"), configFile);
    execFileSync(process.execPath, [path.join(repo, "dist", "main.js")], { cwd });
    const out = path.join(cwd, "cdktf.out");
    const read = (name: string): { provider: { alicloud: { region: string; alias?: string }[] }; resource: Record<string, unknown> } =>
      JSON.parse(fs.readFileSync(path.join(out, "stacks", name, "cdk.tf.json"), "utf8"));
    const portal = read("portal");
    expect(portal.provider.alicloud).toEqual([{ region: "cn-hangzhou" }, { alias: "dr", region: "cn-shanghai" }]);
    expect(Object.keys(portal.resource)).toContain("alicloud_oss_bucket");
    expect(read("what-not-to-do").provider.alicloud).toEqual([{ region: "cn-hongkong" }]);

    const result = await check([out], { configFile });
    expect(result.inputs.map((i) => [path.relative(out, i.file), i.kind, i.flavour])).toEqual([
      [path.join("stacks", "portal", "cdk.tf.json"), "cdktf", "cdktf"],
      [path.join("stacks", "what-not-to-do", "cdk.tf.json"), "cdktf", "cdktf"],
    ]);
    // The portal is clean; the negative example is caught (its findings are test/examples.test.ts's).
    const portalFile = path.join(out, "stacks", "portal", "cdk.tf.json");
    expect(result.findings.filter((f) => f.file === portalFile)).toEqual([]);
    expect(result.findings.filter((f) => f.control === "A23.1").map((f) => [path.relative(out, f.file), f.resource])).toEqual([
      [path.join("stacks", "what-not-to-do", "cdk.tf.json"), "alicloud"],
    ]);
    expect(result.summary.passed).toBe(false);
    const cli = runCli(["check", "--format", "json", out], { cwd });
    expect(JSON.parse(cli.stdout).findings).toEqual(JSON.parse(JSON.stringify(result.findings)));
    expect(cli.status).toBe(1);
    expect(runCli(["check", path.join(out, "stacks", "portal")], { cwd }).status).toBe(0);
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
  }
});

test("an aliased provider outside the mainland is found in a synthesized stack", () => {
  const doc = synthesize((stack) => {
    new AlicloudProvider(stack, "main", { region: "cn-hangzhou" });
    const hk = new AlicloudProvider(stack, "hk", { region: "cn-hongkong", alias: "hk" });
    new OssBucket(stack, "b", { bucket: "b", provider: hk });
  });
  expect(a23(doc)).toEqual([["A23.1", "alicloud.hk"]]);
});

test("a region from a TerraformVariable is judged by its default", () => {
  const outside = synthesize((stack) => {
    const region = new TerraformVariable(stack, "region", { type: "string", default: "ap-southeast-1" });
    new AlicloudProvider(stack, "main", { region: region.stringValue });
  });
  expect(a23(outside)).toEqual([["A23.1", "alicloud"]]);

  const inside = synthesize((stack) => {
    const region = new TerraformVariable(stack, "region", { type: "string", default: "cn-shenzhen" });
    new AlicloudProvider(stack, "main", { region: region.stringValue });
  });
  expect(a23(inside)).toEqual([]);

  const noDefault = synthesize((stack) => {
    const region = new TerraformVariable(stack, "region", { type: "string" });
    new AlicloudProvider(stack, "main", { region: region.stringValue });
  });
  expect(a23(noDefault)).toEqual([["A23.1", "alicloud"]]);
});

test("a provider with no region is found in a synthesized stack", () => {
  const doc = synthesize((stack) => {
    new AlicloudProvider(stack, "main", {});
    new OssBucket(stack, "b", { bucket: "b" });
  });
  const findings = evaluator.evaluate(doc).findings.filter((f) => f.control === "A23.1");
  expect(pairs(findings)).toEqual([["A23.1", "alicloud"]]);
  expect(findings[0].message.en).toMatch(/^region is not set/);
});

test("a written cdktf.out folder is found through its manifest", async () => {
  const outdir = tempDir();
  try {
    const app = new App({ outdir });
    const stack = new TerraformStack(app, "portal");
    new AlicloudProvider(stack, "main", { region: "us-east-1" });
    app.synth();
    const result = await check([outdir]);
    // Nothing else in the stack: only its provider, outside the mainland and so off the platform;
    // and no configuration, so no assessment reference (A24.1 on the stack).
    expect(pairs(result.findings)).toEqual([
      ["A23.1", "alicloud"],
      ["A24.1", "(stack)"],
      ["A24.1", "alicloud"],
    ]);
    expect(result.findings[0].file).toBe(path.join(outdir, "stacks", "portal", "cdk.tf.json"));
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
});
