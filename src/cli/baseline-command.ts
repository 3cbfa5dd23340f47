// `govguard baseline`: runs the check as `govguard check` would (same configuration and waivers)
// and writes today's findings as a baseline file (src/baseline/), atomically and never over a file
// the run read. It gives no verdict: exit 0 once the file is written.
import { parseArgs } from "node:util";
import { baselineDocument, renderBaseline } from "../baseline/write";
import { check, jobsFromFlag } from "../engine";
import { CONFIG_FILE_NAMES, findFile, WAIVERS_FILE_NAMES } from "../config/load";
import { printable, UsageError, workingOn } from "../errors";
import { Output } from "./check-command";
import { refuseInputDestination, writeOutputFile } from "./write-output";

export const DEFAULT_BASELINE_FILE = "govguard-baseline.json";

export async function runBaseline(args: string[], out: Output, version: string): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: "string", short: "o" },
      config: { type: "string" },
      waivers: { type: "string" },
      module: { type: "boolean", default: false },
      jobs: { type: "string" },
    },
  });
  if (positionals.length === 0) throw new UsageError({ zh: "baseline 需要至少一个路径", en: "baseline needs at least one path" });
  const file = values.output ?? DEFAULT_BASELINE_FILE;
  const cwd = process.cwd();
  const result = await check(positionals, {
    configFile: findFile(values.config, cwd, CONFIG_FILE_NAMES),
    waiversFile: findFile(values.waivers, cwd, WAIVERS_FILE_NAMES),
    module: values.module,
    jobs: jobsFromFlag(values.jobs),
  });
  await new Promise((resolve) => setImmediate(resolve));
  workingOn(undefined);
  refuseInputDestination(file);
  const doc = baselineDocument(result, version, file);
  writeOutputFile(file, renderBaseline(doc));
  const waived = result.findings.length - doc.entries.length;
  const shown = printable(file);
  out.stdout(
    `已写出 ${shown}：${doc.entries.length} 项违规${waived > 0 ? `（${waived} 项已豁免，未计入）` : ""} / wrote ${shown}: ${doc.entries.length} finding(s)${waived > 0 ? ` (${waived} waived, left out)` : ""}\n`,
  );
  return 0;
}
