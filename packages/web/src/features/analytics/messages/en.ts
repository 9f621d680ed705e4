// English strings of the CX dashboard, merged into i18n/en.ts.
export const dashboardEn = {
  title: "CX by survey",
  intro:
    "NPS, CSAT and CES of a survey with their confidence intervals, the trend, the groups that differ and what drives NPS. Every figure comes from the responses; hover over it for its sample size and interval.",
  filters: {
    survey: "Survey",
    range: "Period",
    days: "Last {{count}} days",
    channel: "Channel",
    allChannels: "All channels",
    dates: "{{from}} – {{to}}",
  },
  empty: {
    title: "No live survey asks an NPS question yet",
    body: "The dashboard reads a live survey with an NPS question. Create one from a starter, publish it and share its link; its figures appear here as responses come in.",
    action: "Go to surveys",
  },
  metrics: {
    nps: "NPS",
    csat: "CSAT",
    ces: "CES",
  },
  metricNotes: {
    nps: "% promoters − % detractors",
    csat: "% satisfied (4–5)",
    ces: "% agreeing it was easy (5–7)",
  },
  notAsked: "This survey does not ask it.",
  noNps: "This survey asks no NPS question: the trend, the breakdowns and the key drivers are all about NPS.",
  noAnswers: "No answers in this period.",
  hidden: "hidden (n < {{threshold}})",
  interval: "{{confidence}} CI {{interval}} · n = {{n}}",
  figure: "n = {{n}} · {{confidence}} confidence interval {{interval}}",
  figureNoInterval: "n = {{n}}",
  delta: {
    up: "↑ {{delta}} vs the previous {{count}} days",
    down: "↓ {{delta}} vs the previous {{count}} days",
    flat: "= no change vs the previous {{count}} days",
    significant: "significant",
    notSignificant: "not significant",
    none: "No comparison: the previous period has too few answers.",
    tooltip: "Previous period {{from}} – {{to}}: {{baseline}} · p = {{p}} ({{test}})",
  },
  trend: {
    title: "NPS by week",
    caption:
      "The line is the week's NPS, the band its {{confidence}} confidence interval; weeks with fewer than {{threshold}} answers are left out.",
    chart: "NPS by week from {{from}} to {{to}}",
    week: "Week of {{date}}: NPS {{value}}",
    empty: "No week in this period has enough answers to show.",
  },
  breakdown: {
    channel: "NPS by channel",
    hiddenField: "NPS by {{field}}",
    caption:
      "Best first; groups with fewer than {{threshold}} answers are hidden to keep respondents anonymous.",
    empty: "No answers to break down in this period.",
  },
  drivers: {
    title: "What drives NPS",
    caption:
      "Each numeric question's share of the explained variance of NPS (Johnson's relative weights) against how well it does today. R² = {{r2}}, n = {{n}}.",
    map: "Key driver map: importance across, performance up",
    importance: "Importance (share of R²)",
    performanceTopBox: "Performance (% top-2-box)",
    performanceMean: "Performance (mean)",
    rank: "#",
    question: "Question",
    share: "Importance",
    mean: "Mean",
    topBox: "Top-2-box",
    quadrant: "Quadrant",
    point: "{{rank}}. {{title}}: importance {{share}}, performance {{performance}}",
    figure: "n = {{n}} · R² = {{r2}} (no interval for relative weights)",
    quadrants: {
      priority: "Fix first",
      strength: "Keep it up",
      maintain: "Maintain",
      secondary: "Watch",
    },
    noPredictors: "This survey has no other numeric question to explain NPS with.",
    tooFew: "Too few answers in this period to find drivers.",
  },
  distribution: {
    title: "NPS answers",
    caption: "Answers 0–10 of the NPS question ({{n}} answers).",
    chart: "NPS answers by score",
    bar: "{{score}}: {{answers}} answers ({{share}}) · n = {{n}}",
    groups: {
      detractor: "Detractors (0–6)",
      passive: "Passives (7–8)",
      promoter: "Promoters (9–10)",
    },
    group: "{{label}}: {{answers}} ({{share}})",
  },
};

export type DashboardMessages = typeof dashboardEn;
