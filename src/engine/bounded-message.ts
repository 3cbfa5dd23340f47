// A finding's message as every report carries it: the policy quotes input values (a region, a
// name), and a plan's strings have no length cap, so one value could otherwise be copied whole into
// every report of every format.
import { Text } from "../model";

/** The most characters (UTF-16 code units) of a message kept in each language. */
export const MESSAGE_MAX = 4000;

/** The message with each language cut to MESSAGE_MAX, saying how many characters were cut; never
 * inside a surrogate pair. A message within the bound is returned as it is. */
export function boundedMessage(message: Text): Text {
  if (message.en.length <= MESSAGE_MAX && message.zh.length <= MESSAGE_MAX) return message;
  return {
    zh: cut(message.zh, (n) => `…（另有 ${n} 个字符）`),
    en: cut(message.en, (n) => `… (${n} more characters)`),
  };
}

function cut(text: string, rest: (n: number) => string): string {
  if (text.length <= MESSAGE_MAX) return text;
  const code = text.charCodeAt(MESSAGE_MAX - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? MESSAGE_MAX - 1 : MESSAGE_MAX;
  return `${text.slice(0, end)}${rest(text.length - end)}`;
}
