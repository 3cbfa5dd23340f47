// Writes policies/capabilities.json: the builtins that OPA's wasm compiler implements natively
// (read from the pinned OPA's own source in the Go module cache), the rego_v1 feature and the wasm
// ABI versions. Compiling the bundle against it makes `opa build` reject any builtin that would
// need a host implementation, so the wasm policy and `opa eval` always run the same builtin code.
// (The JS SDK's own sprintf/yaml/regex.split are left out on purpose: they differ from Go's.)
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { toolPath } from "./tools";

const OPA_MODULE = "github.com/open-policy-agent/opa@v1.19.0";

interface Builtin {
  name: string;
}

function opaSourceDir(): string {
  const modcache = execFileSync("go", ["env", "GOMODCACHE"], { encoding: "utf8" }).trim();
  const dir = path.join(modcache, OPA_MODULE);
  if (!fs.existsSync(dir)) {
    throw new Error(`${dir} is missing: run scripts/install-tools.sh first (it go-installs ${OPA_MODULE})`);
  }
  return dir;
}

// Go identifier (e.g. NetCIDRContains) -> builtin name (net.cidr_contains), from v1/ast/builtins.go.
function builtinNamesByIdentifier(source: string): Map<string, string> {
  const names = new Map<string, string>();
  const decl = /^var (\w+) = &Builtin\{\s*\n\s*Name:\s*"([^"]+)"/gm;
  for (const m of source.matchAll(decl)) names.set(m[1], m[2]);
  return names;
}

// Keys of `builtinsFunctions` in internal/compiler/wasm/wasm.go, as Go identifiers.
function wasmNativeIdentifiers(source: string): string[] {
  const start = source.indexOf("var builtinsFunctions = map[string]string{");
  const end = source.indexOf("\n}\n", start);
  if (start < 0 || end < 0) throw new Error("builtinsFunctions map not found in wasm.go");
  return [...source.slice(start, end).matchAll(/ast\.(\w+)\.Name:/g)].map((m) => m[1]);
}

export function generateCapabilities(outRoot: string): void {
  const dir = opaSourceDir();
  const byIdent = builtinNamesByIdentifier(fs.readFileSync(path.join(dir, "v1/ast/builtins.go"), "utf8"));
  const native = new Set<string>();
  for (const ident of wasmNativeIdentifiers(fs.readFileSync(path.join(dir, "internal/compiler/wasm/wasm.go"), "utf8"))) {
    const name = byIdent.get(ident);
    if (!name) throw new Error(`wasm.go names ast.${ident}, which v1/ast/builtins.go does not declare`);
    native.add(name);
  }
  const current = JSON.parse(execFileSync(toolPath("opa"), ["capabilities", "--current"], { encoding: "utf8" })) as {
    builtins: Builtin[];
    features: string[];
  };
  // Unification and assignment are declared as builtins but compiled by the planner into
  // statements, so wasm.go's call table does not list them.
  native.add("eq");
  native.add("assign");
  const builtins = current.builtins.filter((b) => native.has(b.name));
  const missing = [...native].filter((n) => !builtins.some((b) => b.name === n));
  if (missing.length > 0) throw new Error(`opa capabilities --current lacks wasm builtins: ${missing.join(", ")}`);
  builtins.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const capabilities = {
    builtins,
    // rego_v1 syntax, and keywords as reference segments (`variable.default`), as the pinned OPA does.
    features: current.features.filter((f) => f === "rego_v1" || f === "keywords_in_refs"),
    wasm_abi_versions: [
      { version: 1, minor_version: 1 },
      { version: 1, minor_version: 2 },
    ],
  };
  const out = path.join(outRoot, "policies", "capabilities.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(capabilities, null, 2) + "\n");
}
