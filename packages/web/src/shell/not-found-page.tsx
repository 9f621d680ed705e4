// Shown for an address inside the app that matches no page.
import { Button, EmptyState, Stack } from "@mantine/core";
import { IconMapSearch } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "../ui/page-title.tsx";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>{t("pages.notFoundTitle")}</PageTitle>
      <EmptyState icon={<IconMapSearch />} withIndicatorBackground description={t("pages.notFoundBody")}>
        <EmptyState.Actions>
          <Button component={Link} to="/" variant="light">
            {t("pages.backHome")}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Stack>
  );
}
