// Vietnamese UI strings; typed against the English shape so a missing key fails the type check.
import { dashboardVi } from "../features/analytics/messages/vi.ts";
import { contactRulesVi } from "../features/contact-rules/messages/vi.ts";
import { customersVi } from "../features/customers/messages/vi.ts";
import { dashboardsVi } from "../features/dashboards/messages/vi.ts";
import { invitationsVi } from "../features/invitations/messages/vi.ts";
import { responsesVi } from "../features/responses/messages/vi.ts";
import { surveysVi } from "../features/surveys/messages/vi.ts";
import { feedbackVi } from "../features/text/messages/vi.ts";
import type { Messages } from "./en.ts";

export const vi: Messages = {
  app: {
    name: "Touchpoint",
    loading: "Đang tải…",
    retry: "Thử lại",
    cancel: "Hủy",
    close: "Đóng",
    copy: "Sao chép",
    copied: "Đã sao chép",
    never: "Chưa bao giờ",
  },
  language: {
    label: "Ngôn ngữ",
  },
  auth: {
    title: "Đăng nhập",
    subtitle: "Trải nghiệm khách hàng từ mọi điểm chạm, ở cùng một nơi.",
    email: "Email",
    emailPlaceholder: "ban@congty.vn",
    password: "Mật khẩu",
    submit: "Đăng nhập",
    logout: "Đăng xuất",
    userMenu: "Tài khoản",
    signedInAs: "Đã đăng nhập: {{name}}",
    apiKeyCaller: "Khóa API: {{name}}",
    sessionExpired: "Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại.",
  },
  workspace: {
    label: "Không gian làm việc",
    switched: "Bạn đang làm việc trong {{name}}.",
  },
  nav: {
    label: "Các phân hệ",
    toggle: "Hiện hoặc ẩn thanh điều hướng",
    overview: "Tổng quan",
    surveys: "Khảo sát",
    responses: "Phản hồi",
    customers: "Khách hàng",
    journeys: "Hành trình",
    feedback: "Góp ý khách hàng",
    dashboard: "CX theo khảo sát",
    dashboards: "Bảng điều khiển",
    cases: "Vụ việc",
    cxProgramme: "Chương trình CX",
    settings: "Cài đặt",
    members: "Thành viên",
    apiKeys: "Khóa API",
    contactRules: "Quy tắc liên hệ",
    customerAttributes: "Thuộc tính khách hàng",
    auditLog: "Nhật ký kiểm toán",
    soon: "Sắp có",
  },
  upcoming: {
    title: "{{module}} sẽ có trong một bản phát hành sắp tới",
    body: "Phân hệ này chưa được xây dựng nên ở đây chưa có gì, và chúng tôi không hiển thị dữ liệu mẫu thay thế.",
    whatItWillDo: "Phân hệ này sẽ làm gì",
    backToOverview: "Quay lại trang tổng quan",
    modules: {
      responses:
        "Một hộp thư chung cho mọi câu trả lời của tất cả khảo sát, lọc theo điểm chạm và thời gian, có xuất dữ liệu. Trong lúc chờ, câu trả lời của từng khảo sát nằm ở thẻ Phản hồi của khảo sát đó.",
      journeys: "Vẽ các giai đoạn trong hành trình khách hàng và xem trải nghiệm tại từng điểm chạm.",
      cases:
        "Khép kín vòng phản hồi: biến góp ý của khách hàng không hài lòng thành vụ việc để đội ngũ xử lý đến cùng.",
      cxProgramme: "Đặt mục tiêu, người phụ trách và lịch rà soát cho chương trình CX, và theo dõi tiến độ.",
    },
  },
  overview: {
    title: "Chào mừng đến với {{workspace}}",
    intro:
      "Touchpoint thu thập những gì khách hàng nói với bạn ở mọi điểm chạm và giúp đội ngũ hành động. Không gian làm việc đã sẵn sàng; hãy bắt đầu từ đây.",
    setupTitle: "Thiết lập không gian làm việc",
    membersHint: "Mời đồng nghiệp và giao cho mỗi người vai trò phù hợp.",
    apiKeysHint: "Tạo khóa để các hệ thống của bạn gửi tương tác và phản hồi vào Touchpoint.",
    auditHint: "Xem ai đã thay đổi gì, và vào lúc nào.",
    nextTitle: "Sắp ra mắt",
    next: {
      surveys: "Khảo sát và tiện ích website, để bắt đầu thu thập câu trả lời NPS, CSAT và CES.",
      responses: "Hộp thư phản hồi và hồ sơ khách hàng, liên kết câu trả lời với người đã trả lời.",
      analytics: "Phân tích số liệu và phân tích văn bản, cho thấy xu hướng và lý do đằng sau điểm số.",
      cases: "Vụ việc, để khách hàng không hài lòng luôn được liên hệ lại.",
    },
  },
  roles: {
    label: "Vai trò",
    owner: "Chủ sở hữu",
    admin: "Quản trị viên",
    analyst: "Chuyên viên phân tích",
    agent: "Nhân viên chăm sóc",
    viewer: "Người xem",
  },
  members: {
    title: "Thành viên",
    intro: "Những người có thể đăng nhập vào không gian làm việc này, và vai trò của họ cho phép làm gì.",
    name: "Họ tên",
    email: "Email",
    role: "Vai trò",
    joined: "Ngày tham gia",
    actions: "Thao tác",
    you: "Bạn",
    changeRole: "Đổi vai trò của {{name}}",
    remove: "Gỡ bỏ",
    removeTitle: "Gỡ {{name}} khỏi không gian làm việc?",
    removeBody:
      "{{name}} ({{email}}) sẽ mất quyền truy cập không gian làm việc này ngay lập tức. Tài khoản vẫn được giữ; bạn có thể thêm lại sau.",
    removed: "Đã gỡ {{name}} khỏi không gian làm việc.",
    roleChanged: "{{name}} giờ có vai trò {{role}}.",
    empty: "Chưa có thành viên nào. Hãy thêm đồng nghiệp đầu tiên bằng biểu mẫu bên dưới.",
    emptyReadOnly:
      "Chưa có thành viên nào. Chủ sở hữu hoặc quản trị viên có thể thêm người vào không gian làm việc này.",
    addTitle: "Thêm thành viên",
    addHint:
      "Nếu người này chưa có tài khoản Touchpoint, hãy đặt mật khẩu ban đầu và gửi cho họ một cách an toàn.",
    namePlaceholder: "Nguyễn Văn An",
    password: "Mật khẩu ban đầu (không bắt buộc)",
    passwordHint: "Ít nhất 10 ký tự. Chỉ cần cho tài khoản mới.",
    add: "Thêm thành viên",
    added: "Đã thêm {{email}} vào không gian làm việc.",
  },
  apiKeys: {
    title: "Khóa API",
    intro:
      "Khóa cho phép các hệ thống của bạn gọi API của Touchpoint. Mỗi khóa hoạt động với vai trò bạn giao cho nó.",
    name: "Tên",
    namePlaceholder: "Đồng bộ CRM",
    prefix: "Tiền tố",
    role: "Vai trò",
    created: "Ngày tạo",
    lastUsed: "Lần dùng gần nhất",
    status: "Trạng thái",
    actions: "Thao tác",
    active: "Đang hoạt động",
    revoked: "Đã thu hồi",
    empty: "Chưa có khóa API nào. Hãy tạo khóa bên dưới khi một hệ thống cần kết nối với Touchpoint.",
    emptyReadOnly:
      "Chưa có khóa API nào. Chủ sở hữu hoặc quản trị viên có thể tạo khóa khi một hệ thống cần kết nối với Touchpoint.",
    createTitle: "Tạo khóa API",
    create: "Tạo khóa",
    secretTitle: "Khóa API mới “{{name}}”",
    secretWarning: "Hãy sao chép và cất giữ an toàn ngay bây giờ: đây là lần duy nhất khóa được hiển thị.",
    secretDone: "Tôi đã lưu khóa",
    revoke: "Thu hồi",
    revokeTitle: "Thu hồi “{{name}}”?",
    revokeBody: "Mọi hệ thống đang dùng khóa này sẽ bị từ chối từ bây giờ. Không thể hoàn tác.",
    revokedNotice: "Đã thu hồi khóa “{{name}}”.",
  },
  audit: {
    title: "Nhật ký kiểm toán",
    intro: "Mọi thay đổi về thành viên, vai trò và khóa API trong không gian làm việc này, mới nhất ở trên.",
    time: "Thời gian",
    actor: "Người thực hiện",
    action: "Hành động",
    target: "Đối tượng",
    details: "Chi tiết",
    showDetails: "Xem trước và sau",
    hideDetails: "Ẩn trước và sau",
    before: "Trước",
    after: "Sau",
    nothing: "(không có)",
    loadMore: "Tải thêm",
    empty: "Chưa có gì được ghi lại. Các thay đổi về thành viên và khóa API sẽ xuất hiện ở đây.",
    actorTypes: {
      user: "Người dùng",
      api_key: "Khóa API",
      system: "Hệ thống",
    },
  },
  problems: {
    fieldErrors: "Vui lòng kiểm tra:",
    unknown: {
      title: "Đã xảy ra lỗi",
      detail: "Có lỗi không mong muốn. Hãy thử lại; nếu vẫn lỗi, hãy báo cho quản trị viên.",
    },
    network_error: {
      title: "Không kết nối được với Touchpoint",
      detail: "Hãy kiểm tra kết nối mạng; máy chủ cũng có thể đang khởi động lại.",
    },
    invalid_credentials: {
      title: "Sai email hoặc mật khẩu",
      detail: "Hãy kiểm tra lại cả hai rồi thử lại.",
    },
    too_many_attempts: {
      title: "Quá nhiều lần thử",
      detail_one: "Để bảo vệ tài khoản, việc đăng nhập tạm dừng. Hãy thử lại sau {{count}} giây.",
      detail_other: "Để bảo vệ tài khoản, việc đăng nhập tạm dừng. Hãy thử lại sau {{count}} giây.",
    },
    validation_failed: {
      title: "Một số trường cần sửa",
      detail: "Hãy sửa các trường bên dưới rồi gửi lại.",
    },
    csrf_failed: {
      title: "Trang này đã cũ",
      detail: "Hãy tải lại trang rồi thử lại.",
    },
    rate_limited: {
      title: "Quá nhiều yêu cầu",
      detail: "Touchpoint đang nhận quá nhiều yêu cầu từ bạn. Hãy đợi một lát rồi thử lại.",
    },
    retryIn_one: "Hãy thử lại sau {{count}} giây.",
    retryIn_other: "Hãy thử lại sau {{count}} giây.",
    unauthenticated: {
      title: "Vui lòng đăng nhập",
      detail: "Phiên làm việc đã kết thúc.",
    },
    forbidden: {
      title: "Không được phép",
      detail: "Vai trò của bạn không cho phép thao tác này.",
    },
    service_unavailable: {
      title: "Touchpoint tạm thời không khả dụng",
      detail: "Máy chủ hiện không kết nối được cơ sở dữ liệu. Hãy thử lại sau ít phút.",
    },
  },
  pages: {
    notFoundTitle: "Không tìm thấy trang",
    notFoundBody: "Không có trang nào ở địa chỉ này.",
    forbiddenTitle: "Bạn không có quyền xem trang này",
    forbiddenBody:
      "Vai trò của bạn trong không gian làm việc này không bao gồm trang này. Hãy hỏi chủ sở hữu hoặc quản trị viên nếu bạn cần.",
    backHome: "Về trang tổng quan",
    reload: "Tải lại trang",
  },
  surveys: surveysVi,
  invitations: invitationsVi,
  contactRules: contactRulesVi,
  responses: responsesVi,
  customers: customersVi,
  feedback: feedbackVi,
  dashboard: dashboardVi,
  dashboards: dashboardsVi,
};
