// Input in the Markdown report (pull-request and merge-request comments, rendered by GitHub's and
// GitLab's CommonMark + GFM). Input is always inline text inside a line govguard starts: it cannot
// end the line, open a block (heading, HTML block, comment, list, quote), an inline (link, image,
// autolink, raw HTML, emphasis, code span) or a table cell, nor mention or notify anyone.
import { capped, visible } from "./escape";
import { isUntrusted, revealForEscaper, Untrusted } from "./untrusted";

/** Longest input shown in one table cell or list item, in code points. */
export const MARKDOWN_CELL_MAX = 400;

const ZWSP = "\u200b";

function prepared(value: Untrusted | string): string {
  const raw = isUntrusted(value) ? revealForEscaper(value) : value;
  return capped(visible(raw), MARKDOWN_CELL_MAX);
}

/**
 * Prose: every ASCII punctuation character is backslash-escaped (CommonMark allows it for all of
 * them), which leaves no HTML, link, emphasis, code, entity or table syntax. GitHub turns "@name",
 * "www." and "scheme://" into mentions and links after parsing, whatever the escapes, so a
 * zero-width space breaks them.
 */
export function markdownText(value: Untrusted | string): string {
  return prose(prepared(value));
}

/** govguard's own prose, escaped as markdownText does but not capped: never input. */
export function markdownOwnText(text: string): string {
  return prose(visible(text));
}

function prose(text: string): string {
  return text
    .replace(/@/g, `@${ZWSP}`)
    .replace(/:(?=\/)/g, `:${ZWSP}`)
    .replace(/(www)(?=\.)/gi, `$1${ZWSP}`)
    .replace(/[!-/:-@[-`{-~]/g, "\\$&");
}

/**
 * An identifier (address, pattern, file, owner) as a code span in a table cell: nothing inside a
 * code span is markup, a mention or a link. Its fence is one backtick longer than any run of
 * backticks inside. GFM splits a row into cells before it parses code spans, and a backslash
 * before "|" inside a code span stays as it is, so text with "|" is written as prose instead.
 */
export function markdownCode(value: Untrusted | string): string {
  const text = prepared(value);
  if (text.includes("|")) return markdownText(value);
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  // CommonMark strips one space from each side when both are there; pad when the content starts or
  // ends with a backtick (it would join the fence) or with a space (it would be stripped).
  const pad = text === "" || /^[` ]|[` ]$/.test(text) ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
