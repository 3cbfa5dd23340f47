// The terminal report: findings grouped by article, each with its control, resource, problem and
// fix, waived findings after them, the waivers, then notes and a one-line verdict. Coloured on a
// terminal. Every line starts with govguard's own mark or label; input goes through plainText.
import { Severity, Text } from "../model";
import { joined } from "./chunks";
import { plainText } from "./escape-text";
import { BASELINE_HEADING, baselineSummary, moduleParagraphs, staleEntryText } from "./run-text";
import { inline, Lang, lines, t } from "./lang";
import { isEmptyUntrusted, untrustedJoin, Untrusted, UText } from "./untrusted";
import { FindingView, renderer, ReportView, WaiverView } from "./view";

export const SEVERITY_ZH: Record<Severity, string> = { critical: "严重", high: "高", medium: "中", low: "低" };

export function severityText(severity: Severity): Text {
  return { zh: SEVERITY_ZH[severity], en: severity };
}

export interface TextOptions {
  lang?: Lang;
  /** ANSI colours; the CLI decides (a terminal without NO_COLOR). */
  color?: boolean;
}

type Paint = (code: string, s: string) => string;

const COLOURS: Record<Severity, string> = { critical: "1;31", high: "31", medium: "33", low: "36" };

/** "    问题：…" and "    Problem: …", one line per language. */
function labelled(lang: Lang, label: Text, text: UText, paint: Paint): string[] {
  const label_ = (l: "zh" | "en"): string => paint("2", l === "zh" ? `${label.zh}：` : `${label.en}: `);
  if (lang === "both") return [`    ${label_("zh")}${plainText(text.zh)}`, `    ${label_("en")}${plainText(text.en)}`];
  return [`    ${label_(lang)}${plainText(text[lang])}`];
}

/** "    理由 Reason: …": one value under a label in the chosen languages. */
function field(lang: Lang, label: Text, value: Untrusted | string, paint: Paint): string {
  const name = lang === "zh" ? `${label.zh}：` : lang === "en" ? `${label.en}: ` : `${label.zh} ${label.en}: `;
  return `    ${paint("2", name)}${plainText(value)}`;
}

function waiverStatus(f: FindingView): UText | undefined {
  const w = f.waiver;
  if (!w) return undefined;
  const owner = isEmptyUntrusted(w.owner) ? undefined : w.owner;
  const dated = !isEmptyUntrusted(w.expires);
  if (w.status === "active") {
    return {
      zh: untrustedJoin`已豁免（${owner ?? "未注明负责人"}${dated ? untrustedJoin`，至 ${w.expires}` : ""}）：${w.reason}`,
      en: untrustedJoin`waived (${owner ?? "no owner given"}${dated ? untrustedJoin`, until ${w.expires}` : ""}): ${w.reason}`,
    };
  }
  const when = dated ? w.expires : undefined;
  return {
    zh: untrustedJoin`豁免已过期（${when ?? "日期无法核实"}）：${w.reason}`,
    en: untrustedJoin`waiver expired (${when ?? "date cannot be verified"}): ${w.reason}`,
  };
}

function findingLines(f: FindingView, lang: Lang, paint: Paint): string[] {
  const mark = f.failing ? paint("31", "✗") : paint("33", "~");
  const severity = paint(COLOURS[f.severity], `[${inline(severityText(f.severity), lang, " ")}]`);
  // Where the resource is written, relative to the working directory (paths.ts).
  const where = `${plainText(f.location.file)}:${f.location.line}`;
  const out = [`  ${mark} ${paint("1", f.control)} ${severity} ${plainText(f.resource)}  ${paint("2", `(${where})`)}`];
  for (const line of lines(f.title, lang)) out.push(`    ${line}`);
  out.push(...labelled(lang, t("问题", "Problem"), f.message, paint));
  out.push(...labelled(lang, t("修复", "Fix"), f.remediation, paint));
  const waiver = waiverStatus(f);
  if (waiver) out.push(...labelled(lang, t("豁免", "Waiver"), waiver, paint));
  return out;
}

/** The findings' lines under a heading per article, a finding at a time. */
function* grouped(findings: Iterable<FindingView>, lang: Lang, paint: Paint): Generator<string> {
  let article = -1;
  for (const f of findings) {
    if (f.article !== article) {
      article = f.article;
      yield "";
      yield paint("1", inline(t(`第${article}条`, `Article ${article}`), lang));
    }
    yield* findingLines(f, lang, paint);
  }
}

export function waiverStatusText(w: Pick<WaiverView, "status" | "findings">): Text {
  if (w.status === "active") return t(`有效，覆盖 ${w.findings} 项违规`, `active, covers ${w.findings} finding(s)`);
  if (w.status === "expired") return t(`已过期，其 ${w.findings} 项违规重新计入`, `expired, its ${w.findings} finding(s) count again`);
  return t("未匹配任何违规", "matches no finding");
}

export const WAIVER_LABELS = {
  reason: t("理由", "Reason"),
  owner: t("负责人", "Owner"),
  expires: t("到期", "Expires"),
  noOwner: t("未注明", "none given"),
  noExpiry: t("不到期", "never"),
};

