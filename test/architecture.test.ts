// The layers of docs/architecture.md, checked from the import lines of the source: reporters see only
// the model, everything outside the engine enters it by its one door (src/engine/index.ts), the model
// imports nothing above it, and no module imports itself round a cycle.
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const SCANNED = ["main.ts", "src", "constructs", "scripts", "bench"];
// Static imports and re-exports, side-effect imports, require() and import(): a module loaded
// lazily (await import("../evaluate")) depends on it all the same.
const IMPORT = /^\s*(?:import|export)\s[^;]*?\sfrom\s+"([^"]+)"|^\s*import\s+"([^"]+)"|\b(?:require|import)\(\s*"([^"]+)"\s*\)/gm;

function sources(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return full.endsWith(".ts") && !full.endsWith(".d.ts") ? [entry] : [];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .filter((d) => d.name !== "node_modules" && !d.name.startsWith("."))
    .flatMap((d) => sources(path.join(entry, d.name)));
}

/** The repository file a relative import names, or undefined for a package or a builtin. */
function resolve(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = path.join(path.dirname(from), specifier);
  for (const candidate of [`${base}.ts`, path.join(base, "index.ts"), base]) {
    if (fs.existsSync(path.join(ROOT, candidate)) && fs.statSync(path.join(ROOT, candidate)).isFile()) return candidate.split(path.sep).join("/");
  }
  return undefined;
}

interface Edge {
  from: string;
  to: string;
  specifier: string;
}

/** Every import of the scanned files; type-only imports count: nothing keeps them so. */
function imports(files: string[]): Edge[] {
  return files.flatMap((file) => {
    const text = fs.readFileSync(path.join(ROOT, file), "utf8");
    return [...text.matchAll(IMPORT)].flatMap((m) => {
      const specifier = m[1] ?? m[2] ?? m[3];
      const to = resolve(file, specifier);
      return [{ from: file.split(path.sep).join("/"), to: to ?? specifier, specifier }];
    });
  });
}

const FILES = SCANNED.flatMap(sources);
const EDGES = imports(FILES);
const show = (edges: Edge[]): string[] => edges.map((e) => `${e.from} -> ${e.specifier}`);
const isBuiltin = (e: Edge): boolean => e.to.startsWith("node:");
const under = (dir: string) => (file: string) => file.startsWith(`${dir}/`);

/** The import edges these rules read as a graph, ordered so a cycle is reported the same way each run. */
function cycles(edges: Edge[]): string[][] {
  const graph = new Map<string, string[]>();
  for (const e of edges) if (e.to.endsWith(".ts")) graph.set(e.from, [...(graph.get(e.from) ?? []), e.to]);
  // Tarjan's strongly connected components: any with more than one file, or a file importing itself, is a cycle.
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, order.get(w) as number));
    }
    if (low.get(v) === order.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!order.has(v)) visit(v);
  return found;
}

describe("the layers of docs/architecture.md", () => {
  test("the scan sees the source tree", () => {
    expect(FILES).toContain("src/engine/policy.ts");
    expect(FILES.filter(under("src/report")).length).toBeGreaterThan(10);
    expect(EDGES.length).toBeGreaterThan(200);
  });

  test("reporters and the docs renderer import only the model and their own folder", () => {
    const renderers = EDGES.filter((e) => under("src/report")(e.from) || under("src/docs")(e.from));
    const allowed = (e: Edge): boolean => isBuiltin(e) || under("src/model")(e.to) || under("src/report")(e.to) || under("src/docs")(e.to);
    expect(show(renderers.filter((e) => !allowed(e)))).toEqual([]);
  });

  test("the model imports nothing above it", () => {
    const model = EDGES.filter((e) => under("src/model")(e.from));
    expect(show(model.filter((e) => !under("src/model")(e.to)))).toEqual([]);
  });

  test("outside src/engine, the engine is entered only by src/engine/index.ts", () => {
    const outside = EDGES.filter((e) => !under("src/engine")(e.from) && under("src/engine")(e.to) && e.to !== "src/engine/index.ts");
    expect(show(outside)).toEqual([]);
  });

  test("the facade is the one door for the CLI, the constructs, the scripts and the bench to evaluation", () => {
    // src/check.ts and src/catalogue.ts were the old doors: callers use the facade instead.
    const oldDoors = EDGES.filter((e) => ["src/check.ts", "src/catalogue.ts"].includes(e.to) && !under("src/engine")(e.from));
    expect(show(oldDoors)).toEqual([]);
  });

  test("no import cycles", () => {
    expect(cycles(EDGES)).toEqual([]);
  });
});
