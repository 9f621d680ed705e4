// Vietnamese strings of importing customers from a CSV file; the shape is the English one.
import type { importEn } from "./import-en.ts";

export const importVi: typeof importEn = {
  button: "Nhập từ CSV",
  title: "Nhập khách hàng từ tệp CSV",
  intro:
    "Mỗi dòng tìm khách hàng của nó theo mã, email hoặc số điện thoại, hoặc tạo khách hàng mới. Dòng lỗi được báo theo số dòng, các dòng đúng vẫn được nhập, nên bạn có thể sửa tệp rồi nhập lại.",
  columns: "Các cột được đọc:",
  columnList:
    "external_id, external_system, email, phone, name, language, tags (cách nhau bằng ;), attr.<khóa> cho thuộc tính, consent.<kênh> (yes/no), pref.<khóa> cho sở thích liên hệ.",
  choose: "Chọn tệp CSV",
  chosen: "{{name}} · {{size}}",
  remove: "Chọn tệp khác",
  submit: "Nhập",
  importing: "Đang nhập…",
  summary: {
    title: "Đã nhập {{file}}",
    rows_one: "Đã đọc {{count}} dòng",
    rows_other: "Đã đọc {{count}} dòng",
    created: "Tạo mới",
    updated: "Cập nhật",
    unchanged: "Không đổi",
    failed: "Lỗi",
  },
  // Vietnamese has one plural form: the sentence must read right for 1 and for many.
  suggestions_one:
    "{{count}} dòng nêu hai khách hàng khác nhau: dòng được gán cho khách hàng nêu trước, và đề xuất gộp đang chờ bạn quyết định.",
  suggestions_other:
    "{{count}} dòng nêu hai khách hàng khác nhau: dòng được gán cho khách hàng nêu trước, và đề xuất gộp đang chờ bạn quyết định.",
  openSuggestions: "Xem đề xuất gộp",
  warnings: "Về tệp này",
  errors: {
    title_one: "{{count}} dòng không được nhập",
    title_other: "{{count}} dòng không được nhập",
    more: "Chỉ liệt kê {{shown}} dòng đầu tiên.",
    line: "Dòng",
    column: "Cột",
    problem: "Lỗi",
    wholeRow: "(cả dòng)",
  },
  fileProblem: "Không thể nhập tệp này",
  again: "Nhập tệp khác",
  done: "Xong",
};
