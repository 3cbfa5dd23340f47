// One self-contained HTML file for reviewers: the verdict and counts, findings grouped by article
// with their fixes, waived findings on their own, the waivers, and the compliance matrix of all
// 44 articles (automated with this run's results per control, manual with the reviewer's question,
// not applicable with the reason). No scripts, no external resources: it opens from a mail
// attachment. Input goes through xmlText (escape-xml.ts).
import { MatrixEntry, SEVERITIES, Severity, Text } from "../model";
import { Chunks, joined, withHoles } from "./chunks";
import { STATUS_TEXT } from "./catalogue-text";
import { xmlText as esc } from "./escape-xml";
import { inline, isTrustedText, Lang, lines, t } from "./lang";
import { BASELINE_HEADING, baselineSummary, modeLabel, moduleParagraphs, staleEntryText } from "./run-text";
import { severityText, verdictText, WAIVER_LABELS, waiverStatusText } from "./text";
import { isEmptyUntrusted, UText } from "./untrusted";
import { FindingView, renderer, ReportView, WaiverView } from "./view";

const STYLE = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #f6f8fa;
  --critical: #8b0000; --high: #cf222e; --medium: #9a6700; --low: #0969da; --ok: #1a7f37; }
* { box-sizing: border-box; }
body { font: 14px/1.55 -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif;
  color: var(--ink); margin: 0; background: #fff; }
header { background: var(--bg); border-bottom: 1px solid var(--line); padding: 24px 32px; }
main { padding: 8px 32px 48px; max-width: 1200px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 32px 0 12px; border-bottom: 1px solid var(--line); padding-bottom: 6px; }
h3 { font-size: 15px; margin: 20px 0 8px; }
.meta { color: var(--muted); font-size: 12px; }
.verdict { display: inline-block; font-weight: 600; padding: 4px 12px; border-radius: 16px; color: #fff; margin: 8px 0; }
.verdict.pass { background: var(--ok); } .verdict.fail { background: var(--high); }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 120px; background: #fff; }
.card .n { font-size: 22px; font-weight: 600; } .card .l { color: var(--muted); font-size: 12px; }
.sev { display: inline-block; font-size: 12px; font-weight: 600; padding: 1px 8px; border-radius: 10px; color: #fff; }
.sev.critical { background: var(--critical); } .sev.high { background: var(--high); }
.sev.medium { background: var(--medium); } .sev.low { background: var(--low); }
.finding { border: 1px solid var(--line); border-left: 4px solid var(--high); border-radius: 6px; padding: 10px 14px; margin: 10px 0; }
.finding.waived, .finding.quiet { border-left-color: var(--muted); background: var(--bg); }
.finding .head { font-weight: 600; } .finding code { background: var(--bg); padding: 1px 4px; border-radius: 4px; }
.finding dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0 0; }
.finding dt { color: var(--muted); } .finding dd { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: var(--bg); }
.status { font-weight: 600; white-space: nowrap; } .status.automated { color: var(--ok); }
.status.manual { color: var(--medium); } .status.not_applicable { color: var(--muted); }
.ctl { display: inline-block; margin: 0 6px 2px 0; white-space: nowrap; }
.ctl.bad { color: var(--high); font-weight: 600; } .ctl.good { color: var(--ok); }
.warn { color: var(--medium); font-weight: 600; }
.tag { font-size: 12px; font-weight: 400; color: var(--muted); border: 1px solid var(--line); border-radius: 10px; padding: 0 6px; }
.note { background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px; padding: 6px 12px; margin: 6px 0; }
footer { color: var(--muted); font-size: 12px; margin-top: 40px; }
@media print { header { background: none; } .finding { break-inside: avoid; } }
`;

function text(value: Text | UText, lang: Lang): string {
  const shown = isTrustedText(value) ? lines(value, lang).map((l) => esc(l)) : lines(value, lang).map((l) => esc(l));
  return shown.join("<br>");
}

function severityBadge(severity: Severity, lang: Lang): string {
  return `<span class="sev ${severity}">${esc(inline(severityText(severity), lang, " "))}</span>`;
}

function findingBlock(f: FindingView, lang: Lang): string {
  const kind = f.waiver?.status === "active" ? "waived" : f.failing ? "failing" : "quiet";
  const accepted = f.baselined ? ` <span class="tag">${esc(inline(t("基线", "baseline"), lang))}</span>` : "";
  const rows: [Text, string][] = [
    [t("问题", "Problem"), text(f.message, lang)],
    [t("修复", "Fix"), text(f.remediation, lang)],
    [t("位置", "Location"), `<code>${esc(f.location.file)}:${f.location.line}</code>`],
  ];
  if (f.waiver) {
    const w = f.waiver;
    const state = w.status === "active" ? t("有效", "active") : t("已过期", "expired");
    const detail = [w.reason, w.owner, w.expires].filter((v) => !isEmptyUntrusted(v)).map((v) => esc(v));
    rows.push([t("豁免", "Waiver"), `${esc(inline(state, lang))}: ${detail.join(" · ")}`]);
  }
  return `<div class="finding ${kind}">
  <div class="head">${esc(f.control)} ${severityBadge(f.severity, lang)} <code>${esc(f.resource)}</code>${accepted}</div>
  <div>${text(f.title, lang)}</div>
  <dl>${rows.map(([k, v]) => `<dt>${esc(inline(k, lang))}</dt><dd>${v}</dd>`).join("")}</dl>
</div>`;
}

/** The findings under a heading per article, a finding at a time (chunks.ts). */
function* byArticle(findings: Iterable<FindingView>, lang: Lang): Generator<string> {
  let article = -1;
  let first = true;
  for (const f of findings) {
    if (f.article !== article) {
      article = f.article;
      yield `${first ? "" : "\n"}<h3>${esc(inline(t(`第${article}条`, `Article ${article}`), lang))}</h3>`;
      first = false;
    }
    yield `\n${findingBlock(f, lang)}`;
  }
}

type Hole = (pieces: () => Chunks) => string;

function waiverRow(w: WaiverView, lang: Lang): string {
  const codeOrMissing = (value: typeof w.owner, none: Text): string => (isEmptyUntrusted(value) ? `<span class="warn">${esc(inline(none, lang))}</span>` : `<code>${esc(value)}</code>`);
  const warnings = w.warnings.map((warning) => `<span class="warn">⚠ ${text(warning, lang)}</span>`).join("<br>");
  return `<tr><td><code>waivers[${w.index}]</code></td><td><code>${esc(w.control)}</code></td><td><code>${esc(w.resource)}</code></td><td>${esc(w.reason)}</td><td>${codeOrMissing(w.owner, WAIVER_LABELS.noOwner)}</td><td>${codeOrMissing(w.expires, WAIVER_LABELS.noExpiry)}</td><td>${esc(inline(waiverStatusText(w), lang))}</td><td>${warnings}</td></tr>`;
}

function waiverTable(view: ReportView, lang: Lang): string {
  const head = [t("#", "#"), t("控制项", "Control"), t("资源模式", "Pattern"), t("理由", "Reason"), t("负责人", "Owner"), t("到期", "Expires"), t("状态", "Status"), t("警告", "Warnings")];
  return `<h2>${esc(inline(t(`豁免项（${view.waivers.length}）`, `Waivers (${view.waivers.length})`), lang))}</h2>
<table>
<thead><tr>${head.map((h) => `<th>${esc(inline(h, lang))}</th>`).join("")}</tr></thead>
<tbody>
${view.waivers.map((w) => waiverRow(w, lang)).join("\n")}
</tbody>
</table>`;
}

function baselineSection(view: ReportView, lang: Lang, hole: Hole): string {
  const b = view.baseline;
  if (b === undefined) return "";
  const accepted = view.findings.filter((f) => f.baselined === true);
  const out = [`<h2>${esc(inline(t(`基线（${b.suppressed}）`, `Baseline (${b.suppressed})`), lang))}</h2>`, `<p>${text(baselineSummary(b), lang)}</p>`];
  if (b.stale.length > 0) {
    out.push(`<h3>${esc(inline(BASELINE_HEADING(b.stale.length), lang))}</h3>`, "<ul>");
    for (const e of b.stale) out.push(`<li>${text(staleEntryText(e), lang)}</li>`);
    out.push("</ul>");
  }
  if (accepted.length > 0) {
    out.push(`<details><summary>${esc(inline(t(`基线接受的违规（${accepted.length}）`, `Findings the baseline accepts (${accepted.length})`), lang))}</summary>`, hole(() => byArticle(accepted, lang)), "</details>");
  }
  return out.join("\n");
}

function matrixRow(entry: MatrixEntry, failing: ReadonlyMap<string, number>, lang: Lang): string {
  const controls = entry.controls
    .map((id) => {
      const n = failing.get(id) ?? 0;
      return n > 0 ? `<span class="ctl bad">${esc(id)} ✗${n}</span>` : `<span class="ctl good">${esc(id)} ✓</span>`;
    })
    .join("");
  const notes = [entry.review ? `${esc(inline(t("仍需人工审核", "For the reviewer"), lang))}: ${text(entry.review, lang)}` : "", entry.question ? text(entry.question, lang) : "", entry.reason ? text(entry.reason, lang) : ""]
    .filter((x) => x !== "")
    .join("<br>");
  return `<tr><td>${entry.article}</td><td>${text(entry.summary, lang)}</td><td class="status ${entry.status}">${esc(inline(STATUS_TEXT[entry.status], lang))}</td><td>${controls}${controls && notes ? "<br>" : ""}${notes}</td></tr>`;
}

/** The page, its findings a finding at a time. */
function htmlPieces(view: ReportView, toolVersion: string, lang: Lang = "both"): Chunks {
  return withHoles((hole) => page(view, toolVersion, lang, hole));
}

export const htmlChunks = renderer(htmlPieces);

export const renderHtml = renderer((view, toolVersion: string, lang: Lang = "both"): string => joined(htmlPieces(view, toolVersion, lang)));

function page(view: ReportView, toolVersion: string, lang: Lang, hole: Hole): string {
  const s = view.summary;
  const open = view.findings.filter((f) => f.waiver?.status !== "active" && !f.baselined);
  const waived = view.findings.filter((f) => f.waiver?.status === "active");
  const count = (status: MatrixEntry["status"]): number => view.articles.filter((a) => a.status === status).length;
  // Counted in one pass: a pass for each control of each article row read every finding 44 times.
  const failing = view.findings.countBy((f) => (f.failing ? f.control : undefined));
  const card = (n: number | string, label: Text): string => `<div class="card"><div class="n">${esc(String(n))}</div><div class="l">${esc(inline(label, lang))}</div></div>`;
  const htmlLang = lang === "en" ? "en" : "zh-CN";
  return `<!DOCTYPE html>
<html lang="${htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(inline(t("govguard 合规检查报告", "govguard compliance report"), lang))}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
  <h1>${esc(inline(t("互联网政务应用安全管理规定 合规检查报告", "Internet Government Applications Regulations: compliance report"), lang))}</h1>
  <div class="verdict ${s.passed ? "pass" : "fail"}">${esc(inline(s.passed ? t("通过", "PASSED") : t("未通过", "FAILED"), lang))}</div>
  <div>${text(verdictText(s, view.baseline?.suppressed), lang)}</div>
  <div class="meta">${esc(inline(t("检查日期", "Date"), lang))}: ${esc(view.today)} · govguard ${esc(toolVersion)} · ${esc(view.bundle.revision)} · sha256 ${esc(view.bundle.sha256.slice(0, 16))}… · ${esc(inline(modeLabel(view.mode), lang))}</div>
</header>
<main>
<div class="cards">
  ${SEVERITIES.map((sev) => card(s.by_severity[sev], severityText(sev))).join("\n  ")}
  ${card(s.waived, t("已豁免", "waived"))}
  ${view.baseline === undefined ? "" : card(view.baseline.suppressed, t("基线接受", "in the baseline"))}
  ${card(s.failing, t(`不通过（阈值 ${inline(severityText(s.fail_on), "zh")}）`, `failing (fail-on ${s.fail_on})`))}
  ${card(`${count("automated")} / ${count("manual")} / ${count("not_applicable")}`, t("条款：自动 / 人工 / 不适用", "articles: automated / manual / n/a"))}
</div>
${moduleParagraphs(view).map((p) => `<div class="note">${text(p, lang)}</div>`).join("\n")}
${view.notes.map((n) => `<div class="note">${text(n, lang)}</div>`).join("\n")}
<h2>${esc(inline(t(`违规（${open.length}）`, `Findings (${open.length})`), lang))}</h2>
${open.length > 0 ? hole(() => byArticle(open, lang)) : `<p>${esc(inline(t("没有违规。", "No findings."), lang))}</p>`}
${waived.length > 0 ? `<h2>${esc(inline(t(`已豁免的违规（${waived.length}）`, `Waived findings (${waived.length})`), lang))}</h2>\n${hole(() => byArticle(waived, lang))}` : ""}
${view.waivers.length > 0 ? waiverTable(view, lang) : ""}
${baselineSection(view, lang, hole)}
<h2>${esc(inline(t("合规矩阵：全部 44 条", "Compliance matrix: all 44 articles"), lang))}</h2>
<table>
<thead><tr><th>${esc(inline(t("条", "Art."), lang))}</th><th>${esc(inline(t("内容", "Subject"), lang))}</th><th>${esc(inline(t("状态", "Status"), lang))}</th><th>${esc(inline(t("控制项与本次结果、审核问题或理由", "Controls with this run's results, reviewer's question or reason"), lang))}</th></tr></thead>
<tbody>
${view.articles.map((a) => matrixRow(a, failing, lang)).join("\n")}
</tbody>
</table>
<h2>${esc(inline(t("输入", "Inputs"), lang))}</h2>
<table>
<thead><tr><th>${esc(inline(t("文件", "File"), lang))}</th><th>${esc(inline(t("类型", "Kind"), lang))}</th><th>${esc(inline(t("违规", "Findings"), lang))}</th></tr></thead>
<tbody>
${view.inputs.map((i) => `<tr><td><code>${esc(i.displayFile)}</code></td><td>${esc(i.flavour)}</td><td>${i.findings}</td></tr>`).join("\n")}
</tbody>
</table>
<footer>${esc(inline(t("由 govguard 生成；未列出的条款内容须由审核人员依据矩阵中的问题核实。", "Generated by govguard; what the matrix leaves to the reviewer must be verified against its questions."), lang))}</footer>
</main>
</body>
</html>
`;
}
