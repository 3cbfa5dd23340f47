// Which attributes Terraform would mark sensitive, as far as govguard follows it (best effort):
// one set from a variable declared `sensitive = true`, or from a local or module argument built
// from one. Reports never show a sensitive value (policies/govguard/lib/sensitive).
import { bodies, RESOURCE_META } from "./body";
import { referencesInRaw } from "./engine";
import { namedBodies, ModuleInstance } from "./module";

const NAMED = /^(var|local)\.([A-Za-z_][A-Za-z0-9_-]*)/;

interface Marks {
  vars: Set<string>;
  locals: Set<string>;
}

function names(raw: unknown): [string, string][] {
  const out: [string, string][] = [];
  for (const ref of referencesInRaw(raw)) {
    const m = NAMED.exec(ref);
    if (m) out.push([m[1], m[2]]);
  }
  return out;
}

function touches(raw: unknown, marks: Marks): boolean {
  return names(raw).some(([kind, name]) => (kind === "var" ? marks.vars.has(name) : marks.locals.has(name)));
}

export class Sensitivity {
  private readonly cache = new Map<ModuleInstance, Marks>();

  private marks(inst: ModuleInstance, depth = 0): Marks {
    const hit = this.cache.get(inst);
    if (hit) return hit;
    const marks: Marks = { vars: new Set(), locals: new Set() };
    this.cache.set(inst, marks);
    const body = inst.config.body;
    const parent = inst.parent && depth < 64 ? this.marks(inst.parent, depth + 1) : undefined;
    const call = inst.parent ? namedBodies(inst.parent.config.body.module).find(([n]) => `${inst.parent?.path === "" ? "" : `${inst.parent?.path}.`}module.${n}` === inst.path)?.[1] : undefined;
    for (const [name, decl] of namedBodies(body.variable)) {
      if (decl.sensitive === true || (parent && call && Object.hasOwn(call, name) && touches(call[name], parent))) marks.vars.add(name);
    }
    const locals = new Map<string, unknown>();
    for (const block of bodies(body.locals)) for (const name of Object.keys(block)) locals.set(name, block[name]);
    // Locals built from sensitive locals: repeat until nothing changes (at most once per local).
    for (let changed = true; changed; ) {
      changed = false;
      for (const [name, raw] of locals) {
        if (!marks.locals.has(name) && touches(raw, marks)) {
          marks.locals.add(name);
          changed = true;
        }
      }
    }
    return marks;
  }

  /** The top-level attributes of a resource body set from a sensitive value. */
  attributes(inst: ModuleInstance, body: Record<string, unknown>): Set<string> {
    const marks = this.marks(inst);
    const out = new Set<string>();
    if (marks.vars.size === 0 && marks.locals.size === 0) return out;
    for (const key of Object.keys(body)) if (!RESOURCE_META.has(key) && touches(body[key], marks)) out.add(key);
    return out;
  }
}
