// The shape of one benchmark run (bench/results.json): written by run.ts, rendered by table.ts.
import type { BenchOptions } from "./args";
import type { Environment } from "./environment";
import type { SizeResult } from "./sizes";
import type { Target } from "./targets";
import type { ThroughputResult } from "./throughput";

export interface Growth {
  from: number;
  to: number;
  /** Median time at `to` ÷ median time at `from`, by tool. */
  ratios: Record<string, number>;
}

export interface BenchResults {
  title: string;
  date: string;
  seed: number;
  options: Omit<BenchOptions, "out" | "work" | "keepPlans"> & { runsBySize: Record<string, number> };
  environment: Environment;
  sizes: SizeResult[];
  growth: Growth[];
  throughput?: ThroughputResult;
  targets: Target[];
}
