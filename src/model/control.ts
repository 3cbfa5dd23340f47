// The catalogue as the policy bundle states it: each control's metadata, the compliance matrix and
// the parameters of govguard.yaml. Pure data and ordering: loading it is the engine's job.
import { UsageError } from "./errors";
import { Severity, Text } from "./text";

/** A resource attribute whose value decides a control's verdict (the bundle's `deciding`). */
export interface DecidingAttribute {
  type: string;
  attribute: string;
}

/** A control's metadata, kept next to its logic in policies/govguard/controls/<id>. */
export interface ControlMetadata {
  id: string;
  article: number;
  articles: number[];
  severity: Severity;
  title: Text;
  requirement: Text;
  remediation: Text;
  decisions: Text[];
  resources: string[];
  /** The attributes whose values decide the verdict, by resource type. */
  deciding?: DecidingAttribute[];
  /** "stack": the control asks for something of the whole stack or its provider configuration (a
   * trail, an alarm, a region), which a reusable module leaves to its caller (lib/mode). */
  scope?: "stack";
}

/** One article of the regulation in the compliance matrix (govguard/about/articles). */
export interface MatrixEntry {
  article: number;
  chapter: Text;
  summary: Text;
  status: "automated" | "manual" | "not_applicable";
  /** The controls that check the article, in ID order; empty unless automated. */
  controls: string[];
  /** Manual: what the reviewer must establish. */
  question?: Text;
  /** Automated in part: what the reviewer must still establish. */
  review?: Text;
  /** Not applicable: why. */
  reason?: Text;
}

/** One parameter of govguard.yaml (govguard/about/parameters). */
export interface ParameterDoc {
  /** Dotted key, e.g. "logs.min_retention_days". */
  key: string;
  default: unknown;
  description: Text;
  /** What the parameter accepts (policies/govguard/lib/params: schema). */
  schema: ParameterSchema;
}

export interface ParameterSchema {
  type: "string" | "boolean" | "integer" | "list";
  items?: "string" | "cidr" | "port" | "region";
  choices?: string[];
  min?: number;
  max?: number;
}

/** What `govguard rules`, `explain`, `matrix` and docs/controls.md show. */
export interface Catalogue {
  /** Every control, in catalogue order (by article, then control number). */
  controls: ControlMetadata[];
  /** Every article of the regulation, in order. */
  articles: MatrixEntry[];
  /** Every configuration parameter, by key. */
  parameters: ParameterDoc[];
}

// Sorting 14,000 findings parsed their control IDs 400,000 times (49 ms of a 1.8 s run); there are 44 IDs.
const parsedIds = new Map<string, [number, number]>();

function idParts(id: string): [number, number] {
  let parts = parsedIds.get(id);
  if (parts === undefined) {
    const [article, n] = id.replace(/^A/, "").split(".");
    parts = [Number(article), Number(n ?? 0)];
    // Bounded: IDs come from the bundle and from waivers.yaml, not one per resource.
    if (parsedIds.size < 4096) parsedIds.set(id, parts);
  }
  return parts;
}

/** A5.1 before A12.1 before A12.2: numerically, not as text. The one order of control IDs. */
export function compareControlIds(a: string, b: string): number {
  const [aa, an] = idParts(a);
  const [ba, bn] = idParts(b);
  return aa - ba || an - bn;
}

/** The controls of a catalogue keyed by ID, in catalogue order. */
export function catalogueOrder(byId: Record<string, ControlMetadata>): ControlMetadata[] {
  return Object.keys(byId)
    .sort(compareControlIds)
    .map((id) => byId[id]);
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
