// The reading targets of issue 10 (src/inputs): Terraform JSON is read in time linear in its size
// (a few MB of cdk.tf.json well under a second), and the .tf pre-scan and the caps refuse hostile
// input at once. `npm run --silent build && node dist/bench/reading.js` prints one line per target
// and exits 1 when one is not met.
import { jsonConfigFile } from "../src/inputs/json-config";
import { parseJsonText } from "../src/inputs/json-syntax";
import { prescanHcl } from "../src/inputs/hcl-prescan";
import { MAX_HCL_FILE_BYTES } from "../src/inputs/reading-caps";

function cdkTfJson(resources: number): string {
  const buckets: Record<string, unknown> = {};
  for (let i = 0; i < resources; i++) {
    buckets[`bucket_${i}`] = {
      "//": { metadata: { path: `portal/bucket_${i}`, uniqueId: `bucket_${i}` } },
      bucket: `gov-portal-${i}`,
      acl: "private",
      tags: { "data-classification": "internal", owner: "x".repeat(100) },
      server_side_encryption_rule: { sse_algorithm: "KMS", kms_master_key_id: "${alicloud_kms_key.k.id}" },
      lifecycle_rule: [{ id: "a", enabled: true, expiration: { days: 365 } }],
    };
  }
  return JSON.stringify({ "//": { metadata: { version: "0.21.0" } }, resource: { alicloud_oss_bucket: buckets } }, null, 2);
}

function tfText(bytes: number): string {
  const block = 'resource "alicloud_oss_bucket" "b" {\n  bucket = "gov-${var.env}-${count.index}"\n  tags = { a = local.b.c[0], "k" = 1.5 }\n  versioning {\n    status = "Enabled"\n  }\n}\n';
  return block.repeat(Math.ceil(bytes / block.length));
}

function median(runs: number, f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    f();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

interface Result {
  target: string;
  ms: number;
  limitMs: number;
}

function main(): void {
  const results: Result[] = [];
  const json = cdkTfJson(8000);
  const mb = (json.length / 1e6).toFixed(1);
  results.push({ target: `read ${mb} MB cdk.tf.json (strict JSON + Terraform's JSON syntax)`, ms: median(5, () => jsonConfigFile("cdk.tf.json", parseJsonText("cdk.tf.json", json))), limitMs: 1000 });
  const deep = `{"locals": {"d": ${"[".repeat(1_000_000)}}}`;
  results.push({ target: "refuse 1M-deep JSON nesting", ms: median(5, () => expectRefused(() => parseJsonText("deep.json", deep))), limitMs: 50 });
  const tf = tfText(MAX_HCL_FILE_BYTES);
  results.push({ target: `pre-scan ${(tf.length / 1e6).toFixed(1)} MB of .tf (the largest hcl2json is given)`, ms: median(5, () => prescanHcl("main.tf", tf)), limitMs: 500 });
  const hostile = `locals {\n  n = ${"[".repeat(100_000)}${"]".repeat(100_000)}\n  m = 1e1000000\n}\n`;
  results.push({ target: "refuse 100k-deep .tf nesting before hcl2json", ms: median(5, () => expectRefused(() => prescanHcl("main.tf", hostile))), limitMs: 50 });
  let failed = 0;
  for (const r of results) {
    const met = r.ms <= r.limitMs;
    if (!met) failed++;
    process.stdout.write(`${met ? "met    " : "NOT MET"}  ${r.target}: median ${r.ms.toFixed(1)} ms (target ≤ ${r.limitMs} ms)\n`);
  }
  process.exitCode = failed === 0 ? 0 : 1;
}

function expectRefused(f: () => void): void {
  try {
    f();
  } catch {
    return;
  }
  throw new Error("hostile input was not refused");
}

main();
