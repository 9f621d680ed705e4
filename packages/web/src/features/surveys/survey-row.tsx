// One survey in the list: its title (linking to the editor), status, languages, responses and last change.
import { Anchor, Badge, Group, Table, Text } from "@mantine/core";
import type { SurveySummary } from "@touchpoint/core";
import { Link, useNavigate } from "react-router";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { SurveyStatusBadge } from "./survey-status-badge.tsx";
import { useLanguageName } from "./use-language-name.ts";

export function SurveyRow({ survey }: { survey: SurveySummary }) {
  const format = useFormatters();
  const languageName = useLanguageName();
  const navigate = useNavigate();
  const path = `/surveys/${survey.id}`;
  return (
    <Table.Tr
      data-testid="survey-row"
      data-status={survey.status}
      style={{ cursor: "pointer" }}
      onClick={() => void navigate(path)}
    >
      <Table.Td>
        <Anchor component={Link} to={path} fw={600} size="sm" onClick={(event) => event.stopPropagation()}>
          {survey.title}
        </Anchor>
        {survey.name !== survey.title && (
          <Text size="xs" c="dimmed">
            {survey.name}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <SurveyStatusBadge status={survey.status} />
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {survey.languages.map((language) => (
            <Badge key={language} variant="outline" color="gray" size="sm" title={languageName(language)}>
              {language}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td ta="right">{format.number(survey.responseCount)}</Table.Td>
      <Table.Td>
        <Text size="sm">{format.dateTime(survey.updatedAt)}</Text>
      </Table.Td>
    </Table.Tr>
  );
}
