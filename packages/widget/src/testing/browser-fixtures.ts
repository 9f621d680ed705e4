// Fixtures of the widget's browser test (e2e/widget.e2e.test.ts): the surveys it publishes and the
// customer's page, with hostile CSS, that embeds the widget.

/** An NPS question, then a follow-up page shown only to detractors and passives. */
export function widgetSurveyDefinition() {
  return {
    title: { vi: "Trải nghiệm mua sắm", en: "Your shopping experience" },
    defaultLanguage: "vi",
    languages: ["vi", "en"],
    pages: [
      {
        id: "p_score",
        questions: [
          {
            id: "nps",
            type: "nps",
            required: true,
            title: {
              vi: "Bạn có sẵn lòng giới thiệu cửa hàng cho bạn bè không?",
              en: "How likely are you to recommend our shop to a friend?",
            },
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
            required: true,
            title: { vi: "Chúng tôi cần cải thiện điều gì?", en: "What should we improve?" },
            showIf: { subject: { source: "answer", question: "nps" }, op: "lte", value: 8 },
          },
        ],
      },
    ],
    endings: [
      {
        id: "thanks",
        title: { vi: "Cảm ơn bạn đã góp ý!", en: "Thank you for your feedback!" },
        body: { vi: "Chúng tôi sẽ đọc từng câu trả lời.", en: "We read every answer." },
      },
    ],
    theme: { brandColor: "#0b7285" },
    widget: { enabled: true, urlPatterns: ["/shop/*"], position: "bottom-right", recontactDays: 30 },
  };
}

const label = (vi: string, en: string) => ({ vi, en });
const choices = (...ids: string[]) =>
  ids.map((id) => ({ id, label: label(`Lựa chọn ${id}`, `Option ${id}`) }));

/** Every question type the widget renders, over three pages, shown in the centre of /types pages. */
export function allTypesDefinition() {
  const q = (id: string, type: string, extra: Record<string, unknown> = {}) => ({
    id,
    type,
    title: label(`Câu hỏi ${id}`, `Question ${id}`),
    ...extra,
  });
  return {
    title: label("Mọi loại câu hỏi", "Every question type"),
    defaultLanguage: "en",
    languages: ["en", "vi"],
    pages: [
      {
        id: "p_scales",
        questions: [
          q("csat", "csat"),
          q("ces", "ces"),
          q("stars", "rating", { style: "stars", points: 5 }),
          q("faces", "rating", { style: "smileys", points: 5 }),
        ],
      },
      {
        id: "p_choices",
        questions: [
          q("single", "single_choice", { choices: choices("a", "b"), allowOther: true }),
          q("multi", "multiple_choice", { choices: choices("a", "b", "c"), maxSelected: 2 }),
          q("pick", "dropdown", { choices: choices("a", "b") }),
        ],
      },
      {
        id: "p_rest",
        questions: [
          q("goal", "goal_completion", { intentChoices: choices("pay", "track") }),
          q("agree", "consent", { required: true, text: label("Tôi đồng ý", "I agree to be contacted") }),
          q("grid", "matrix", { rows: choices("speed", "price"), columns: choices("bad", "good") }),
          q("rank", "ranking", { choices: choices("x", "y") }),
          q("count", "number", { min: 0, max: 10, integer: true }),
          q("day", "date"),
          q("mail", "email"),
          q("tel", "phone"),
        ],
      },
    ],
    endings: [{ id: "done", title: label("Xong", "All done") }],
    theme: { brandColor: "#5f3dc4" },
    widget: { enabled: true, urlPatterns: ["/types"], position: "center" },
  };
}

/** A shop page on another origin whose CSS would restyle everything it can reach. */
export function shopPage(server: string, workspace: string, init: "snippet" | "config") {
  const setup =
    init === "snippet"
      ? `window.Touchpoint = window.Touchpoint || { q: [] };
         ["init", "identify", "track", "reset"].forEach(function (m) {
           window.Touchpoint[m] = window.Touchpoint[m] || function () {
             window.Touchpoint.q.push([m].concat([].slice.call(arguments)));
           };
         });
         Touchpoint.identify({ id: "KH-1024", email: "lan@example.vn", name: "Lan" });
         Touchpoint.init({ workspace: ${JSON.stringify(workspace)}, host: ${JSON.stringify(server)}, language: "en" });`
      : `window.TouchpointConfig = { workspace: ${JSON.stringify(workspace)}, host: ${JSON.stringify(server)} };`;
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cửa hàng Điểm Chạm</title>
<style>
  * { color: red !important; font-size: 40px; font-family: "Times New Roman", serif !important; }
  div, button, label, input { border: 6px dashed red !important; background: yellow !important; }
  body { margin: 24px; }
</style>
<script>${setup}</script>
<script async src="${server}/widget.js"></script>
</head><body><h1>Thanh toán</h1><p id="page-text">Đơn hàng của bạn đã được đặt.</p></body></html>`;
}
