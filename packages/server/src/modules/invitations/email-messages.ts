// The invitation module's own words (email chrome and the /i pages) in Vietnamese and English; survey
// languages other than these get the English chrome, as on the hosted page.

const vi = {
  greeting: "Xin chào,",
  greetingNamed: "Xin chào {name},",
  defaultMessage: "Chúng tôi rất mong nhận được ý kiến của bạn. Khảo sát chỉ mất vài phút.",
  reminderSubject: "Nhắc lại: {subject}",
  reminderIntro: "Chúng tôi vẫn đang chờ ý kiến của bạn — khảo sát chỉ mất vài phút.",
  start: "Bắt đầu khảo sát",
  pickScore: "Bấm vào một điểm để trả lời:",
  footer: "Bạn nhận được email này vì bạn là khách hàng của chúng tôi.",
  unsubscribe: "Hủy nhận email khảo sát",
  unsubscribeTitle: "Hủy nhận email khảo sát?",
  unsubscribeBody: "Chúng tôi sẽ không gửi email khảo sát đến {email} nữa.",
  unsubscribeButton: "Hủy nhận email",
  unsubscribedTitle: "Bạn đã hủy nhận email khảo sát",
  unsubscribedBody: "Chúng tôi sẽ không gửi email khảo sát đến {email} nữa. Cảm ơn bạn.",
  notFoundTitle: "Không tìm thấy lời mời",
  notFoundBody: "Đường dẫn có thể bị sai hoặc không còn hiệu lực.",
};

export type EmailMessages = typeof vi;

const en: EmailMessages = {
  greeting: "Hello,",
  greetingNamed: "Hello {name},",
  defaultMessage: "We would love to hear what you think. The survey takes only a few minutes.",
  reminderSubject: "Reminder: {subject}",
  reminderIntro: "We are still keen to hear from you — the survey takes only a few minutes.",
  start: "Start the survey",
  pickScore: "Click a score to answer:",
  footer: "You received this email because you are one of our customers.",
  unsubscribe: "Unsubscribe from survey emails",
  unsubscribeTitle: "Unsubscribe from survey emails?",
  unsubscribeBody: "We will stop sending survey emails to {email}.",
  unsubscribeButton: "Unsubscribe",
  unsubscribedTitle: "You are unsubscribed",
  unsubscribedBody: "We will not send survey emails to {email} again. Thank you.",
  notFoundTitle: "Invitation not found",
  notFoundBody: "The link may be mistyped or no longer valid.",
};

export function emailMessagesFor(language: string): EmailMessages {
  return language.toLowerCase().split("-")[0] === "vi" ? vi : en;
}

/** A message with `{name}` filled in. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? (values[name] ?? whole) : whole,
  );
}
