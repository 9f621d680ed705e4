// /feedback[/:tab]: Customer feedback — the comments with their topics and sentiment, topic trends and
// emerging themes, and the topic taxonomy. The tab is in the path and the filters in the query string, which
// every tab keeps, so a link shows the same view.
import { Stack, Tabs, Text } from "@mantine/core";
import { IconChartBar, IconMessages, IconTags } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate, useParams } from "react-router";
import { PageTitle } from "../../ui/page-title.tsx";
import { CommentsTab } from "./comments-tab.tsx";
import { TaxonomyTab } from "./taxonomy-tab.tsx";
import { TrendsTab } from "./trends-tab.tsx";

const TABS = ["comments", "trends", "taxonomy"] as const;
type FeedbackTab = (typeof TABS)[number];
const TAB_ICONS = { comments: IconMessages, trends: IconChartBar, taxonomy: IconTags };

export function FeedbackPage() {
  const { t } = useTranslation();
  const { tab } = useParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  const current: FeedbackTab = TABS.find((candidate) => candidate === tab) ?? "comments";

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={4}>
        <PageTitle>{t("feedback.title")}</PageTitle>
        <Text c="dimmed">{t("feedback.intro")}</Text>
      </Stack>
      <Tabs
        value={current}
        onChange={(next) =>
          void navigate({ pathname: next && next !== "comments" ? `/feedback/${next}` : "/feedback", search })
        }
        keepMounted={false}
      >
        <Tabs.List>
          {TABS.map((name) => {
            const Icon = TAB_ICONS[name];
            return (
              <Tabs.Tab
                key={name}
                value={name}
                leftSection={<Icon size={16} />}
                data-testid={`feedback-tab-${name}`}
              >
                {t(`feedback.tabs.${name}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        <Tabs.Panel value="comments" pt="md">
          <CommentsTab />
        </Tabs.Panel>
        <Tabs.Panel value="trends" pt="md">
          <TrendsTab />
        </Tabs.Panel>
        <Tabs.Panel value="taxonomy" pt="md">
          <TaxonomyTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
