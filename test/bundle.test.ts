// The shipped policy bundles: what the wasm module needs from its host, and what they carry.
import * as fs from "node:fs";
import * as path from "node:path";
import { defaultBundlePath, readBundle } from "../src/engine/bundle";
import { PolicyEvaluator } from "../src/engine/policy";
import { readTarGz } from "../src/engine/tar";
import { regoBundle, repo } from "./helpers";

interface WasmExports {
  builtins(): number;
  opa_json_dump(address: number): number;
}

function cString(memory: WebAssembly.Memory, address: number): string {
  const bytes = new Uint8Array(memory.buffer);
  let end = address;
  while (bytes[end] !== 0) end++;
  return Buffer.from(bytes.subarray(address, end)).toString("utf8");
}

test("the wasm policy asks its host for no builtins, so it runs the same code as opa eval", () => {
  const evaluator = PolicyEvaluator.load();
  const policy = (evaluator as unknown as { policy: { wasmInstance: WebAssembly.Instance; mem: WebAssembly.Memory } }).policy;
  const exports = policy.wasmInstance.exports as unknown as WasmExports;
  const required = JSON.parse(cString(policy.mem, exports.opa_json_dump(exports.builtins()))) as Record<string, number>;
  expect(required).toEqual({});
});

test("both bundles carry the package version as revision and only govguard's root", () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(repo, "package.json"), "utf8")) as { version: string };
  const wasm = readBundle(defaultBundlePath());
  expect(wasm.revision).toBe(`govguard-${manifest.version}`);
  const rego = readTarGz(fs.readFileSync(regoBundle));
  const regoManifest = JSON.parse(rego.get(".manifest")!.toString("utf8")) as { roots: string[]; revision: string };
  expect(regoManifest).toMatchObject({ roots: ["govguard"], revision: `govguard-${manifest.version}` });
});

test("tests stay out of the bundles; the policy sources are in them", () => {
  for (const file of [defaultBundlePath(), regoBundle]) {
    const names = [...readTarGz(fs.readFileSync(file)).keys()];
    expect(names.filter((n) => n.endsWith("_test.rego"))).toEqual([]);
    expect(names).toContain("policies/govguard/controls/a23_1/a23_1.rego");
  }
});

test("a bundle without the govguard entrypoint is refused with a clear error", () => {
  const dir = fs.mkdtempSync(path.join(require("node:os").tmpdir(), "govguard-bundle-"));
  try {
    const bogus = path.join(dir, "bogus.tar.gz");
    fs.writeFileSync(bogus, require("node:zlib").gzipSync(Buffer.alloc(1024)));
    expect(() => readBundle(bogus)).toThrow(/not a wasm policy bundle/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
