// The honest page of a module that is not built yet: what it will do, and no sample data.
import { Button, EmptyState, Stack, Text } from "@mantine/core";
import { IconHourglassEmpty } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "../../ui/page-title.tsx";
import type { UpcomingModule } from "./upcoming-modules.ts";

export function UpcomingModulePage({ module }: { module: UpcomingModule }) {
  const { t } = useTranslation();
  const name = t(`nav.${module}`);
  return (
    <Stack>
      <PageTitle>{name}</PageTitle>
      <EmptyState
        icon={<IconHourglassEmpty />}
        withIndicatorBackground
        title={t("upcoming.title", { module: name })}
        description={t("upcoming.body")}
        data-testid="upcoming-module"
      >
        <Stack gap={4} align="center" maw={560}>
          <Text fw={600} size="sm">
            {t("upcoming.whatItWillDo")}
          </Text>
          <Text size="sm" ta="center">
            {t(`upcoming.modules.${module}`)}
          </Text>
        </Stack>
        <EmptyState.Actions>
          <Button component={Link} to="/" variant="light">
            {t("upcoming.backToOverview")}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Stack>
  );
}
