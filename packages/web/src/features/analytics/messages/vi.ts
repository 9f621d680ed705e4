// Vietnamese strings of the CX dashboard; the shape is the English one.
import type { DashboardMessages } from "./en.ts";

export const dashboardVi: DashboardMessages = {
  title: "CX theo khảo sát",
  intro:
    "NPS, CSAT và CES của một khảo sát kèm khoảng tin cậy, xu hướng, các nhóm khác biệt và những yếu tố tác động đến NPS. Mọi con số đều tính từ câu trả lời; di chuột lên số để xem cỡ mẫu và khoảng tin cậy.",
  filters: {
    survey: "Khảo sát",
    range: "Khoảng thời gian",
    days: "{{count}} ngày qua",
    channel: "Kênh",
    allChannels: "Mọi kênh",
    dates: "{{from}} – {{to}}",
  },
  empty: {
    title: "Chưa có khảo sát đang chạy nào hỏi NPS",
    body: "Trang tổng quan đọc số liệu của một khảo sát đang chạy có câu hỏi NPS. Hãy tạo khảo sát từ mẫu có sẵn, phát hành và chia sẻ đường liên kết; số liệu sẽ hiện ở đây khi có câu trả lời.",
    action: "Đến trang khảo sát",
  },
  metrics: {
    nps: "NPS",
    csat: "CSAT",
    ces: "CES",
  },
  metricNotes: {
    nps: "% ủng hộ − % phản đối",
    csat: "% hài lòng (4–5)",
    ces: "% đồng ý là dễ dàng (5–7)",
  },
  notAsked: "Khảo sát này không hỏi chỉ số này.",
  noNps: "Khảo sát này không có câu hỏi NPS: xu hướng, phân nhóm và yếu tố tác động đều dựa trên NPS.",
  noAnswers: "Không có câu trả lời trong khoảng thời gian này.",
  hidden: "ẩn (n < {{threshold}})",
  interval: "KTC {{confidence}} {{interval}} · n = {{n}}",
  figure: "n = {{n}} · khoảng tin cậy {{confidence}} {{interval}}",
  figureNoInterval: "n = {{n}}",
  delta: {
    up: "↑ {{delta}} so với {{count}} ngày trước đó",
    down: "↓ {{delta}} so với {{count}} ngày trước đó",
    flat: "= không đổi so với {{count}} ngày trước đó",
    significant: "có ý nghĩa thống kê",
    notSignificant: "không có ý nghĩa thống kê",
    none: "Không so sánh được: kỳ trước có quá ít câu trả lời.",
    tooltip: "Kỳ trước {{from}} – {{to}}: {{baseline}} · p = {{p}} ({{test}})",
  },
  trend: {
    title: "NPS theo tuần",
    caption:
      "Đường là NPS của từng tuần, dải màu là khoảng tin cậy {{confidence}}; tuần có ít hơn {{threshold}} câu trả lời được bỏ qua.",
    chart: "NPS theo tuần từ {{from}} đến {{to}}",
    week: "Tuần từ {{date}}: NPS {{value}}",
    empty: "Không tuần nào trong khoảng thời gian này có đủ câu trả lời để hiển thị.",
  },
  breakdown: {
    channel: "NPS theo kênh",
    hiddenField: "NPS theo {{field}}",
    caption:
      "Cao nhất trước; nhóm có ít hơn {{threshold}} câu trả lời được ẩn để bảo vệ danh tính người trả lời.",
    empty: "Không có câu trả lời để phân tích trong khoảng thời gian này.",
  },
  drivers: {
    title: "Yếu tố tác động đến NPS",
    caption:
      "Phần đóng góp của từng câu hỏi dạng số vào phương sai NPS được giải thích (trọng số tương đối của Johnson), đặt cạnh mức thực hiện hiện tại. R² = {{r2}}, n = {{n}}.",
    map: "Bản đồ yếu tố tác động: trục ngang là mức quan trọng, trục dọc là mức thực hiện",
    importance: "Mức quan trọng (phần của R²)",
    performanceTopBox: "Mức thực hiện (% 2 mức cao nhất)",
    performanceMean: "Mức thực hiện (điểm trung bình)",
    rank: "#",
    question: "Câu hỏi",
    share: "Mức quan trọng",
    mean: "Trung bình",
    topBox: "2 mức cao nhất",
    quadrant: "Nhóm",
    point: "{{rank}}. {{title}}: mức quan trọng {{share}}, mức thực hiện {{performance}}",
    figure: "n = {{n}} · R² = {{r2}} (trọng số tương đối không có khoảng tin cậy)",
    quadrants: {
      priority: "Ưu tiên cải thiện",
      strength: "Thế mạnh cần giữ",
      maintain: "Duy trì",
      secondary: "Theo dõi",
    },
    noPredictors: "Khảo sát này không có câu hỏi dạng số nào khác để giải thích NPS.",
    tooFew: "Khoảng thời gian này có quá ít câu trả lời để tìm yếu tố tác động.",
  },
  distribution: {
    title: "Phân bố điểm NPS",
    caption: "Câu trả lời 0–10 của câu hỏi NPS ({{n}} câu trả lời).",
    chart: "Câu trả lời NPS theo điểm",
    bar: "{{score}} điểm: {{answers}} câu trả lời ({{share}}) · n = {{n}}",
    groups: {
      detractor: "Phản đối (0–6)",
      passive: "Trung lập (7–8)",
      promoter: "Ủng hộ (9–10)",
    },
    group: "{{label}}: {{answers}} ({{share}})",
  },
};
