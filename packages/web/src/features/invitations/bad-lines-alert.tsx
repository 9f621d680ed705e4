// The pasted lines that cannot be read, each with its line number and why, so they can be fixed before sending.
import { Alert, List } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { BadLine } from "./recipient-lines.ts";

const SHOWN = 20;

export function BadLinesAlert({ badLines }: { badLines: BadLine[] }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle />}
      title={t("invitations.badLinesTitle", { count: badLines.length })}
      data-testid="invitations-bad-lines"
    >
      <List size="sm">
        {badLines.slice(0, SHOWN).map((bad) => (
          <List.Item key={bad.line}>
            {t("invitations.badLine", {
              line: bad.line,
              reason: t(`invitations.lineProblems.${bad.problem}`),
            })}{" "}
            <code>{bad.text}</code>
          </List.Item>
        ))}
        {badLines.length > SHOWN && <List.Item>…</List.Item>}
      </List>
    </Alert>
  );
}