function waiverLines(w: WaiverView, lang: Lang, paint: Paint): string[] {
  const mark = w.warnings.length > 0 ? paint("33", "⚑") : "⚑";
  const out = [`  ${mark} waivers[${w.index}] ${plainText(w.control)} ${plainText(w.resource)}  ${inline(waiverStatusText(w), lang)}`];
  out.push(field(lang, WAIVER_LABELS.reason, w.reason, paint));
  out.push(field(lang, WAIVER_LABELS.owner, isEmptyUntrusted(w.owner) ? inline(WAIVER_LABELS.noOwner, lang) : w.owner, paint));
  out.push(field(lang, WAIVER_LABELS.expires, isEmptyUntrusted(w.expires) ? inline(WAIVER_LABELS.noExpiry, lang) : w.expires, paint));
  for (const warning of w.warnings) out.push(...lines(warning, lang).map((l) => `    ${paint("33", `! ${plainText(l)}`)}`));
  return out;
}

/** The one-line verdict; `baselined` is how many findings a baseline accepted, when there was one. */
export function verdictText(s: ReportView["summary"], baselined?: number): Text {
  const counts = (Object.keys(s.by_severity) as Severity[]).filter((k) => s.by_severity[k] > 0);
  const zhCounts = counts.map((k) => `${SEVERITY_ZH[k]} ${s.by_severity[k]}`).join("，");
  const enCounts = counts.map((k) => `${k} ${s.by_severity[k]}`).join(", ");
  const waived = {
    zh: `${s.waived > 0 ? `，已豁免 ${s.waived} 项` : ""}${baselined !== undefined && baselined > 0 ? `，基线接受 ${baselined} 项` : ""}`,
    en: `${s.waived > 0 ? `, ${s.waived} waived` : ""}${baselined !== undefined && baselined > 0 ? `, ${baselined} in the baseline` : ""}`,
  };
  if (s.findings === 0) {
    return t(`结果：通过，${s.inputs} 个输入，无违规`, `Result: PASSED, ${s.inputs} input(s), no findings`);
  }
  const verdict = s.passed ? t("通过", "PASSED") : t("未通过", "FAILED");
  return t(
    `结果：${verdict.zh}，${s.inputs} 个输入，${s.findings} 项违规（${zhCounts}）${waived.zh}，${s.failing} 项不通过（阈值 ${SEVERITY_ZH[s.fail_on]}）`,
    `Result: ${verdict.en}, ${s.inputs} input(s), ${s.findings} finding(s) (${enCounts})${waived.en}, ${s.failing} failing (fail-on ${s.fail_on})`,
  );
}

/** The report's lines, the findings' a finding at a time (chunks.ts). */
function* textLines(view: ReportView, options: TextOptions): Generator<string> {
  const lang = options.lang ?? "both";
  const paint: Paint = options.color ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_code, s) => s;
  for (const input of view.inputs) {
    for (const note of input.notes) for (const l of lines(note, lang)) yield paint("33", `! ${plainText(input.file)}: ${plainText(l)}`);
  }
  // Findings the baseline accepted are counted, not listed: the JSON and SARIF reports list them.
  const open = view.findings.filter((f) => f.waiver?.status !== "active" && !f.baselined);
  const waived = view.findings.filter((f) => f.waiver?.status === "active");
  yield* grouped(open, lang, paint);
  if (waived.length > 0) {
    yield "";
    yield paint("1", inline(t(`已豁免的违规（${waived.length}）`, `Waived findings (${waived.length})`), lang));
    for (const line of grouped(waived, lang, paint)) if (line !== "") yield line;
  }
  if (view.waivers.length > 0) {
    yield "";
    yield paint("1", inline(t(`豁免项（${view.waivers.length}）`, `Waivers (${view.waivers.length})`), lang));
    for (const w of view.waivers) yield* waiverLines(w, lang, paint);
  }
  if (view.baseline !== undefined) {
    const b = view.baseline;
    yield "";
    for (const l of lines(baselineSummary(b), lang)) yield paint("1", `≡ ${plainText(l)}`);
    if (b.stale.length > 0) {
      yield paint("1", inline(BASELINE_HEADING(b.stale.length), lang));
      for (const e of b.stale) for (const l of lines(staleEntryText(e), lang)) yield `  − ${plainText(l)}`;
    }
  }
  if (view.notes.length > 0 || view.mode === "module") yield "";
  for (const paragraph of moduleParagraphs(view)) for (const l of lines(paragraph, lang)) yield paint("36", `◆ ${l}`);
  for (const note of view.notes) for (const l of lines(note, lang)) yield paint("33", `! ${plainText(l)}`);
  const verdict = lines(verdictText(view.summary, view.baseline?.suppressed), lang);
  yield "";
  for (const l of verdict) yield paint(view.summary.passed ? "1;32" : "1;31", l);
}

/** The lines joined, leading blank lines left out, ending with a newline. */
function* textPieces(view: ReportView, options: TextOptions = {}): Generator<string> {
  let first = true;
  let started = false;
  for (const line of textLines(view, options)) {
    let piece = first ? line : `\n${line}`;
    first = false;
    if (!started) {
      piece = piece.replace(/^\n+/, "");
      if (piece === "") continue;
      started = true;
    }
    yield piece;
  }
  yield "\n";
}

export const textChunks = renderer(textPieces);

export const renderText = renderer((view, options: TextOptions = {}): string => joined(textPieces(view, options)));
