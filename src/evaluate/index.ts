// Evaluates configuration into the synthetic plan (see plan.ts).
export { planFromConfig } from "./plan";
export type { PlanOptions, Unverifiable } from "./plan";
export { MAX_DYNAMIC_BLOCKS_PER_DOCUMENT, MAX_ELEMENTS_PER_DOCUMENT, MAX_INSTANCES_PER_BLOCK, MAX_INSTANCES_PER_DOCUMENT } from "./caps";
export type { ConfigModuleShape, ConfigTreeShape, UnreadModuleShape } from "./tree";
