// English strings of Settings › Contact rules.
export const contactRulesEn = {
  title: "Contact rules",
  intro:
    "How often a customer may be asked for feedback, whatever the channel. Too many surveys wear customers out and bias the answers towards the most patient.",
  windowLabel: "At most one survey per customer every",
  windowSuffix: "days",
  windowHelp:
    "0 turns the workspace rule off; each survey's own “don't ask again within N days” still applies.",
  off: "Off: customers can be asked by several surveys on the same day.",
  appliesTitle: "What counts as asking",
  appliesInvitations: "an email invitation that was sent (one that failed to deliver does not count)",
  appliesWidget: "a web-widget survey shown to a visitor the site identified (id, email or phone)",
  appliesResponses:
    "a completed response that names its customer, from any channel: app, call centre, store, API",
  appliesNote:
    "Customers are recognised by their id, email or phone. Anonymous visitors are held back only by their own browser's record.",
  save: "Save",
  saved: "Contact rule saved.",
  readOnly: "Only owners and admins can change the contact rules.",
  widgetIdentity: {
    title: "Widget identity verification",
    intro:
      "A web-widget survey can be shown only to a customer segment. The widget then needs proof of who the visitor is: your server signs the visitor's id with this secret (HMAC-SHA256, hex) and the page passes it as userHash to Touchpoint.identify. Visitors without a valid userHash never see a survey that targets a segment.",
    reveal: "Show the secret",
    createdAt: "Created {{date}}",
    exampleTitle: "Sign the id on your server (Node.js)",
    rotate: "Rotate the secret",
    rotateConfirmTitle: "Rotate the secret?",
    rotateConfirm:
      "Every userHash signed with the current secret stops working at once: until your site uses the new one, no visitor sees surveys that target a segment.",
    rotated: "Widget identity secret rotated.",
    cancel: "Cancel",
  },
};
