// Vietnamese strings of the surveys feature; typed against the English shape so a missing key fails tsc.
import { surveysBuilderVi } from "./builder-vi.ts";
import type { SurveysMessages } from "./en.ts";

export const surveysVi: SurveysMessages = {
  ...surveysBuilderVi,
  title: "Khảo sát",
  intro: "Hỏi khách hàng về trải nghiệm của họ qua đường liên kết, email, SMS, mã QR hoặc ngay trên website.",
  new: "Tạo khảo sát",
  starters: {
    blank: "Khảo sát trống với một câu hỏi NPS",
    example: "Mẫu: khảo sát mức độ hài lòng có điều kiện hiển thị",
  },
  filterAll: "Tất cả",
  status: { draft: "Bản nháp", live: "Đang chạy", paused: "Tạm dừng", closed: "Đã đóng" },
  columns: {
    title: "Tiêu đề",
    status: "Trạng thái",
    languages: "Ngôn ngữ",
    responses: "Phản hồi",
    updated: "Sửa lần cuối",
  },
  loadMore: "Xem thêm",
  emptyTitle: "Chưa có khảo sát nào",
  emptyWhat:
    "Khảo sát là vài câu hỏi gửi đến khách hàng (họ có sẵn lòng giới thiệu bạn không, việc liên hệ có dễ dàng không, cần cải thiện điều gì) bằng tiếng Việt, tiếng Anh hoặc bất kỳ ngôn ngữ nào bạn thêm vào.",
  emptyHow:
    "Hãy tạo một khảo sát: soạn câu hỏi, xem trước, rồi xuất bản và chia sẻ đường liên kết hoặc gắn lên website của bạn.",
  emptyReadOnly: "Chủ sở hữu, quản trị viên hoặc chuyên viên phân tích có thể tạo khảo sát đầu tiên.",
  emptyFiltered: "Hiện không có khảo sát nào ở trạng thái {{status}}.",
  tabs: { build: "Soạn thảo", distribute: "Phân phối", responses: "Phản hồi" },
  editor: {
    backToList: "Quay lại danh sách khảo sát",
    meta_one: "Phiên bản {{version}} · {{responses}} phản hồi · sửa lúc {{updated}}",
    meta_other: "Phiên bản {{version}} · {{responses}} phản hồi · sửa lúc {{updated}}",
    unsaved: "Có thay đổi chưa lưu",
    allSaved: "Đã lưu mọi thay đổi",
    discard: "Hủy thay đổi",
    save: "Lưu",
    saveVersion: "Lưu thành phiên bản mới",
    saved: "Đã lưu khảo sát.",
    savedVersion: "Đã lưu thành phiên bản {{version}}.",
    versionNotice:
      "Khảo sát này đã được xuất bản. Khi lưu, hệ thống tạo phiên bản {{next}}; các phản hồi đã có vẫn gắn với phiên bản {{version}} mà khách hàng đã trả lời.",
    closedNotice:
      "Khảo sát này đã đóng nên không thể chỉnh sửa nữa. Dưới đây là giao diện người trả lời đã thấy.",
    readOnlyNotice:
      "Vai trò của bạn được xem nhưng không được sửa khảo sát này. Dưới đây là giao diện người trả lời sẽ thấy.",
    leaveTitle: "Rời đi mà không lưu?",
    leaveBody: "Những thay đổi của bạn trên khảo sát này chưa được lưu và sẽ bị mất.",
    stay: "Tiếp tục chỉnh sửa",
    leave: "Rời đi và bỏ thay đổi",
  },
  actions: {
    savesFirst: "Các thay đổi chưa lưu sẽ được lưu trước.",
    publish: {
      label: "Xuất bản",
      title: "Xuất bản khảo sát này?",
      body: "Đường liên kết và tiện ích trên website sẽ bắt đầu nhận phản hồi. Bạn vẫn có thể chỉnh sửa; mỗi lần lưu sẽ tạo một phiên bản mới.",
      done: "Khảo sát đang chạy.",
    },
    resume: {
      label: "Chạy tiếp",
      title: "Cho khảo sát chạy tiếp?",
      body: "Khảo sát sẽ nhận phản hồi trở lại.",
      done: "Khảo sát đã chạy trở lại.",
    },
    pause: {
      label: "Tạm dừng",
      title: "Tạm dừng khảo sát này?",
      body: "Người trả lời sẽ được báo rằng khảo sát tạm thời không nhận câu trả lời. Bạn có thể cho chạy tiếp bất cứ lúc nào.",
      done: "Khảo sát đã tạm dừng.",
    },
    close: {
      label: "Đóng",
      title: "Đóng hẳn khảo sát này?",
      body: "Khảo sát sẽ ngừng nhận phản hồi và không thể sửa hay mở lại. Các phản hồi đã có vẫn được giữ.",
      done: "Khảo sát đã đóng.",
    },
  },
  delete: {
    label: "Xóa bản nháp",
    title: "Xóa “{{title}}”?",
    body: "Bản nháp và các thiết lập của nó sẽ bị xóa. Không thể hoàn tác.",
    done: "Đã xóa “{{title}}”.",
  },
  preview: {
    title: "Xem trước",
    hint: "Hãy thử trả lời để kiểm tra điều kiện hiển thị. Không có gì được lưu lại.",
    language: "Ngôn ngữ xem trước",
    phone: "Điện thoại",
    desktop: "Máy tính",
    reset: "Xóa câu trả lời",
    nextScreen: "màn hình tiếp theo",
    thenEnding: "sau đó người trả lời thấy",
  },
  distribute: {
    notLive: {
      draft:
        "Khảo sát này đang là bản nháp: đường liên kết và tiện ích website chỉ nhận phản hồi sau khi bạn xuất bản.",
      paused:
        "Khảo sát này đang tạm dừng: đường liên kết sẽ báo cho người trả lời rằng khảo sát tạm thời không nhận câu trả lời.",
      closed: "Khảo sát này đã đóng: đường liên kết không còn nhận phản hồi.",
      live: "",
    },
    linkTitle: "Đường liên kết công khai",
    linkHint:
      "Bất kỳ ai có đường liên kết này đều có thể trả lời. Khảo sát mở bằng ngôn ngữ của người trả lời nếu có.",
    channelsTitle: "Đường liên kết cho từng kênh",
    channelsHint: "Dùng đúng đường liên kết cho từng kênh để biết phản hồi đến từ đâu.",
    widgetTitle: "Tiện ích trên website",
    widgetHint:
      "Dán đoạn mã này trước thẻ </body> trên website để hiển thị các khảo sát đang chạy cho khách truy cập.",
    qrTitle: "Mã QR",
    qrHint: "Dùng tại quầy, trên hóa đơn hay áp phích: mã mở đường liên kết gắn kênh QR.",
    qrDownload: { svg: "Tải SVG (để in)", png: "Tải PNG (cho màn hình)" },
    comingTitle: "Sẽ có trong bản phát hành tới",
    comingBody:
      "Chưa thể gửi lời mời qua email từ bảng điều khiển; API đã gửi được (POST /api/v1/surveys/{id}/invitations, xem docs/invitations.md). Trong lúc chờ, hãy dùng các đường liên kết ở trên hoặc API.",
  },
  respondent: {
    sampleName: "Minh",
    other: "Khác",
    otherPlaceholder: "Vui lòng ghi rõ",
    choose: "Chọn…",
    intent: "Bạn đến để làm gì?",
    achieved: "Bạn đã làm được việc mình cần chưa?",
    yes: "Có",
    no: "Không",
    typeHere: "Nhập câu trả lời của bạn",
    up: "Chuyển lên",
    down: "Chuyển xuống",
    submit: "Gửi",
  },
  defaults: {
    surveyTitle: "Khảo sát ý kiến khách hàng",
    npsTitle: "Bạn có sẵn lòng giới thiệu chúng tôi với bạn bè hoặc đồng nghiệp không?",
    npsLow: "Hoàn toàn không",
    npsHigh: "Chắc chắn có",
    csatTitle: "Bạn hài lòng với dịch vụ của chúng tôi ở mức nào?",
    csatLow: "Rất không hài lòng",
    csatHigh: "Rất hài lòng",
    cesTitle: "Công ty đã giúp tôi giải quyết yêu cầu một cách dễ dàng.",
    cesLow: "Hoàn toàn không đồng ý",
    cesHigh: "Hoàn toàn đồng ý",
    goalTitle: "Lần ghé thăm hôm nay của bạn",
    consentText: "Tôi đồng ý để câu trả lời của mình được dùng nhằm cải thiện dịch vụ.",
    option: "Lựa chọn {{n}}",
    row: "Nhận định {{n}}",
    column: "Mức {{n}}",
    welcomeTitle: "Xin chào! Chúng tôi rất muốn nghe ý kiến của bạn.",
    endingTitle: "Cảm ơn bạn đã góp ý!",
  },
};
