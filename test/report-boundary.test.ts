// The boundary between a check result and the renderers: every string the input could have written
// reaches a renderer marked untrusted, and untrusted text cannot become output except through a
// format's escaper — the compiler refuses the usual ways, the run time refuses the rest.
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { revealForEscaper, untrusted, untrustedJoin } from "../src/report/untrusted";
import { FindingViews, reportView } from "../src/report/view";
import { repo, tempDir } from "./helpers";
import { constructedResult } from "./report-hostile";

test("the compiler refuses untrusted text in a template, in +, and where a string is expected", () => {
  const dir = tempDir("govguard-report-boundary-");
  try {
    const file = path.join(dir, "renderer.ts");
    const module = path.join(repo, "src", "report", "untrusted");
    fs.writeFileSync(
      file,
      [
        `import { untrusted } from ${JSON.stringify(module)};`,
        `const u = untrusted("x");`,
        "export const a = `| ${u} |`;",
        `export const b = "| " + u;`,
        `export const c: string = u;`,
        `export const d = ["x"].concat(u);`,
        `export const fine = "ok";`,
      ].join("\n"),
    );
    const program = ts.createProgram([file], { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, types: [], skipLibCheck: true, noEmit: true });
    const codes = ts.getPreEmitDiagnostics(program).map((d) => [d.file ? d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1 : 0, d.code]);
    expect(codes).toEqual([
      [3, 2731], // Implicit conversion of a 'symbol' to a 'string' will fail at run time
      [4, 2469], // The '+' operator cannot be applied to type 'symbol'
      [5, 2322],
      [6, 2769],
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("at run time, every way to make a string of untrusted text without an escaper throws", () => {
  const u = untrusted("<img src=x>");
  const attempts: (() => unknown)[] = [() => String(u), () => [u].join(""), () => JSON.stringify({ u }), () => `${u as unknown as string}`, () => (u as unknown as string) + ""];
  for (const attempt of attempts) expect(attempt).toThrow(/govguard bug: input text reached a report without its format's escaper/);
  expect(revealForEscaper(untrustedJoin`a ${u} b`)).toBe("a <img src=x> b");
});

test("only the escapers and the untrusted module read untrusted text", () => {
  const dir = path.join(repo, "src");
  const files = fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
  const readers = files.filter((f) => fs.readFileSync(path.join(dir, f), "utf8").includes("revealForEscaper"));
  expect(readers.sort()).toEqual(["report/escape-json.ts", "report/escape-markdown.ts", "report/escape-text.ts", "report/escape-xml.ts", "report/untrusted.ts"]);
});

test("renderers take the view, not the check result", () => {
  for (const name of ["html", "junit", "markdown", "sarif", "text"]) {
    const source = fs.readFileSync(path.join(repo, "src", "report", `${name}.ts`), "utf8");
    expect([name, /from "\.\.\/check"/.test(source), /export const render\w+ = renderer\(/.test(source)]).toEqual([name, false, true]);
  }
});

test("the view leaves no input-derived string as a plain string", () => {
  let n = 0;
  const result = constructedResult(() => `MARKER-${n++}`, { findings: 20, waivers: 6 });
  const view = reportView(result);
  const leaks: string[] = [];
  const walk = (value: unknown, at: string): void => {
    if (typeof value === "string" && value.includes("MARKER")) leaks.push(at);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}[${i}]`));
    else if (value instanceof FindingViews) [...value].forEach((v, i) => walk(v, `${at}[${i}]`));
    else if (typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
      for (const [k, v] of Object.entries(value)) walk(v, `${at}.${k}`);
    }
  };
  walk(view, "view");
  expect(n).toBeGreaterThan(100);
  expect(leaks).toEqual([]);
});
