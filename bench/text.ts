// Text pipeline throughput with sentiment: texts/s on one core for normalizeVietnamese, detectLanguage
// and scoreSentiment over a realistic mix of feedback (accented and unaccented Vietnamese, teen code,
// emoji, English, mixed), each alone and all three together, against foldForSearch as the baseline.
// Run: npm run bench -- text (BENCH_OPERATIONS texts per figure, 100,000 by default).
import { foldForSearch } from "../packages/core/src/customers/identity-values.ts";
import { analyzeText } from "../packages/core/src/text/analyze.ts";
import { detectLanguage } from "../packages/core/src/text/language.ts";
import { normalizeVietnamese } from "../packages/core/src/text/normalize.ts";
import { scoreSentiment } from "../packages/core/src/text/sentiment.ts";
import { round } from "./measure.ts";

const OPERATIONS = Number(process.env.BENCH_OPERATIONS ?? 100_000);

const OPENINGS = [
  "Nhân viên tư vấn rất nhiệt tình, giao hàng nhanh",
  "nhan vien tu van nhiet tinh, giao hang nhanh",
  "Sp dùng ok lắm nha mn, đóng gói cẩn thận 👍👍",
  "ko hài lòng, chờ lâu quáaaa mà ko ai trả lời :((",
  "Phòng sạch sẽ, view đẹp nhưng wifi hơi yếu",
  "The staff were friendly and the checkout was quick",
  "Waited 40 minutes on hold and nobody answered my question 😡",
  "Giao hàng nhanh, good job shop ơi =))",
  "chat luong san pham binh thuong, gia hoi cao",
  "Thủ tục mở tài khoản rườm rà, phải lên chi nhánh 2 lần",
];
const ENDINGS = ["", " Cảm ơn shop!", " Sẽ ủng hộ tiếp.", " Would recommend.", " lần sau ko mua nữa", " ❤️"];
/** 60 distinct feedback texts of 10–25 words, as in surveys. */
const TEXTS = OPENINGS.flatMap((opening) => ENDINGS.map((ending) => opening + ending));

function throughput(name: string, operation: (text: string) => unknown) {
  for (let i = 0; i < 5_000; i++) operation(TEXTS[i % TEXTS.length] as string);
  const start = process.hrtime.bigint();
  for (let i = 0; i < OPERATIONS; i++) operation(TEXTS[i % TEXTS.length] as string);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return {
    name,
    operations: OPERATIONS,
    seconds: round(seconds),
    perSecond: Math.round(OPERATIONS / seconds),
  };
}

const loadStart = process.hrtime.bigint();
scoreSentiment("warm up", "en");
scoreSentiment("khởi động", "vi");
const modelLoadMs = round(Number(process.hrtime.bigint() - loadStart) / 1e6);

const baseline = throughput("foldForSearch (baseline)", foldForSearch);
const figures = [
  throughput("normalizeVietnamese", normalizeVietnamese),
  throughput("detectLanguage", detectLanguage),
  throughput("detectLanguage + scoreSentiment", (text) =>
    scoreSentiment(text, detectLanguage(text).language),
  ),
  throughput("normalize + language + sentiment", (text) => {
    const { language } = detectLanguage(text);
    return [normalizeVietnamese(text), scoreSentiment(text, language)];
  }),
  // What `text analyze`, the API and enrichment run: language, sentiment, topics with each aspect's
  // sentiment, and keywords.
  throughput("analyzeText (whole pipeline)", (text) => analyzeText(text)),
];
console.log(
  JSON.stringify({
    bench: "text",
    node: process.version,
    modelLoadMs,
    baseline,
    figures: figures.map((figure) => ({
      ...figure,
      vsBaseline: round(figure.perSecond / baseline.perSecond),
    })),
  }),
);
