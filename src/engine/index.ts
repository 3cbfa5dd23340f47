// The one door to the engine. The CLI, the library API, the constructs (synth time), the scripts and
// the bench reach evaluation only through this module: load the bundle once, evaluate documents,
// ask the catalogue, the matrix, the parameters and the parameter questions (facts).
// Everything below (bundle, policy, partition, pool, worker) is the engine's own business.
import { LoadedConfig, LoadedWaivers, raiseConfigurationErrors } from "../config/load";
import { InputDocument, readInputs } from "../inputs/discover";
import { Catalogue, catalogueOrder, CheckResult, ControlMetadata, MatrixEntry, ParameterDoc, PolicyError, PolicyReport } from "../model";
import { PolicyBundle, readBundle } from "./bundle";
import { checkDocumentsWith, DocumentCheckOptions, evaluateDocument, evaluateDocuments, EvaluationSettings } from "./check";
import { Facts, factsOf } from "./facts";
import { EvaluatorOptions, PolicyEvaluator, RunData } from "./policy";

export { check, assembleResult, evaluateDocument, evaluateDocuments, engineFacts, runDataFor, todayInChina, waiverNotes, waiverUses } from "./check";
export type { AssembleOptions, CheckOptions, DocumentCheckOptions, EvaluationSettings, WaiverLabel } from "./check";
export { defaultBundlePath, ENGINE_ENTRYPOINT, ENTRYPOINTS, packageRoot, readBundle } from "./bundle";
export type { PolicyBundle } from "./bundle";
export { initialPages, PolicyEvaluator } from "./policy";
export type { EvaluatorOptions, RunData } from "./policy";
export { readTarGz } from "./tar";
export { defaultJobs, jobsFromFlag, MAX_JOBS } from "./pool";
export { evaluateReports } from "./evaluate-reports";
export type { EvaluateReportsOptions } from "./evaluate-reports";
export { Facts, factsOf, parseFacts } from "./facts";
export type { PolicyFacts } from "./facts";
export * from "../model";

export interface EngineOptions extends EvaluatorOptions {
  /** A compiled policy bundle; defaults to the one shipped with govguard. */
  bundlePath?: string;
  /** A bundle already read (it is read once per path otherwise). */
  bundle?: PolicyBundle;
  /** The run's parameters, waivers and date, as the bundle takes them. */
  data?: RunData;
}

/** The policy bundle loaded once with one run's data. */
export interface Engine {
  readonly bundle: PolicyBundle;
  readonly evaluator: PolicyEvaluator;
  /** The bundle's report on one document (JSON bytes, or an object). */
  evaluate(document: Buffer | object): PolicyReport;
  /** The report on one input document; the bundle's errors on it are an InputError. */
  evaluateDocument(document: InputDocument): PolicyReport;
  /** Documents evaluated in this thread, in order, assembled into a result (the synth-time path). */
  evaluateDocuments(documents: InputDocument[], options?: EvaluationSettings): CheckResult;
  /** Controls in catalogue order, the compliance matrix and the parameters. */
  catalogue(): Catalogue;
  /** Every control's metadata, by ID. */
  controls(): Record<string, ControlMetadata>;
  matrix(): MatrixEntry[];
  parameters(): ParameterDoc[];
  /** The parameter questions ("is this region allowed?", "which types are data-bearing?") answered
   * for the run's configuration (govguard/about/facts). */
  facts(): Facts;
  /** Problems with the run's configuration and waivers, each with its path. */
  configurationErrors(): PolicyError[];
  /** Refuses (exit 2, naming the file and line) a configuration or waivers the bundle rejects. */
  refuseBadSettings(config?: LoadedConfig, waivers?: LoadedWaivers): void;
}

const bundles = new Map<string, PolicyBundle>();

function bundleAt(bundlePath: string | undefined): PolicyBundle {
  const key = bundlePath ?? "";
  let bundle = bundles.get(key);
  if (bundle === undefined) {
    bundle = readBundle(bundlePath);
    bundles.clear(); // one bundle is kept: runs use one, tests may switch
    bundles.set(key, bundle);
  }
  return bundle;
}

/** Loads the bundle (read once per path in this process) with one run's data. */
export function loadEngine(options: EngineOptions = {}): Engine {
  const bundle = options.bundle ?? bundleAt(options.bundlePath);
  const evaluator = new PolicyEvaluator(bundle, options.data ?? {}, options);
  let catalogue: Catalogue | undefined;
  let facts: Facts | undefined;
  return {
    bundle,
    evaluator,
    evaluate: (document) => evaluator.evaluate(document),
    evaluateDocument: (document) => evaluateDocument(evaluator, document),
    evaluateDocuments: (documents, settings) => evaluateDocuments(evaluator, documents, settings),
    catalogue: () => (catalogue ??= { controls: catalogueOrder(evaluator.catalogue()), articles: evaluator.matrix(), parameters: evaluator.parameters() }),
    controls: () => evaluator.catalogue(),
    matrix: () => evaluator.matrix(),
    parameters: () => evaluator.parameters(),
    facts: () => (facts ??= factsOf(evaluator)),
    configurationErrors: () => evaluator.configurationErrors(),
    refuseBadSettings: (config, waivers) => raiseConfigurationErrors(evaluator.configurationErrors(), config, waivers),
  };
}

const MAX_SHARED_ENGINES = 8;
const shared = new Map<string, Engine>();

/**
 * An engine for this data, shared with every other caller asking for the same data and bundle:
 * loading the wasm policy takes a while, and the synth-time path asks again and again.
 */
export function sharedEngine(data: RunData, bundlePath?: string): Engine {
  const key = JSON.stringify([bundlePath ?? "", data]);
  let engine = shared.get(key);
  if (engine === undefined) {
    engine = loadEngine({ bundlePath, data });
    if (shared.size >= MAX_SHARED_ENGINES) shared.delete(shared.keys().next().value as string);
    shared.set(key, engine);
  }
  return engine;
}

/** The check pipeline over documents already in memory (the synth-time check), synchronously, with
 * the shared engines: the same settings, evaluation, result and baseline as `check`. */
export function checkDocuments(documents: InputDocument[], options: DocumentCheckOptions = {}): CheckResult {
  return checkDocumentsWith((data) => sharedEngine(data, options.bundlePath).evaluator, documents, options);
}

/** Reads inputs as a check reads them: plans keep only the attributes the bundle's policies can read. */
export function readDocuments(paths: string[], bundlePath?: string): Promise<InputDocument[]> {
  return readInputs(paths, { attributes: bundleAt(bundlePath).attributes });
}

/** The catalogue the bundle states (`govguard rules`, `explain`, `matrix`, docs/controls.md). */
export function loadCatalogue(bundlePath?: string): Catalogue {
  return sharedEngine({}, bundlePath).catalogue();
}
