// Shown when a page fails to render or its code fails to load (after a new release, say): reload offers a way out.
import { Button, Container, EmptyState, Stack } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useRouteError } from "react-router";
import { PageTitle } from "../ui/page-title.tsx";

export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error("page failed", error);
  return (
    <Container size="sm" py="xl">
      <Stack>
        <PageTitle>{t("problems.unknown.title")}</PageTitle>
        <EmptyState
          icon={<IconAlertTriangle />}
          withIndicatorBackground
          description={t("problems.unknown.detail")}
        >
          <EmptyState.Actions>
            <Button variant="light" onClick={() => window.location.reload()}>
              {t("pages.reload")}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Stack>
    </Container>
  );
}
