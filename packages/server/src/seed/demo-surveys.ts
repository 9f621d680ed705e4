// The demo's two surveys: a relationship survey (NPS, CSAT, CES, five touchpoint ratings and a comment)
// sent on every channel, and a transactional survey asked right after a transfer, a visit, a call or a
// card application. Question ids are what the response generator and the tests answer.
import type { SurveyDefinitionInput } from "@touchpoint/core";

export const RELATIONSHIP_SLUG = "demo-khao-sat-dinh-ky";
export const TRANSACTIONAL_SLUG = "demo-sau-giao-dich";

/** The touchpoint ratings of the relationship survey (1–5 stars); key-driver analysis explains NPS by them. */
export const TOUCHPOINT_RATINGS = [
  { id: "wait_time", vi: "Thời gian chờ tại quầy", en: "Waiting time at the counter" },
  { id: "staff_attitude", vi: "Thái độ nhân viên", en: "Staff attitude" },
  { id: "mobile_app", vi: "Ứng dụng di động", en: "Mobile app" },
  { id: "service_fees", vi: "Phí dịch vụ", en: "Service fees" },
  { id: "complaint_handling", vi: "Xử lý khiếu nại", en: "Complaint handling" },
] as const;
export type TouchpointRating = (typeof TOUCHPOINT_RATINGS)[number]["id"];

const comment = {
  id: "comment",
  type: "text",
  multiline: true,
  title: { vi: "Bạn muốn nhắn gì thêm với chúng tôi?", en: "Anything else you would like to tell us?" },
} as const;

export function relationshipSurvey(): SurveyDefinitionInput {
  return {
    title: { vi: "Khảo sát mức độ hài lòng định kỳ", en: "Customer relationship survey" },
    defaultLanguage: "vi",
    languages: ["vi", "en"],
    pages: [
      {
        id: "p_nps",
        questions: [
          {
            id: "nps",
            type: "nps",
            required: true,
            title: {
              vi: "Bạn có sẵn sàng giới thiệu Ngân hàng Demo cho bạn bè, người thân không?",
              en: "How likely are you to recommend Ngân hàng Demo to a friend or colleague?",
            },
          },
        ],
      },
      {
        id: "p_touchpoints",
        questions: TOUCHPOINT_RATINGS.map(({ id, vi, en }) => ({
          id,
          type: "rating" as const,
          points: 5,
          title: {
            vi: `Bạn đánh giá thế nào về: ${vi.toLowerCase()}?`,
            en: `How do you rate: ${en.toLowerCase()}?`,
          },
        })),
      },
      {
        id: "p_overall",
        questions: [
          {
            id: "csat",
            type: "csat",
            title: {
              vi: "Nhìn chung bạn hài lòng với ngân hàng ở mức nào?",
              en: "Overall, how satisfied are you with the bank?",
            },
          },
          {
            id: "ces",
            type: "ces",
            title: {
              vi: "Ngân hàng giúp bạn giải quyết việc của mình một cách dễ dàng.",
              en: "The bank made it easy for me to get things done.",
            },
          },
          comment,
        ],
      },
    ],
    endings: [{ id: "thanks", title: { vi: "Cảm ơn bạn đã góp ý!", en: "Thank you for your feedback!" } }],
    hiddenFields: [{ key: "branch" }],
  };
}

export function transactionalSurvey(): SurveyDefinitionInput {
  return {
    title: { vi: "Khảo sát sau giao dịch", en: "After your transaction" },
    defaultLanguage: "vi",
    languages: ["vi", "en"],
    pages: [
      {
        id: "p_transaction",
        questions: [
          {
            id: "goal",
            type: "goal_completion",
            title: { vi: "Bạn đã làm xong việc mình cần chưa?", en: "Did you get done what you came for?" },
          },
          {
            id: "csat",
            type: "csat",
            required: true,
            title: {
              vi: "Bạn hài lòng với giao dịch vừa rồi ở mức nào?",
              en: "How satisfied are you with this transaction?",
            },
          },
          {
            id: "ces",
            type: "ces",
            title: { vi: "Giao dịch này thật dễ dàng.", en: "This transaction was easy." },
          },
          comment,
        ],
      },
    ],
    endings: [{ id: "thanks", title: { vi: "Cảm ơn bạn!", en: "Thank you!" } }],
    hiddenFields: [{ key: "touchpoint" }, { key: "branch" }],
  };
}
