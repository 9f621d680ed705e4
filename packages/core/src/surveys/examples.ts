// Example definitions: the demo data's surveys and the starting point of tests (built, not copied blobs).
import type { SurveyDefinitionInput } from "./definition.ts";

/** A two-language relationship survey: NPS, a reason shown to detractors, CSAT, and a jump to an ending. */
export function exampleNpsSurvey(): SurveyDefinitionInput {
  return {
    title: { vi: "Khảo sát mức độ hài lòng", en: "Customer satisfaction survey" },
    defaultLanguage: "vi",
    languages: ["vi", "en"],
    welcome: {
      title: { vi: "Xin chào {{customer.name | quý khách}}!", en: "Hello {{customer.name | there}}!" },
    },
    pages: [
      {
        id: "p_score",
        questions: [
          {
            id: "nps",
            type: "nps",
            required: true,
            title: {
              vi: "Bạn có sẵn sàng giới thiệu chúng tôi cho bạn bè không?",
              en: "How likely are you to recommend us to a friend?",
            },
          },
        ],
        jumps: [
          {
            when: { subject: { source: "answer", question: "nps" }, op: "gte", value: 9 },
            jumpTo: "p_more",
          },
        ],
      },
      {
        id: "p_reason",
        questions: [
          {
            id: "reason",
            type: "text",
            multiline: true,
            title: { vi: "Chúng tôi cần cải thiện điều gì?", en: "What should we improve?" },
            showIf: { subject: { source: "answer", question: "nps" }, op: "lte", value: 6 },
          },
        ],
      },
      {
        id: "p_more",
        questions: [
          {
            id: "csat",
            type: "csat",
            title: {
              vi: "Bạn hài lòng với dịch vụ ở mức nào?",
              en: "How satisfied are you with our service?",
            },
          },
          {
            id: "channel_used",
            type: "single_choice",
            allowOther: true,
            title: { vi: "Bạn đã liên hệ qua kênh nào?", en: "Which channel did you use?" },
            choices: [
              { id: "branch", label: { vi: "Chi nhánh", en: "Branch" } },
              { id: "app", label: { vi: "Ứng dụng", en: "App" } },
              { id: "hotline", label: { vi: "Tổng đài", en: "Hotline" } },
            ],
          },
        ],
      },
    ],
    endings: [{ id: "thanks", title: { vi: "Cảm ơn bạn!", en: "Thank you!" } }],
    hiddenFields: [{ key: "touchpoint" }, { key: "order_id" }],
  };
}
