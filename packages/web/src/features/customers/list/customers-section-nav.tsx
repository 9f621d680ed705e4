// The pages of the customers module as tabs above each of them: customers, segments, personas and merge
// suggestions, the last with the number of suggestions waiting for a decision.
import { Badge, Tabs } from "@mantine/core";
import { IconArrowMerge, IconFilter, IconUserCircle, IconUsers } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useOpenSuggestionCount } from "../merge/merge-queries.ts";

export const CUSTOMER_SECTIONS = {
  customers: "/customers",
  segments: "/customers/segments",
  personas: "/customers/personas",
  suggestions: "/customers/merge-suggestions",
} as const;
export type CustomerSection = keyof typeof CUSTOMER_SECTIONS;

const ICONS = {
  customers: IconUsers,
  segments: IconFilter,
  personas: IconUserCircle,
  suggestions: IconArrowMerge,
} as const;

function SuggestionBadge() {
  const { t } = useTranslation();
  const open = useOpenSuggestionCount();
  if (!open.data || open.data.count === 0) return null;
  const shown = open.data.more ? `${open.data.count}+` : String(open.data.count);
  return (
    <Badge
      size="sm"
      circle={shown.length < 3}
      color="orange"
      aria-label={t("customers.sections.suggestionsCount", { count: open.data.count })}
      data-testid="merge-suggestions-badge"
    >
      {shown}
    </Badge>
  );
}

export function CustomersSectionNav({ current }: { current: CustomerSection }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sections = Object.keys(CUSTOMER_SECTIONS) as CustomerSection[];
  return (
    <Tabs
      value={current}
      onChange={(next) => {
        const section = sections.find((candidate) => candidate === next);
        if (section && section !== current) void navigate(CUSTOMER_SECTIONS[section]);
      }}
      aria-label={t("customers.sections.label")}
    >
      <Tabs.List>
        {sections.map((section) => {
          const Icon = ICONS[section];
          return (
            <Tabs.Tab
              key={section}
              value={section}
              leftSection={<Icon size={16} />}
              rightSection={section === "suggestions" ? <SuggestionBadge /> : undefined}
              data-testid={`customers-section-${section}`}
            >
              {t(`customers.sections.${section}`)}
            </Tabs.Tab>
          );
        })}
      </Tabs.List>
    </Tabs>
  );
}
