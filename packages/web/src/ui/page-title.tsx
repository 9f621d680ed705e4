// The title of a page: one <h2> with a stable test id, mirrored into the browser tab.
import { Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { useTranslation } from "react-i18next";

export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  useDocumentTitle(`${children} · ${t("app.name")}`);
  return (
    <Title order={2} data-testid="page-title">
      {children}
    </Title>
  );
}
