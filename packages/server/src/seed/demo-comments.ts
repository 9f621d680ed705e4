// Open-text comments for the demo, composed from fragments written for it (never taken from a research data
// set): Vietnamese with diacritics, without them, in teen code, and English, by topic and tone, so the text
// analytics and the drivers have something true to find.
import { pick, type Random } from "./demo-random.ts";

/** What a comment is about: the survey's touchpoints, the failed app release, and card paperwork. */
export type CommentTopic =
  | "wait_time"
  | "staff_attitude"
  | "mobile_app"
  | "app_release"
  | "service_fees"
  | "complaint_handling"
  | "paperwork";
export type Tone = "negative" | "positive";

interface Fragments {
  vi: readonly string[];
  /** How people type on a phone: "ko đc", "app lag quá"; some without diacritics already. */
  teen?: readonly string[];
  en: readonly string[];
}

const NEGATIVE: Record<CommentTopic, Fragments> = {
  wait_time: {
    vi: [
      "Phải chờ gần một tiếng mới tới lượt ở quầy",
      "Quầy giao dịch đông mà chỉ mở hai cửa",
      "Lấy số thứ tự xong ngồi chờ mãi không thấy gọi",
      "Giờ nghỉ trưa quầy đóng bớt, khách phải đợi rất lâu",
    ],
    teen: ["chờ ở quầy lâu quá trời", "xếp hàng mệt xỉu luôn", "đợi cả tiếng ko tới lượt"],
    en: [
      "I waited almost an hour at the counter",
      "Only two counters were open at lunchtime",
      "The queue at the branch is far too long",
    ],
  },
  staff_attitude: {
    vi: [
      "Nhân viên trả lời cộc lốc, không nhiệt tình",
      "Giao dịch viên không giải thích rõ các khoản phí",
      "Hỏi mấy lần nhân viên mới trả lời",
    ],
    teen: ["nv ko nhiệt tình gì hết", "hỏi nv mà nv làm lơ"],
    en: ["The teller was curt and explained nothing", "Staff seemed uninterested in helping me"],
  },
  mobile_app: {
    vi: [
      "Ứng dụng hơi chậm khi chuyển khoản liên ngân hàng",
      "Giao diện ứng dụng khó tìm chức năng",
      "Chuyển khoản giờ cao điểm thỉnh thoảng bị treo",
    ],
    teen: ["app hơi lag", "app khó xài"],
    en: ["The app is slow for interbank transfers", "It is hard to find things in the app menu"],
  },
  app_release: {
    vi: [
      "Từ khi cập nhật bản 5.0, đăng nhập ứng dụng liên tục báo lỗi",
      "Không nhận được mã OTP, phải thử lại ba bốn lần",
      "Mã OTP về chậm, hết hạn trước khi kịp nhập",
      "Cập nhật xong ứng dụng cứ bị văng ra ngoài",
      "Đăng nhập bằng vân tay không còn dùng được sau bản cập nhật",
      "Chuyển khoản đến bước xác thực OTP thì báo lỗi hệ thống",
    ],
    teen: [
      "app lag quá",
      "đăng nhập ko đc",
      "otp ko về, bực ghê",
      "update xong app toàn văng",
      "ko đc luôn, gọi tổng đài cũng ko ai nghe",
      "login ko dc tu hom qua",
      "app loi hoai, otp ve cham",
    ],
    en: [
      "Since the latest update I cannot log in to the app",
      "The OTP never arrives, or arrives after it has expired",
      "The new app version keeps crashing",
      "Fingerprint login stopped working after the update",
    ],
  },
  service_fees: {
    vi: [
      "Phí quản lý tài khoản cao hơn ngân hàng khác",
      "Phí chuyển khoản liên ngân hàng đắt",
      "Bị trừ phí SMS mà không được báo trước",
      "Phí thường niên thẻ tín dụng quá cao",
    ],
    teen: ["phí gì mà nhiều thế", "trừ phí hoài"],
    en: ["Account fees are higher than at other banks", "I was charged SMS fees without being told"],
  },
  complaint_handling: {
    vi: [
      "Khiếu nại giao dịch lỗi hai tuần vẫn chưa được giải quyết",
      "Gọi tổng đài chờ máy rất lâu",
      "Mỗi lần gọi lại phải kể lại từ đầu",
      "Báo sự cố thẻ mà không ai gọi lại",
    ],
    teen: ["gọi tổng đài hoài ko ai bắt máy", "khiếu nại xong im luôn"],
    en: [
      "My complaint about a failed transfer is still open after two weeks",
      "Nobody called me back about my card problem",
      "Hold times at the call centre are very long",
    ],
  },
  paperwork: {
    vi: [
      "Mở thẻ online mà vẫn phải ra quầy ký giấy",
      "Hồ sơ mở thẻ yêu cầu quá nhiều giấy tờ",
      "Chờ duyệt thẻ tín dụng hơn hai tuần",
    ],
    teen: ["thủ tục rườm rà quá"],
    en: [
      "Applying for a card online still meant a trip to the branch",
      "Too much paperwork for a credit card",
    ],
  },
};

