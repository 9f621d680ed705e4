// Vietnamese chat abbreviations and "teen code" with their full forms, as data: one entry per short
// form, matched on whole words only (never inside a word, so the "k" of "kém" or "5k" stays).
//
// An entry is either the full form, or a rule for short forms that mean different things by context:
// `atClauseEnd` expands only before the end of a clause (end of text, punctuation or an emoticon),
// because "v"/"z" mean "vậy" at the end ("sao v") but are letters elsewhere; `after` picks another full
// form after a given word ("ko bt" is "không biết", not "không bình thường").
export interface TeenCodeRule {
  to: string;
  atClauseEnd?: boolean;
  after?: Readonly<Record<string, string>>;
}

export type TeenCodeEntry = string | TeenCodeRule;

const NOT = "không";

export const TEEN_CODE: Readonly<Record<string, TeenCodeEntry>> = {
  // negation: the words sentiment depends on most
  ko: NOT,
  k: NOT,
  kh: NOT,
  kg: NOT,
  khg: NOT,
  hok: NOT,
  hk: NOT,
  hông: NOT,
  khong: NOT,
  kô: NOT,
  // common verbs, adverbs and pronouns
  dc: "được",
  đc: "được",
  duoc: "được",
  j: "gì",
  gi: "gì",
  r: "rồi",
  vs: "với",
  cx: "cũng",
  cg: "cũng",
  ng: "người",
  mn: "mọi người",
  mng: "mọi người",
  ntn: "như thế nào",
  wa: "quá",
  qa: "quá",
  qá: "quá",
  lun: "luôn",
  nhìu: "nhiều",
  thik: "thích",
  thjk: "thích",
  iu: "yêu",
  bik: "biết",
  bít: "biết",
  dg: "đang",
  đg: "đang",
  ms: "mới",
  trc: "trước",
  bh: "bao giờ",
  bjo: "bao giờ",
  tks: "cảm ơn",
  thks: "cảm ơn",
  hjhj: "hihi",
  v: { to: "vậy", atClauseEnd: true },
  z: { to: "vậy", atClauseEnd: true },
  bt: { to: "bình thường", after: { không: "biết" } },
  bthg: "bình thường",
  bth: "bình thường",
  // customer-experience nouns
  nv: "nhân viên",
  sp: "sản phẩm",
  đt: "điện thoại",
  dt: "điện thoại",
  tl: "trả lời",
  kq: "kết quả",
  ad: "admin",
  oke: "ok",
  okie: "ok",
  oki: "ok",
  okela: "ok",
  okê: "ok",
};
