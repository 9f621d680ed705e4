// The recipient lines that cannot be sent, each with its line number and why: pasted lines before sending,
// or the lines of an uploaded CSV that the server refused.
import { Alert, List } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { BadLine } from "./recipient-lines.ts";

const SHOWN = 20;

/** `title`: what happened to these lines; by default, that they cannot be read and will not be sent. */
export function BadLinesAlert({ badLines, title }: { badLines: BadLine[]; title?: string }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle />}
      title={title ?? t("invitations.badLinesTitle", { count: badLines.length })}
      data-testid="invitations-bad-lines"
    >
      <List size="sm">
        {badLines.slice(0, SHOWN).map((bad) => (
          <List.Item key={bad.line}>
            {t("invitations.badLine", {
              line: bad.line,
              reason: "problem" in bad ? t(`invitations.lineProblems.${bad.problem}`) : bad.reason,
            })}{" "}
            {bad.text && <code>{bad.text}</code>}
          </List.Item>
        ))}
        {badLines.length > SHOWN && <List.Item>…</List.Item>}
      </List>
    </Alert>
  );
}
