// A compact Markdown summary for a pull-request or merge-request comment: the verdict first, as a
// heading nothing else in the comment can be, counts by severity, the failing findings in a table,
// the waivers, then fixes and waived or non-failing findings folded away. Input is only ever
// inline text inside a table cell, list item or quote govguard opens (escape-markdown.ts).
import { SEVERITIES } from "../model";
import { markdownCode, markdownOwnText, markdownText } from "./escape-markdown";
import { inline, Lang, lines, t } from "./lang";
import { BASELINE_HEADING, baselineSummary, modeLabel, moduleParagraphs, staleEntryText } from "./run-text";
import { isEmptyUntrusted } from "./untrusted";
import { severityText, verdictText, WAIVER_LABELS, waiverStatusText } from "./text";
import { FindingView, renderer, ReportView } from "./view";
import { Chunks, joined, joinLines, Line } from "./chunks";

function row(cells: string[]): string {
  return `| ${cells.join(" | ")} |`;
}

function table(head: string[], rows: string[][]): string[] {
  return [row(head), `|${head.map(() => "---").join("|")}|`, ...rows.map(row)];
}

/** The findings' table, a row at a time (chunks.ts). */
function* findingTable(findings: Iterable<FindingView>, lang: Lang): Generator<string> {
  const head = [t("控制项", "Control"), t("严重性", "Severity"), t("资源", "Resource"), t("位置", "Location"), t("问题", "Problem")].map((h) => inline(h, lang));
  yield row(head);
  yield `|${head.map(() => "---").join("|")}|`;
  for (const f of findings) yield row([f.control, inline(severityText(f.severity), lang, " "), markdownCode(f.resource), `${markdownCode(f.location.file)}:${f.location.line}`, markdownText(inline(f.message, lang))]);
}

/** Most stale baseline entries listed in a comment; the JSON and SARIF reports list them all. */
const STALE_LISTED = 100;

function baselineLines(view: ReportView, lang: Lang): string[] {
  const b = view.baseline;
  if (b === undefined) return [];
  const out = [`**≡ ${markdownText(inline(baselineSummary(b), lang))}**`, ""];
  if (b.stale.length === 0) return out;
  out.push(`<details><summary>${inline(BASELINE_HEADING(b.stale.length), lang)}</summary>`, "");
  for (const e of b.stale.slice(0, STALE_LISTED)) out.push(`- ${markdownText(inline(staleEntryText(e), lang))}`);
  const more = b.stale.length - STALE_LISTED;
  if (more > 0) out.push(`- ${inline(t(`另有 ${more} 项，见 JSON 或 SARIF 报告`, `${more} more: see the JSON or SARIF report`), lang)}`);
  out.push("", "</details>", "");
  return out;
}

function waiverTable(view: ReportView, lang: Lang): string[] {
  const head = [t("#", "#"), t("控制项", "Control"), t("资源模式", "Pattern"), t("理由", "Reason"), t("负责人", "Owner"), t("到期", "Expires"), t("状态", "Status"), t("警告", "Warnings")];
  return table(
    head.map((h) => inline(h, lang)),
    view.waivers.map((w) => [
      String(w.index),
      markdownCode(w.control),
      markdownCode(w.resource),
      markdownText(w.reason),
      isEmptyUntrusted(w.owner) ? `**${inline(WAIVER_LABELS.noOwner, lang)}**` : markdownCode(w.owner),
      isEmptyUntrusted(w.expires) ? `**${inline(WAIVER_LABELS.noExpiry, lang)}**` : markdownCode(w.expires),
      inline(waiverStatusText(w), lang),
      w.warnings.map((warning) => `⚠️ ${markdownText(inline(warning, lang))}`).join("<br>"),
    ]),
  );
}

/** The comment's lines, the findings' tables a row at a time. */
function markdownPieces(view: ReportView, lang: Lang = "both"): Chunks {
  const s = view.summary;
  const icon = s.passed ? "✅" : "❌";
  // The verdict is govguard's own text, and the comment's first line: input can neither come
  // before it nor make another heading (it cannot start a line).
  const out: Line[] = [`### ${icon} govguard: ${markdownText(inline(verdictText(s, view.baseline?.suppressed), lang))}`, ""];
  // govguard's own text, in full: the list of what the calling root must provide is the point.
  for (const paragraph of moduleParagraphs(view)) out.push(...lines(paragraph, lang).flatMap((l) => [`**◆ ${markdownOwnText(l)}**`, ""]));
  out.push(
    `| ${SEVERITIES.map((sev) => inline(severityText(sev), lang, " ")).join(" | ")} | ${inline(t("已豁免", "waived"), lang)} | ${inline(t("不通过", "failing"), lang)} |`,
    `|${[...SEVERITIES, "w", "f"].map(() => "---").join("|")}|`,
    `| ${SEVERITIES.map((sev) => s.by_severity[sev]).join(" | ")} | ${s.waived} | ${s.failing} |`,
    "",
  );
  const warned = view.waivers.filter((w) => w.warnings.length > 0).length;
  if (warned > 0) {
    out.push(`**⚠️ ${inline(t(`${warned} 个豁免项有警告，见下方豁免项表`, `${warned} waiver(s) with warnings: see the waivers below`), lang)}**`, "");
  }
  const failing = view.findings.filter((f) => f.failing);
  if (failing.length > 0) out.push(() => findingTable(failing, lang), "");
  out.push(...baselineLines(view, lang));
  if (view.waivers.length > 0) {
    out.push(`**${inline(t(`豁免项（${view.waivers.length}）`, `Waivers (${view.waivers.length})`), lang)}**`, "");
    for (const line of waiverTable(view, lang)) out.push(line);
    out.push("");
  }
  // Each failing control once, in the order it first fails, with the remediation of its last finding.
  const fixes = [...failing.groupBy((f) => f.control).values()].map((group) => group.at(group.length - 1));
  if (fixes.length > 0) {
    out.push(`<details><summary>${inline(t("修复方法", "How to fix"), lang)}</summary>`, "");
    for (const f of fixes) out.push(`- **${f.control}** ${markdownText(inline(f.title, lang))}: ${markdownText(inline(f.remediation, lang))}`);
    out.push("", "</details>", "");
  }
  // What the baseline accepted is counted above, not listed: an estate's old findings would fill the comment.
  const quiet = view.findings.filter((f) => !f.failing && !f.baselined);
  if (quiet.length > 0) {
    out.push(`<details><summary>${inline(t(`已豁免或低于阈值的违规（${quiet.length}）`, `Waived or below the threshold (${quiet.length})`), lang)}</summary>`, "");
    out.push(() => findingTable(quiet, lang), "", "</details>", "");
  }
  for (const note of view.notes) out.push(`> ${markdownText(inline(note, lang))}`, "");
  out.push(`<sub>govguard · ${markdownText(view.bundle.revision)} · ${s.inputs} input(s) · ${markdownText(inline(modeLabel(view.mode), lang))}</sub>`, "");
  return joinLines(out);
}

export const markdownChunks = renderer(markdownPieces);

export const renderMarkdown = renderer((view, lang: Lang = "both"): string => joined(markdownPieces(view, lang)));
