import { type SurveyDefinitionInput, surveyDefinitionSchema } from "@touchpoint/core";
import { describe, expect, it } from "vitest";
import { invitationLinks, renderInvitationEmail } from "./invitation-email.ts";
import { classifyFailure } from "./mailer.ts";

type QuestionInput = SurveyDefinitionInput["pages"][number]["questions"][number];
const titled = { id: "q1", title: { en: "How was it?", vi: "Thế nào?" } };

const survey = (first: QuestionInput): SurveyDefinitionInput => ({
  title: { en: "Delivery", vi: "Giao hàng" },
  defaultLanguage: "en",
  languages: ["en", "vi"],
  pages: [{ id: "p1", questions: [first] }],
  endings: [{ id: "end", title: { en: "Thanks" } }],
  hiddenFields: [{ key: "order_id" }],
});

const render = (first: QuestionInput, extra: Partial<Parameters<typeof renderInvitationEmail>[0]> = {}) =>
  renderInvitationEmail({
    definition: surveyDefinitionSchema.parse(survey(first)),
    language: "en",
    subject: null,
    message: null,
    recipient: { email: "a@example.com", name: "An", hidden: { order_id: "X1" } },
    links: invitationLinks("https://cx.example.com/", "t".repeat(43)),
    reminder: false,
    ...extra,
  });

describe("renderInvitationEmail", () => {
  it("embeds a five-star rating as five links to the score", () => {
    const email = render({ ...titled, type: "rating", style: "stars", points: 5 });
    const root = `https://cx.example.com/i/${"t".repeat(43)}`;
    expect(email.html).toContain(`href="${root}?a=1"`);
    expect(email.html).toContain(`href="${root}?a=5"`);
    expect(email.html).toContain("★★★★★");
    expect(email.text).toContain(`5: ${root}?a=5`);
    expect(email.text).toContain(`https://cx.example.com/i/${"t".repeat(43)}/unsubscribe`);
  });

  it("pipes the sender's message per language, keeps paragraphs and escapes every value", () => {
    const email = render(
      { ...titled, type: "csat" },
      {
        language: "vi",
        subject: { en: "Order {{hidden.order_id}}", vi: "Đơn {{hidden.order_id}}" },
        message: { en: "Hi", vi: "Chào {{customer.name}},\n\nĐơn {{hidden.order_id}}\ncủa bạn." },
        recipient: { email: "a@example.com", name: "<b>An</b>", hidden: { order_id: "X1" } },
      },
    );
    expect(email.subject).toBe("Đơn X1");
    expect(email.text.startsWith("Chào <b>An</b>,\n\nĐơn X1\ncủa bạn.")).toBe(true);
    expect(email.html).toContain('<p style="margin:0 0 16px">Chào &lt;b&gt;An&lt;/b&gt;,</p>');
    expect(email.html).toContain("Đơn X1<br>của bạn.");
    expect(email.html).toContain("Rất hài lòng");
  });

  it("prefixes a reminder's subject", () => {
    expect(render({ ...titled, type: "nps" }, { reminder: true }).subject).toBe("Reminder: Delivery");
  });
});

describe("classifyFailure", () => {
  const smtp = (responseCode: number, response: string, command = "RCPT TO") =>
    Object.assign(new Error(`Can't send mail: ${response}`), { responseCode, response, command });

  it("tells a refused mailbox (5.1.1) from other permanent and passing failures", () => {
    expect(classifyFailure(smtp(550, "550 5.1.1 No such user"))).toMatchObject({
      permanent: true,
      bounced: true,
    });
    expect(classifyFailure(smtp(550, "550 5.7.1 Relaying denied"))).toMatchObject({
      permanent: true,
      bounced: false,
    });
    expect(classifyFailure(smtp(554, "554 5.1.1 Rejected", "DATA"))).toMatchObject({ bounced: false });
    expect(classifyFailure(smtp(451, "451 4.3.0 Try later"))).toMatchObject({ permanent: false });
    expect(
      classifyFailure(Object.assign(new Error("connect ECONNREFUSED"), { code: "ESOCKET" })),
    ).toMatchObject({
      permanent: false,
      bounced: false,
    });
  });
});
