// `npm run bench`: the benchmark of issues 6 and 12. For each plan size, side by side on the same
// generated plan: `govguard check` end to end, the policy evaluation alone in-process, `opa eval`
// of the same bundle and `conftest test` with the same policies; then a throughput mode (many
// small plans gated in one process). Prints tables and writes bench/results.json. Progress goes
// to stderr as it happens; a failing tool is recorded, never the end of the run.
import * as fs from "node:fs";
import * as path from "node:path";
import { parseBenchArgs, runsFor } from "./args";
import { environment } from "./environment";
import { endCommandsOnInterrupt } from "./measure";
import { BenchResults, Growth } from "./results";
import { measureSize, SizeResult } from "./sizes";
import { round } from "./stats";
import { renderTables } from "./table";
import { judgeTargets } from "./targets";
import { measureThroughput, ThroughputResult } from "./throughput";
import { Setup, TOOLS, toolPaths, writeConftestPolicies } from "./tools";

const repo = path.resolve(__dirname, "..", "..");

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

function growth(sizes: SizeResult[]): Growth[] {
  const out: Growth[] = [];
  const ok = sizes.filter((s) => !s.error && s.estate === "bench").sort((a, b) => a.resources - b.resources);
  for (let i = 1; i < ok.length; i++) {
    const [a, b] = [ok[i - 1], ok[i]];
    const ratios: Record<string, number> = {};
    for (const tool of TOOLS) {
      const [x, y] = [a.tools[tool]?.wallMs?.median, b.tools[tool]?.wallMs?.median];
      if (x && y) ratios[tool] = round(y / x, 2);
    }
    out.push({ from: a.resources, to: b.resources, ratios });
  }
  return out;
}

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2), { out: path.join(repo, "bench", "results.json"), work: path.join(repo, "bench", "plans") });
  for (const file of ["dist/bench/eval-worker.js", "dist/bench/generate-plan.js", "dist/bench/throughput-worker.js", "bin/govguard.js"]) {
    if (!fs.existsSync(path.join(repo, file))) throw new Error(`${file} is missing: run npm run build (npm run bench does)`);
  }
  const tools = toolPaths(repo);
  for (const tool of [tools.opa, tools.conftest, tools.regoBundle]) if (!fs.existsSync(tool)) throw new Error(`${tool} is missing: run scripts/install-tools.sh`);
  fs.mkdirSync(options.work, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(options.work, "scratch-"));
  const setup: Setup = { repo, ...tools, policyDir: path.join(scratch, "conftest-policy"), scratch, timeoutMs: options.timeoutMs };
  writeConftestPolicies(tools.regoBundle, setup.policyDir);
  const leftovers = new Set<string>([scratch]);
  const cleanUp = (): void => {
    for (const p of leftovers) fs.rmSync(p, { recursive: true, force: true });
  };
  endCommandsOnInterrupt(cleanUp);

  const env = environment(repo, tools.opa, tools.conftest);
  const date = new Date().toISOString();
  log(`govguard benchmark: sizes ${options.sizes.join(", ")}; timeout ${options.timeoutMs / 1000} s per command; plans in ${options.work}`);
  const sizes: SizeResult[] = [];
  try {
    const plans = [
      ...options.sizes.map((resources) => ({ resources, estate: "bench" as const })),
      ...options.legacySizes.map((resources) => ({ resources, estate: "legacy" as const })),
    ];
    for (const { resources, estate } of plans) {
      const planFile = path.join(options.work, `plan-${estate === "bench" ? "" : `${estate}-`}${resources}-seed${options.seed}.json`);
      if (!options.keepPlans) leftovers.add(planFile);
      sizes.push(await measureSize(setup, { resources, estate, seed: options.seed, runs: runsFor(options, resources), warm: 1, planFile }, log));
      if (!options.keepPlans) fs.rmSync(planFile, { force: true });
    }
    let throughput: ThroughputResult | undefined;
    if (options.throughputPlans > 0) {
      const dir = path.join(options.work, "throughput");
      if (!options.keepPlans) leftovers.add(dir);
      throughput = await measureThroughput(
        setup,
        dir,
        {
          plans: options.throughputPlans,
          resources: options.throughputResources,
          seed: options.seed * 1000 + 1,
          runs: options.throughputRuns,
          eachLimit: 100,
          serverClients: options.serverClients,
          jobs: options.jobs,
        },
        log,
      );
      if (!options.keepPlans) fs.rmSync(dir, { recursive: true, force: true });
    }
    const { out: outFile, work: _work, keepPlans: _keep, ...shown } = options;
    const results: BenchResults = {
      title: "govguard 基准测试 / govguard benchmark (issues 6, 12)",
      date,
      seed: options.seed,
      options: { ...shown, runsBySize: Object.fromEntries([...options.sizes, ...options.legacySizes].map((s) => [String(s), runsFor(options, s)])) },
      environment: env,
      sizes,
      growth: growth(sizes),
      throughput,
      targets: judgeTargets(sizes, throughput),
    };
    fs.mkdirSync(path.dirname(outFile), { recursive: true });
    fs.writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`\n${renderTables(results)}\n\nresults: ${path.relative(process.cwd(), outFile) || outFile}\n`);
  } finally {
    cleanUp();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
});
