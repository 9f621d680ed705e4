// The "copy link" action of a dashboard: sharing is by link inside the workspace, so the link is the page's.
import { Button, type ButtonProps } from "@mantine/core";
import { useClipboard } from "@mantine/hooks";
import { IconLink } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { notifySuccess } from "../../ui/notify.ts";

export function CopyDashboardLinkButton({
  dashboardId,
  size,
}: {
  dashboardId: string;
  size?: ButtonProps["size"];
}) {
  const { t } = useTranslation();
  const clipboard = useClipboard();
  return (
    <Button
      size={size}
      variant="default"
      leftSection={<IconLink size={size === "xs" ? 14 : 16} />}
      onClick={() => {
        clipboard.copy(`${window.location.origin}/dashboards/${dashboardId}`);
        notifySuccess(t("dashboards.list.linkCopied"));
      }}
      data-testid="dashboard-copy-link"
    >
      {t("dashboards.list.copyLink")}
    </Button>
  );
}
