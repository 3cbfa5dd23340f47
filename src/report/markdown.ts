// A compact Markdown summary for a pull-request or merge-request comment: the verdict, counts by
// severity, the failing findings in a table, then waived and non-failing ones folded away.
import { CheckResult, Finding } from "../check";
import { SEVERITIES } from "../engine/types";
import { inline, Lang, t } from "./lang";
import { displayPath } from "./paths";
import { severityText, verdictText } from "./text";

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

function table(findings: Finding[], lang: Lang): string[] {
  const head = [t("控制项", "Control"), t("严重性", "Severity"), t("资源", "Resource"), t("位置", "Location"), t("问题", "Problem")];
  return [
    `| ${head.map((h) => inline(h, lang)).join(" | ")} |`,
    `|${head.map(() => "---").join("|")}|`,
    ...findings.map(
      (f) =>
        `| ${f.control} | ${inline(severityText(f.severity), lang, " ")} | \`${cell(f.resource)}\` | ${cell(displayPath(f.location.file))}:${f.location.line} | ${cell(inline(f.message, lang))} |`,
    ),
  ];
}

export function renderMarkdown(result: CheckResult, lang: Lang = "both"): string {
  const s = result.summary;
  const icon = s.passed ? "✅" : "❌";
  const out = [`### ${icon} govguard: ${cell(inline(verdictText(result), lang))}`, ""];
  out.push(
    `| ${SEVERITIES.map((sev) => inline(severityText(sev), lang, " ")).join(" | ")} | ${inline(t("已豁免", "waived"), lang)} | ${inline(t("不通过", "failing"), lang)} |`,
    `|${[...SEVERITIES, "w", "f"].map(() => "---").join("|")}|`,
    `| ${SEVERITIES.map((sev) => s.by_severity[sev]).join(" | ")} | ${s.waived} | ${s.failing} |`,
    "",
  );
  const failing = result.findings.filter((f) => f.failing);
  if (failing.length > 0) out.push(...table(failing, lang), "");
  const fixes = new Map(failing.map((f) => [f.control, f]));
  if (fixes.size > 0) {
    out.push(`<details><summary>${inline(t("修复方法", "How to fix"), lang)}</summary>`, "");
    for (const f of fixes.values()) out.push(`- **${f.control}** ${cell(inline(f.title, lang))}: ${cell(inline(f.remediation, lang))}`);
    out.push("", "</details>", "");
  }
  const quiet = result.findings.filter((f) => !f.failing);
  if (quiet.length > 0) {
    out.push(`<details><summary>${inline(t(`已豁免或低于阈值的违规（${quiet.length}）`, `Waived or below the threshold (${quiet.length})`), lang)}</summary>`, "");
    out.push(...table(quiet, lang), "", "</details>", "");
  }
  for (const note of result.notes) out.push(`> ${cell(inline(note, lang))}`);
  if (result.notes.length > 0) out.push("");
  out.push(`<sub>govguard · ${result.bundle.revision} · ${s.inputs} input(s)</sub>`, "");
  return out.join("\n");
}
