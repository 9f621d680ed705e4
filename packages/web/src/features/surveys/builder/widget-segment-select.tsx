// The web widget's targeting: show the survey only to visitors in one customer segment. It works only with
// identity verification (the site signs each visitor's id), which the hint says and links to.
import { Anchor, Select, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type Segment, type SurveyDefinition, widgetSettingsSchema } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api } from "../../../api/client.ts";
import { workspaceKeys } from "../../../api/query-keys.ts";
import { useCurrentMe } from "../../auth/current-me.tsx";

/** The workspace's segments; same key and shape as the customers feature's list, so they share a cache. */
function useSegmentOptions() {
  const { workspace } = useCurrentMe();
  return useQuery({
    queryKey: [...workspaceKeys.all(workspace.id), "segments"],
    queryFn: () => api.get<{ items: Segment[] }>("/api/v1/segments"),
    select: (list) => list.items.map((segment) => ({ value: segment.id, label: segment.name })),
  });
}

export function WidgetSegmentSelect({
  definition,
  onChange,
}: {
  definition: SurveyDefinition;
  onChange: (next: SurveyDefinition) => void;
}) {
  const { t } = useTranslation();
  const segments = useSegmentOptions();
  const segmentId = definition.widget?.segmentId ?? null;
  const choose = (next: string | null) =>
    onChange({
      ...definition,
      widget: widgetSettingsSchema.parse({ ...definition.widget, segmentId: next ?? undefined }),
    });
  return (
    <Select
      label={t("surveys.settings.widgetSegment")}
      description={
        <Text span size="xs">
          {t("surveys.settings.widgetSegmentHint")}{" "}
          <Anchor component={Link} to="/settings/contact-rules" size="xs">
            {t("surveys.settings.widgetSegmentSetup")}
          </Anchor>
        </Text>
      }
      placeholder={t("surveys.settings.widgetSegmentEveryone")}
      data={segments.data ?? []}
      value={segmentId}
      onChange={choose}
      clearable
      searchable
      disabled={segments.isError}
      error={segments.isError ? t("surveys.settings.widgetSegmentUnavailable") : undefined}
      w={360}
      data-testid="survey-widget-segment"
    />
  );
}
