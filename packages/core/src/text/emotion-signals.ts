// Emoji and emoticons as sentiment signals: taken out of the text and returned as EMO_POS / EMO_NEG
// tokens, because their polarity is clearer than most words ("😡", ":((" , "=))", "👍").

export type EmotionSignal = "EMO_POS" | "EMO_NEG";

const POSITIVE_EMOJI =
  "😀😁😂🤣😃😄😅😆😉😊😋😍😘🥰😗😙😚🙂🤗🤩😎😻👍👌👏🙌💪🙏❤♥💕💖💗💘💝💞💓💙💚💛💜🧡🤍🖤💯🎉🥳✨🌟⭐🆗✅🫶🤤😇🥹🌹🎁";
const NEGATIVE_EMOJI = "😞😟😠😡🤬😢😭😤😩😫😒😔😕🙁☹😣😖😰😱👎💔🤮🤢😓😪🙄😾😿❌💩😑😐";

const EMOJI_SIGNAL = new Map<string, EmotionSignal>([
  ...[...POSITIVE_EMOJI].map((emoji) => [emoji, "EMO_POS"] as const),
  ...[...NEGATIVE_EMOJI].map((emoji) => [emoji, "EMO_NEG"] as const),
]);

// Emoticons: eyes first (":)", ":((" , "=))", ":D", ":v"), which may touch the word before ("hài
// lòng:((") but not a digit, "/" or ":" (times "10:30", URLs "http://"); or symmetric ("^^", "T_T",
// "-_-"), which must stand apart from letters. Each alternative is a fixed prefix then one repeated
// character, so matching is linear.
const EYES = String.raw`(?<![\p{N}/:=;])`;
const APART = String.raw`(?<![\p{L}\p{N}])`;
const POSITIVE_EMOTICON = String.raw`${EYES}(?:[:=;]-?\)+|[:=]-?[dDpP](?![\p{L}\p{N}])|:3(?!\p{N})|:v(?!\p{L}))|${APART}(?:\^[_.]?\^|[xX][dD](?!\p{L})|<3+)`;
const NEGATIVE_EMOTICON = String.raw`${EYES}(?:[:=]'?-?\(+|:-?[|@]|:-?[sS](?!\p{L}))|${APART}(?:>:-?\(+|[tT]_+[tT]|-_+-|<\/3)`;

/** Emoji (with their modifiers and joiners) or emoticons; group 1 = positive emoticon, 2 = negative. */
const EMOTION = new RegExp(
  `(${POSITIVE_EMOTICON})|(${NEGATIVE_EMOTICON})|(\\p{Extended_Pictographic}(?:\\uFE0F|\\p{EMod}|\\u200D\\p{Extended_Pictographic})*)`,
  "gu",
);

/** The text with emoji and emoticons replaced by a space, and their signals in order of appearance. */
export function extractEmotionSignals(text: string): { text: string; signals: EmotionSignal[] } {
  const signals: EmotionSignal[] = [];
  const rest = text.replace(EMOTION, (_match, positive?: string, negative?: string, emoji?: string) => {
    if (positive) signals.push("EMO_POS");
    else if (negative) signals.push("EMO_NEG");
    else if (emoji) {
      // The first pictograph decides: "👍🏻" is 👍 with a skin tone, "❤️‍🔥" starts with ❤.
      const signal = EMOJI_SIGNAL.get(String.fromCodePoint(emoji.codePointAt(0) as number));
      if (signal) signals.push(signal);
    }
    return " ";
  });
  return { text: rest, signals };
}
