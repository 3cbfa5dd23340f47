// Trims `terraform providers schema -json` output to the types listed in provider/resources.txt
// and records the provider version, so the committed schema stays small and the bindings say
// which provider they were generated from.
// Usage: node dist/scripts/trim-schema.js <full-schema.json> <provider-version> > provider/alicloud-schema.json
import * as fs from "node:fs";
import * as path from "node:path";
import { repoRoot } from "./tools";

export const PROVIDER = "registry.terraform.io/aliyun/alicloud";

interface ProviderSchemas {
  format_version: string;
  provider_schemas: Record<string, {
    provider: unknown;
    resource_schemas: Record<string, unknown>;
    data_source_schemas: Record<string, unknown>;
  }>;
}

export function keptTypes(): { resources: string[]; dataSources: string[] } {
  const lines = fs
    .readFileSync(path.join(repoRoot, "provider", "resources.txt"), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
  return {
    resources: lines.filter((l) => !l.startsWith("data.")).sort(),
    dataSources: lines.filter((l) => l.startsWith("data.")).map((l) => l.slice(5)).sort(),
  };
}

function pick(from: Record<string, unknown>, names: string[], what: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of names) {
    if (!(name in from)) throw new Error(`${name} is not a ${what} of ${PROVIDER}`);
    out[name] = from[name];
  }
  return out;
}

function main(): void {
  const [schemaFile, version] = process.argv.slice(2);
  if (!schemaFile || !/^\d+\.\d+\.\d+$/.test(version ?? "")) {
    throw new Error("usage: trim-schema <full-schema.json> <provider-version>");
  }
  const full = JSON.parse(fs.readFileSync(schemaFile, "utf8")) as ProviderSchemas;
  const provider = full.provider_schemas[PROVIDER];
  if (!provider) throw new Error(`${schemaFile} has no schema for ${PROVIDER}`);
  const kept = keptTypes();
  const trimmed = {
    format_version: full.format_version,
    provider_schemas: {
      [PROVIDER]: {
        provider: provider.provider,
        resource_schemas: pick(provider.resource_schemas, kept.resources, "resource"),
        data_source_schemas: pick(provider.data_source_schemas, kept.dataSources, "data source"),
      },
    },
    provider_versions: { [PROVIDER]: version },
  };
  process.stdout.write(JSON.stringify(trimmed, null, 1) + "\n");
}

if (require.main === module) main();