/** Praise; the failed release has none, so praise of the app uses mobile_app. */
const POSITIVE: Record<Exclude<CommentTopic, "app_release">, Fragments> = {
  wait_time: {
    vi: ["Đến quầy là được phục vụ ngay", "Không phải chờ lâu, thủ tục nhanh gọn"],
    en: ["Hardly any wait at the branch", "I was served within five minutes"],
  },
  staff_attitude: {
    vi: [
      "Nhân viên rất nhiệt tình, chu đáo",
      "Chị giao dịch viên giải thích rất dễ hiểu",
      "Các bạn nhân viên lúc nào cũng vui vẻ",
    ],
    en: ["Staff were friendly and patient", "My relationship manager explained everything clearly"],
  },
  mobile_app: {
    vi: [
      "Ứng dụng dễ dùng, chuyển tiền rất nhanh",
      "Quét QR thanh toán tiện lắm",
      "Ứng dụng đẹp, chạy ổn định",
    ],
    teen: ["app xịn, ck nhanh", "app ok lắm"],
    en: ["The app is quick and easy to use", "Paying by QR code in the app is great"],
  },
  service_fees: {
    vi: ["Miễn phí chuyển khoản nên rất thích", "Phí hợp lý"],
    en: ["Free transfers, which I love", "The fees are fair"],
  },
  complaint_handling: {
    vi: ["Tổng đài xử lý sự cố thẻ rất nhanh", "Khiếu nại được giải quyết ngay trong ngày"],
    en: ["The call centre sorted out my card problem quickly", "My complaint was resolved the same day"],
  },
  paperwork: {
    vi: ["Mở thẻ online nhanh, hai ngày đã nhận thẻ", "Định danh eKYC rất tiện"],
    en: ["I opened my card online and had it two days later"],
  },
};

const OPENERS = {
  vi: { negative: ["", "", "Góp ý:", "Thật sự là", "Mình thấy"], positive: ["", "", "Nói chung là"] },
  en: { negative: ["", "", "Honestly,"], positive: ["", ""] },
} as const;
const CLOSERS = {
  vi: {
    negative: [
      "",
      "Mong ngân hàng sớm khắc phục.",
      "Rất thất vọng.",
      "Đề nghị xem lại.",
      "Mong được cải thiện.",
    ],
    positive: ["", "Cảm ơn ngân hàng!", "Sẽ giới thiệu cho bạn bè.", "Tiếp tục phát huy nhé."],
  },
  en: {
    negative: ["", "Please fix this.", "Very disappointing.", "I am thinking of switching banks."],
    positive: ["", "Thanks!", "Keep it up.", "I would recommend you to friends."],
  },
} as const;
const TEEN_CLOSERS = ["", "", "huhu", "mệt ghê", "chán thật sự"] as const;

/** Text as typed without a Vietnamese keyboard: tone marks and vowel marks dropped, đ written d. */
export function withoutDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

/** Lower-cases a sentence's first letter after an opener, leaving acronyms (OTP, QR) alone. */
const continueSentence = (text: string) =>
  /^\p{Lu}\p{Ll}/u.test(text) ? (text[0] as string).toLowerCase() + text.slice(1) : text;

function sentence(opener: string, core: string, closer: string): string {
  const body = opener ? `${opener} ${continueSentence(core)}` : core;
  return closer ? `${body}. ${closer}` : `${body}.`;
}

/**
 * One comment on `topic`. Vietnamese respondents write with diacritics three times in five, without them
 * one time in four, and in teen code otherwise (when the topic has some).
 */
export function composeComment(
  random: Random,
  topic: CommentTopic,
  tone: Tone,
  language: "vi" | "en",
): string {
  const fragments =
    tone === "negative" ? NEGATIVE[topic] : POSITIVE[topic === "app_release" ? "mobile_app" : topic];
  if (language === "en") {
    return sentence(
      pick(random, OPENERS.en[tone]),
      pick(random, fragments.en),
      pick(random, CLOSERS.en[tone]),
    );
  }
  const register = random();
  if (register >= 0.85 && fragments.teen) {
    const closer = tone === "negative" ? pick(random, TEEN_CLOSERS) : "";
    return closer ? `${pick(random, fragments.teen)}, ${closer}` : pick(random, fragments.teen);
  }
  const text = sentence(
    pick(random, OPENERS.vi[tone]),
    pick(random, fragments.vi),
    pick(random, CLOSERS.vi[tone]),
  );
  return register >= 0.6 ? withoutDiacritics(text) : text;
}
