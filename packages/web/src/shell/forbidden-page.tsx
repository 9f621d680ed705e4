// Shown in place of a page the caller's role does not include.
import { Button, EmptyState, Stack } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "../ui/page-title.tsx";

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>{t("pages.forbiddenTitle")}</PageTitle>
      <EmptyState icon={<IconLock />} withIndicatorBackground description={t("pages.forbiddenBody")}>
        <EmptyState.Actions>
          <Button component={Link} to="/" variant="light">
            {t("pages.backHome")}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Stack>
  );
}
