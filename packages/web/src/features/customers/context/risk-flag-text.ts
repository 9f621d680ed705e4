// A risk flag of the context in plain words, with its evidence (a score and its date, a count): the API
// sends codes and evidence, never prose, so each language words them itself.
import type { RiskFlag } from "@touchpoint/core";
import type { TFunction } from "i18next";
import type { Formatters } from "../../../i18n/use-formatters.ts";

export function riskFlagText(flag: RiskFlag, t: TFunction, format: Formatters): string {
  switch (flag.code) {
    case "detractor":
    case "dissatisfied":
    case "high_effort":
      return t(`customers.context.flags.${flag.code}`, {
        score: format.number(flag.score),
        date: format.date(flag.at),
      });
    case "repeated_failures":
      return t("customers.context.flags.repeated_failures", {
        count: flag.count,
        withinDays: flag.withinDays,
      });
    case "recent_complaint":
      return t("customers.context.flags.recent_complaint", { date: format.date(flag.at) });
    case "no_consent_email":
      return t(`customers.context.flags.no_consent_email_${flag.consent}`);
  }
}
