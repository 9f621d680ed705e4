// The widget's own words (buttons, hints, errors) in Vietnamese and English; survey text comes from the
// survey's definition. Surveys in other languages get the English words.

const vi = {
  next: "Tiếp",
  submit: "Gửi",
  close: "Đóng",
  thanks: "Cảm ơn bạn!",
  required: "bắt buộc",
  other: "Khác",
  otherPlaceholder: "Vui lòng ghi rõ",
  choose: "Chọn…",
  yes: "Có",
  no: "Không",
  goalIntent: "Bạn đến để làm gì?",
  goalAchieved: "Bạn đã làm được việc mình cần chưa?",
  npsLow: "Hoàn toàn không",
  npsHigh: "Chắc chắn có",
  csatLow: "Rất không hài lòng",
  csatHigh: "Rất hài lòng",
  cesLow: "Hoàn toàn không đồng ý",
  cesHigh: "Hoàn toàn đồng ý",
  stars: "{n} sao",
  rank: "Thứ hạng",
  errorRequired: "Vui lòng trả lời câu hỏi này.",
  errorOther: "Vui lòng ghi rõ câu trả lời “Khác”.",
  errorCount: "Chọn từ {min} đến {max} mục.",
  errorText: "Tối đa {max} ký tự.",
  errorNumber: "Nhập một số hợp lệ.",
  errorDate: "Nhập một ngày hợp lệ.",
  errorEmail: "Nhập một địa chỉ email hợp lệ, ví dụ ten@example.com.",
  errorPhone: "Nhập số điện thoại gồm 6 đến 20 chữ số.",
  errorConsent: "Bạn cần đồng ý để tiếp tục.",
  errorGoal: "Cho biết bạn đã làm được việc mình cần hay chưa.",
  errorRanking: "Đánh số mỗi lựa chọn đúng một lần, từ 1 đến {n}.",
  errorMatrix: "Chọn một cột cho mỗi hàng.",
  offline: "Bạn đang ngoại tuyến; câu trả lời sẽ được gửi khi có mạng.",
};

export type Messages = typeof vi;

const en: Messages = {
  next: "Next",
  submit: "Submit",
  close: "Close",
  thanks: "Thank you!",
  required: "required",
  other: "Other",
  otherPlaceholder: "Please specify",
  choose: "Choose…",
  yes: "Yes",
  no: "No",
  goalIntent: "What did you come to do?",
  goalAchieved: "Did you get done what you came to do?",
  npsLow: "Not at all likely",
  npsHigh: "Extremely likely",
  csatLow: "Very dissatisfied",
  csatHigh: "Very satisfied",
  cesLow: "Strongly disagree",
  cesHigh: "Strongly agree",
  stars: "{n} stars",
  rank: "Rank",
  errorRequired: "Please answer this question.",
  errorOther: "Please specify your “Other” answer.",
  errorCount: "Choose from {min} to {max} options.",
  errorText: "At most {max} characters.",
  errorNumber: "Enter a valid number.",
  errorDate: "Enter a valid date.",
  errorEmail: "Enter a valid email address, like name@example.com.",
  errorPhone: "Enter a phone number of 6 to 20 digits.",
  errorConsent: "You need to agree to continue.",
  errorGoal: "Tell us whether you got it done.",
  errorRanking: "Give each option a different number from 1 to {n}.",
  errorMatrix: "Choose one column in each row.",
  offline: "You are offline; your answers will be sent when you are back online.",
};

/** Vietnamese for "vi" and its variants, English for everything else. */
export function messagesFor(language: string): Messages {
  return language.toLowerCase().split("-")[0] === "vi" ? vi : en;
}

/** Fills {name} placeholders of a message. */
export function format(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
