// Vietnamese strings of merging customers and of the privacy actions on a profile; the shape is the English one.
import type { mergeEn, privacyEn } from "./merge-en.ts";

export const mergeVi: typeof mergeEn = {
  mergeWith: "Gộp với…",
  modalTitle: "Gộp với một khách hàng khác",
  searchLabel: "Tìm hồ sơ khác của cùng người này",
  searchPlaceholder: "Tên, email, số điện thoại hoặc mã",
  noMatch: "Không có khách hàng nào khác khớp với “{{q}}”.",
  choose: "Chọn",
  keeps: "Được giữ lại",
  goesInto: "Gộp vào hồ sơ được giữ",
  swap: "Đổi: giữ hồ sơ kia",
  explain:
    "Mọi thứ của {{merged}} chuyển sang {{survivor}}: thông tin nhận diện, tương tác, câu trả lời khảo sát và lịch sử. Chỗ còn trống của {{survivor}} được điền từ {{merged}}, nhãn được gộp chung, và ở mỗi kênh, sự đồng ý mới hơn được giữ. Bạn có thể hoàn tác sau đó.",
  back: "Quay lại",
  confirm: "Gộp hai hồ sơ",
  done: "Đã gộp {{merged}} vào {{survivor}}.",
  result: {
    title: "Đã gộp",
    body: "{{merged}} giờ là một phần của hồ sơ này. Lịch sử của hồ sơ đó hiện trên dòng thời gian; địa chỉ cũ của nó dẫn về đây.",
    undo: "Hoàn tác lần gộp này",
  },
  list: {
    title: "Các lần gộp",
    intro:
      "Các lần gộp mà hồ sơ này tham gia, mới nhất ở trên. Lần gộp gần nhất của một hồ sơ có thể được hoàn tác.",
    empty: "Hồ sơ này chưa từng được gộp với hồ sơ nào.",
    into: "{{merged}} đã gộp vào {{survivor}}",
    moved: "Đã chuyển: {{counts}}",
    filled: "Được điền từ hồ sơ đã gộp: {{fields}}",
    by: "{{actor}} · {{time}}",
    undone: "Đã hoàn tác {{time}}",
    notUndoable: "Cần hoàn tác lần gộp sau trước.",
    undo: "Hoàn tác",
    undoTitle: "Hoàn tác lần gộp này?",
    undoBody:
      "{{merged}} sẽ lại là một hồ sơ riêng, cùng những gì lần gộp đã chuyển đi. Những gì hai hồ sơ nhận được sau lần gộp vẫn giữ nguyên chỗ.",
    undoConfirm: "Hoàn tác",
    undoneToast: "Đã hoàn tác: {{merged}} lại là một hồ sơ riêng.",
  },
  suggestions: {
    title: "Đề xuất gộp hồ sơ",
    intro:
      "Khi một bản ghi nêu thông tin nhận diện của hai khách hàng khác nhau, Touchpoint không tự đoán: cặp hồ sơ được đề xuất ở đây để một người quyết định.",
    statuses: { open: "Cần quyết định", merged: "Đã gộp", dismissed: "Đã bỏ qua" },
    empty:
      "Không có đề xuất nào cần quyết định. Đề xuất xuất hiện khi một câu trả lời, một tương tác hay một dòng nhập dữ liệu nêu hai khách hàng.",
    emptyClosed: "Chưa có.",
    evidence: "Lý do",
    fromImport: "Dòng {{line}} của tệp nhập {{file}} nêu cả hai:",
    fromResponse: "Một câu trả lời khảo sát nêu cả hai:",
    fromInteraction: "Một tương tác nêu cả hai:",
    fromSource: "{{source}} nêu cả hai:",
    noEvidence: "Bằng chứng đã bị xóa cùng dữ liệu của một khách hàng.",
    keep: "Giữ",
    merge: "Gộp",
    dismiss: "Hai người khác nhau",
    dismissed: "Đã bỏ qua: đây vẫn là hai khách hàng.",
    created: "Đề xuất {{time}}",
    resolved: "{{status}} {{time}}",
    gone: "Hồ sơ không còn",
    loadMore: "Tải thêm",
  },
  counts: {
    identities_one: "{{count}} thông tin nhận diện",
    identities_other: "{{count}} thông tin nhận diện",
    interactions_one: "{{count}} tương tác",
    interactions_other: "{{count}} tương tác",
    responses_one: "{{count}} câu trả lời khảo sát",
    responses_other: "{{count}} câu trả lời khảo sát",
    events_one: "{{count}} sự kiện hồ sơ",
    events_other: "{{count}} sự kiện hồ sơ",
  },
  card: {
    created: "Khách hàng từ {{date}}",
    open: "Mở hồ sơ",
  },
};

export const privacyVi: typeof privacyEn = {
  more: "Thao tác khác",
  export: "Xuất dữ liệu (JSON)",
  exportHint:
    "Mọi dữ liệu đang lưu về khách hàng này, để đáp ứng yêu cầu truy cập dữ liệu. Lượt tải được ghi vào nhật ký kiểm toán.",
  erase: "Xóa dữ liệu cá nhân…",
  eraseTitle: "Xóa dữ liệu cá nhân của khách hàng này",
  eraseBody:
    "Không thể hoàn tác. Tên, thông tin nhận diện, thuộc tính, nhãn và sở thích liên hệ của khách hàng này và của mọi hồ sơ đã gộp vào sẽ bị xóa, cùng nội dung họ viết trong câu trả lời khảo sát và ghi chú của các tương tác. Điểm số và số liệu thống kê được giữ, không còn gì nhận ra họ, và địa chỉ email của họ vẫn bị chặn khỏi lời mời khảo sát.",
  eraseType: "Để xác nhận, hãy gõ tên khách hàng: {{name}}",
  eraseMismatch: "Hãy gõ đúng tên như trên (có thể bỏ dấu).",
  eraseConfirm: "Xóa vĩnh viễn",
  erased: "Đã xóa dữ liệu cá nhân của khách hàng.",
};
