// One response in the table: when, status, its headline score, channel, language and customer.
import { Badge, Table, Text } from "@mantine/core";
import type { Question, SurveyResponse } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { headlineScore, npsGroup } from "./answer-text.ts";
import { ResponseStatusBadge } from "./response-status-badge.tsx";

const GROUP_COLORS = { detractor: "red", passive: "yellow", promoter: "teal" } as const;

export function ResponseRow({
  response,
  questions,
  onOpen,
}: {
  response: SurveyResponse;
  questions: Question[];
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const score = headlineScore(questions, response.answers);
  const customer = response.customer;
  return (
    <Table.Tr
      data-testid="responses-row"
      data-response-id={response.id}
      style={{ cursor: "pointer" }}
      onClick={onOpen}
    >
      <Table.Td>
        <Text size="sm">{format.dateTime(response.completedAt ?? response.createdAt)}</Text>
      </Table.Td>
      <Table.Td>
        <ResponseStatusBadge status={response.status} />
      </Table.Td>
      <Table.Td>
        {score ? (
          <Badge
            variant="light"
            color={score.question.type === "nps" ? GROUP_COLORS[npsGroup(score.value)] : "blue"}
          >
            {t(`surveys.questionTypes.${score.question.type}`)} {format.number(score.value)}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td>{t(`responses.channels.${response.channel}`)}</Table.Td>
      <Table.Td>
        <Badge variant="outline" color="gray" size="sm">
          {response.language}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={customer ? undefined : "dimmed"} truncate maw={220}>
          {customer
            ? (customer.name ?? customer.email ?? customer.phone ?? customer.externalId)
            : t("responses.anonymous")}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
