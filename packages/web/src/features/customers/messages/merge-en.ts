// English strings of merging customers (merge with…, merges and undo, merge suggestions) and of the privacy
// actions on a profile (export, erase).
export const mergeEn = {
  mergeWith: "Merge with…",
  modalTitle: "Merge with another customer",
  searchLabel: "Find the other profile of this person",
  searchPlaceholder: "Name, email, phone or id",
  noMatch: "No other customer matches “{{q}}”.",
  choose: "Choose",
  keeps: "Stays",
  goesInto: "Goes into the one kept",
  swap: "Swap: keep the other profile",
  explain:
    "Everything of {{merged}} moves to {{survivor}}: identities, interactions, survey responses and history. Gaps in {{survivor}} are filled from {{merged}}, tags are united, and the newer consent on each channel wins. You can undo this afterwards.",
  back: "Back",
  confirm: "Merge these profiles",
  done: "{{merged}} was merged into {{survivor}}.",
  result: {
    title: "Merged",
    body: "{{merged}} is now part of this profile. Its history shows on the timeline; its old address leads here.",
    undo: "Undo this merge",
  },
  list: {
    title: "Merges",
    intro: "The merges this profile took part in, newest first. The latest merge of a profile can be undone.",
    empty: "This profile was never merged with another.",
    into: "{{merged}} merged into {{survivor}}",
    moved: "Moved: {{counts}}",
    filled: "Filled from the merged profile: {{fields}}",
    by: "{{actor}} · {{time}}",
    undone: "Undone {{time}}",
    notUndoable: "A later merge must be undone first.",
    undo: "Undo",
    undoTitle: "Undo this merge?",
    undoBody:
      "{{merged}} becomes a profile of its own again, with what the merge moved. What either profile received after the merge stays where it is.",
    undoConfirm: "Undo merge",
    undoneToast: "The merge was undone: {{merged}} is a profile of its own again.",
  },
  suggestions: {
    title: "Merge suggestions",
    intro:
      "When one record names identities of two different customers, Touchpoint does not guess: it suggests the pair here for a person to decide.",
    statuses: { open: "To decide", merged: "Merged", dismissed: "Dismissed" },
    empty:
      "No suggestions to decide. They appear when a response, an interaction or an import row names two customers.",
    emptyClosed: "None yet.",
    evidence: "Why",
    fromImport: "Row {{line}} of the import {{file}} named both:",
    fromResponse: "A survey response named both:",
    fromInteraction: "An interaction named both:",
    fromSource: "{{source}} named both:",
    noEvidence: "The evidence was erased with a customer's data.",
    keep: "Keep",
    merge: "Merge",
    dismiss: "Different people",
    dismissed: "Dismissed: they stay two customers.",
    created: "Suggested {{time}}",
    resolved: "{{status}} {{time}}",
    gone: "Profile no longer available",
    loadMore: "Load more",
  },
  counts: {
    identities_one: "{{count}} identity",
    identities_other: "{{count}} identities",
    interactions_one: "{{count}} interaction",
    interactions_other: "{{count}} interactions",
    responses_one: "{{count}} survey response",
    responses_other: "{{count}} survey responses",
    events_one: "{{count}} profile event",
    events_other: "{{count}} profile events",
  },
  card: {
    created: "Customer since {{date}}",
    open: "Open profile",
  },
};

export const privacyEn = {
  more: "More actions",
  export: "Export data (JSON)",
  exportHint:
    "Everything held about this customer, for an access request. The download is recorded in the audit log.",
  erase: "Erase personal data…",
  eraseTitle: "Erase this customer's personal data",
  eraseBody:
    "This cannot be undone. The name, identities, attributes, tags and preferences of this customer and of every profile merged into it are deleted, with the text they wrote in survey responses and the notes of their interactions. Scores and counts stay, without anything that identifies them, and their email address stays blocked from invitations.",
  eraseType: "To confirm, type the customer's name: {{name}}",
  eraseMismatch: "Type the name exactly as shown (accents may be left out).",
  eraseConfirm: "Erase for good",
  erased: "The customer's personal data was erased.",
};
