// Vietnamese strings of Settings › Contact rules; the shape is the English one.
import type { contactRulesEn } from "./en.ts";

export const contactRulesVi: typeof contactRulesEn = {
  title: "Quy tắc liên hệ",
  intro:
    "Tần suất tối đa hỏi ý kiến một khách hàng, trên mọi kênh. Hỏi quá nhiều khiến khách hàng mệt mỏi và làm kết quả lệch về phía những người kiên nhẫn nhất.",
  windowLabel: "Mỗi khách hàng nhận tối đa một khảo sát trong",
  windowSuffix: "ngày",
  windowHelp:
    "0 là tắt quy tắc chung; quy tắc “không hỏi lại trong N ngày” của từng khảo sát vẫn được áp dụng.",
  off: "Đang tắt: một khách hàng có thể nhận nhiều khảo sát trong cùng một ngày.",
  appliesTitle: "Thế nào là đã hỏi",
  appliesInvitations: "một lời mời qua email đã được gửi (lời mời gửi thất bại không tính)",
  appliesWidget:
    "một khảo sát trên widget web hiển thị cho khách đã được trang web nhận diện (mã, email hoặc số điện thoại)",
  appliesResponses:
    "một phản hồi hoàn tất có ghi tên khách hàng, từ bất kỳ kênh nào: ứng dụng, tổng đài, cửa hàng, API",
  appliesNote:
    "Khách hàng được nhận diện qua mã, email hoặc số điện thoại. Khách truy cập ẩn danh chỉ bị giới hạn theo lịch sử trên trình duyệt của họ.",
  save: "Lưu",
  saved: "Đã lưu quy tắc liên hệ.",
  readOnly: "Chỉ chủ sở hữu và quản trị viên mới có thể thay đổi quy tắc liên hệ.",
  widgetIdentity: {
    title: "Xác minh danh tính cho tiện ích web",
    intro:
      "Khảo sát trên tiện ích web có thể chỉ hiển thị cho một phân khúc khách hàng. Khi đó tiện ích cần bằng chứng về danh tính khách truy cập: máy chủ của bạn ký id của khách bằng khoá bí mật này (HMAC-SHA256, dạng hex) và trang web truyền nó vào Touchpoint.identify dưới tên userHash. Khách không có userHash hợp lệ sẽ không bao giờ thấy khảo sát nhắm theo phân khúc.",
    reveal: "Hiện khoá bí mật",
    createdAt: "Tạo lúc {{date}}",
    exampleTitle: "Ký id trên máy chủ của bạn (Node.js)",
    rotate: "Đổi khoá bí mật",
    rotateConfirmTitle: "Đổi khoá bí mật?",
    rotateConfirm:
      "Mọi userHash ký bằng khoá hiện tại sẽ mất hiệu lực ngay: cho đến khi website dùng khoá mới, không khách nào thấy khảo sát nhắm theo phân khúc.",
    rotated: "Đã đổi khoá xác minh danh tính.",
    cancel: "Huỷ",
  },
};
