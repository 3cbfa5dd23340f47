// Terminal views of the catalogue: `govguard rules` (one control per entry), `govguard explain`
// (one control in full) and `govguard matrix` (every article and how it is covered).
import { Catalogue, ControlMetadata, MatrixEntry, Text } from "../model";
import { SEVERITY_ZH } from "./text";

export const STATUS_TEXT: Record<MatrixEntry["status"], Text> = {
  automated: { zh: "自动检查", en: "automated" },
  manual: { zh: "人工审核", en: "manual" },
  not_applicable: { zh: "不适用", en: "not applicable" },
};

function pad(text: string, width: number): string {
  // CJK characters take two columns in a terminal.
  const columns = [...text].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
  return text + " ".repeat(Math.max(0, width - columns));
}

export function renderRules(catalogue: Catalogue): string {
  const lines = [`${pad("ID", 7)} ${pad("条款 Art.", 10)} ${pad("严重性 Severity", 16)} 标题 / Title`];
  for (const c of catalogue.controls) {
    lines.push(`${pad(c.id, 7)} ${pad(`第${c.article}条`, 10)} ${pad(`${SEVERITY_ZH[c.severity]} ${c.severity}`, 16)} ${c.title.zh}`);
    lines.push(`${" ".repeat(7 + 1 + 10 + 1 + 16)} ${c.title.en}`);
  }
  const articles = new Set(catalogue.controls.flatMap((c) => c.articles)).size;
  lines.push(
    "",
    `共 ${catalogue.controls.length} 项控制，覆盖 ${articles} 条；govguard explain <ID> 查看详情`,
    `${catalogue.controls.length} controls covering ${articles} articles; govguard explain <ID> shows one in full`,
  );
  return lines.join("\n") + "\n";
}

function bilingual(label: Text, text: Text, indent = "  "): string[] {
  return [`${label.zh} ${label.en}:`, `${indent}${text.zh}`, `${indent}${text.en}`];
}

export function renderExplain(control: ControlMetadata, catalogue: Catalogue): string {
  const article = (n: number): MatrixEntry | undefined => catalogue.articles.find((a) => a.article === n);
  const lines = [`${control.id}  ${control.title.zh}`, `${" ".repeat(control.id.length)}  ${control.title.en}`, ""];
  for (const n of control.articles) {
    const entry = article(n);
    const summary = entry ? ` — ${entry.summary.zh} / ${entry.summary.en}` : "";
    lines.push(`${n === control.article ? "条款 Article" : "亦涉及 Also"}: 第${n}条 / Article ${n}${summary}`);
  }
  lines.push(`严重性 Severity: ${SEVERITY_ZH[control.severity]} / ${control.severity}`);
  if (control.resources.length > 0) lines.push(`资源 Resources: ${control.resources.join(", ")}`);
  lines.push("", ...bilingual({ zh: "要求", en: "Requirement" }, control.requirement));
  lines.push("", ...bilingual({ zh: "修复", en: "Remediation" }, control.remediation));
  if (control.decisions.length > 0) {
    lines.push("", "判定说明 Decisions:");
    for (const d of control.decisions) lines.push(`  - ${d.zh}`, `    ${d.en}`);
  }
  const review = control.articles.map(article).filter((e): e is MatrixEntry => e?.review !== undefined);
  for (const entry of review) {
    lines.push("", ...bilingual({ zh: `第${entry.article}条仍需人工审核`, en: `Still for the reviewer (article ${entry.article})` }, entry.review as Text));
  }
  return lines.join("\n") + "\n";
}

export function renderMatrix(catalogue: Catalogue): string {
  const lines: string[] = [];
  let chapter = "";
  for (const entry of catalogue.articles) {
    if (entry.chapter.zh !== chapter) {
      chapter = entry.chapter.zh;
      lines.push(...(lines.length > 0 ? [""] : []), `${entry.chapter.zh} / ${entry.chapter.en}`);
    }
    const status = STATUS_TEXT[entry.status];
    const controls = entry.controls.length > 0 ? `  ${entry.controls.join(", ")}` : "";
    lines.push(`  第${entry.article}条 Art. ${entry.article}  [${status.zh} ${status.en}]${controls}`);
    lines.push(`    ${entry.summary.zh} / ${entry.summary.en}`);
    if (entry.review) lines.push(`    仍需人工审核：${entry.review.zh}`, `    Still for the reviewer: ${entry.review.en}`);
    const detail = entry.question ?? entry.reason;
    if (detail) lines.push(`    ${detail.zh}`, `    ${detail.en}`);
  }
  const count = (s: MatrixEntry["status"]): number => catalogue.articles.filter((e) => e.status === s).length;
  lines.push(
    "",
    `共 ${catalogue.articles.length} 条：自动检查 ${count("automated")}，人工审核 ${count("manual")}，不适用 ${count("not_applicable")}`,
    `${catalogue.articles.length} articles: ${count("automated")} automated, ${count("manual")} manual, ${count("not_applicable")} not applicable`,
  );
  return lines.join("\n") + "\n";
}
