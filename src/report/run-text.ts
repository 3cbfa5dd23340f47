// What every human-readable report says about how the run judged its inputs: the mode (root or
// reusable module) and the baseline (how many findings it accepted, which entries can be removed).
import { Text } from "../model";
import { t } from "./lang";
import { untrustedJoin, UText } from "./untrusted";
import { BaselineView, ReportView, RunMode, StaleEntryView } from "./view";

export function modeText(mode: RunMode): Text {
  return mode === "module"
    ? t(
        "模块模式（--module）：按被调用的可复用模块检查；全栈与提供方区域的控制项由调用它的根模块负责",
        "Module mode (--module): checked as a reusable module meant to be called; stack-wide and provider-region controls are for the calling root module",
      )
    : t("根模块模式：按可部署的根模块检查", "Root mode: checked as a deployable root module");
}

/** What a module-mode report says about its mode: the run's note naming what the calling root must
 * provide, or (a result without it) the mode's own text. */
export function moduleNote(view: ReportView): Text {
  return view.modeNote ?? modeText(view.mode);
}

/** The paragraphs a human-readable report opens with in module mode: the mode, then its note. */
export function moduleParagraphs(view: ReportView): Text[] {
  if (view.mode !== "module") return [];
  return view.modeNote === undefined ? [modeText(view.mode)] : [modeText(view.mode), view.modeNote];
}

/** "mode: module" in a line of run details. */
export function modeLabel(mode: RunMode): Text {
  return mode === "module" ? t("模式：模块（--module）", "mode: module (--module)") : t("模式：根模块", "mode: root");
}

export function baselineSummary(b: BaselineView): UText {
  const stale = b.stale.length;
  return {
    zh: untrustedJoin`基线 ${b.file}：已接受 ${b.suppressed} 项原有违规（不计为不通过）${stale > 0 ? `；${stale} 个条目不再匹配任何违规，可以删除` : "；所有条目均仍匹配"}`,
    en: untrustedJoin`Baseline ${b.file}: ${b.suppressed} existing finding(s) accepted (not failing)${stale > 0 ? `; ${stale} entr${stale === 1 ? "y matches" : "ies match"} no finding and can be removed` : "; every entry still matches"}`,
  };
}

export const BASELINE_HEADING = (n: number): Text => t(`可从基线删除的条目（${n}）`, `Baseline entries that can be removed (${n})`);

/** "A21.2 alicloud_x.y (attribute) in input: message", one stale entry on one line. */
export function staleEntryText(e: StaleEntryView): UText {
  const attribute = e.attribute === undefined ? "" : untrustedJoin` (${e.attribute})`;
  const input = e.input === undefined ? "" : untrustedJoin` [${e.input}]`;
  return {
    zh: untrustedJoin`${e.control} ${e.resource}${attribute}${input}：${e.message.zh}`,
    en: untrustedJoin`${e.control} ${e.resource}${attribute}${input}: ${e.message.en}`,
  };
}
