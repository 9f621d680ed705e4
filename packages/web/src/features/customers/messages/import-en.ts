// English strings of importing customers from a CSV file in the dashboard.
export const importEn = {
  button: "Import CSV",
  title: "Import customers from a CSV file",
  intro:
    "Each row finds its customer by external id, email or phone, or creates one. Bad rows are reported by their line and the good ones are kept, so you can fix the file and import it again.",
  columns: "Columns read:",
  columnList:
    "external_id, external_system, email, phone, name, language, tags (separated by ;), attr.<key> for attributes, consent.<channel> (yes/no), pref.<key> for preferences.",
  choose: "Choose a CSV file",
  chosen: "{{name}} · {{size}}",
  remove: "Choose another file",
  submit: "Import",
  importing: "Importing…",
  summary: {
    title: "Imported {{file}}",
    rows_one: "{{count}} row read",
    rows_other: "{{count}} rows read",
    created: "Created",
    updated: "Updated",
    unchanged: "Unchanged",
    failed: "Failed",
  },
  suggestions_one:
    "{{count}} row named two different customers: it went to the first, and a merge suggestion waits for you.",
  suggestions_other:
    "{{count}} rows named two different customers: each went to the first, and merge suggestions wait for you.",
  openSuggestions: "Review merge suggestions",
  warnings: "About the file",
  errors: {
    title_one: "{{count}} row was not imported",
    title_other: "{{count}} rows were not imported",
    more: "Only the first {{shown}} are listed.",
    line: "Line",
    column: "Column",
    problem: "Problem",
    wholeRow: "(whole row)",
  },
  fileProblem: "The file cannot be imported",
  again: "Import another file",
  done: "Done",
};
