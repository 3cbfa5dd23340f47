// The control catalogue, the compliance matrix and the parameters, read from the policy bundle: the
// one source of the metadata that `govguard rules`, `explain`, `matrix` and docs/controls.md show.
import { PolicyEvaluator } from "./engine/policy";
import { ControlMetadata, MatrixEntry, ParameterDoc } from "./engine/types";
import { UsageError } from "./errors";

export interface Catalogue {
  /** Every control, in catalogue order (by article, then control number). */
  controls: ControlMetadata[];
  /** Every article of the regulation, in order. */
  articles: MatrixEntry[];
  /** Every configuration parameter, by key. */
  parameters: ParameterDoc[];
}

function idParts(id: string): [number, number] {
  const [article, n] = id.replace(/^A/, "").split(".");
  return [Number(article), Number(n)];
}

/** A5.1 before A12.1 before A12.2: numerically, not as text. */
export function compareControlIds(a: string, b: string): number {
  const [aa, an] = idParts(a);
  const [ba, bn] = idParts(b);
  return aa - ba || an - bn;
}

export function loadCatalogue(bundlePath?: string): Catalogue {
  const evaluator = PolicyEvaluator.load(bundlePath);
  const byId = evaluator.catalogue();
  const controls = Object.keys(byId)
    .sort(compareControlIds)
    .map((id) => byId[id]);
  return { controls, articles: evaluator.matrix(), parameters: evaluator.parameters() };
}

/** The control with this ID, written in any case ("a20.1" finds A20.1). */
export function findControl(catalogue: Catalogue, id: string): ControlMetadata {
  const wanted = id.trim().toUpperCase();
  const control = catalogue.controls.find((c) => c.id === wanted);
  if (control) return control;
  const article = Number(/^A?(\d+)/.exec(wanted)?.[1]);
  const siblings = catalogue.controls.filter((c) => c.article === article).map((c) => c.id);
  const hint = siblings.length > 0 ? siblings.join(", ") : "govguard rules";
  throw new UsageError({
    zh: `没有控制项 ${id}（可参考：${hint}）`,
    en: `no control ${id} (see ${hint})`,
  });
}
