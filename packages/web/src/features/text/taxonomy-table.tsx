// The effective topics as a table: name and id, where the topic comes from, its keywords (folded away:
// default topics have dozens) and, for the workspace's own topics, edit and delete.
import { Badge, Button, Group, Spoiler, Stack, Table, Text } from "@mantine/core";
import { IconPencil, IconTrash } from "@tabler/icons-react";
import type { Topic } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { useDeleteTopic } from "./taxonomy-queries.ts";
import type { TaxonomyRow, TopicOrigin } from "./taxonomy-rows.ts";

const ORIGIN_COLORS: Record<TopicOrigin, string> = { default: "gray", custom: "indigo", extended: "grape" };

interface TaxonomyTableProps {
  rows: TaxonomyRow[];
  language: "vi" | "en";
  canManage: boolean;
  onEdit: (topic: Topic) => void;
}

export function TaxonomyTable({ rows, language, canManage, onEdit }: TaxonomyTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" data-testid="taxonomy-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("feedback.taxonomy.columns.topic")}</Table.Th>
            <Table.Th>{t("feedback.taxonomy.columns.kind")}</Table.Th>
            <Table.Th>{t("feedback.taxonomy.columns.keywords")}</Table.Th>
            {canManage && <Table.Th>{t("feedback.taxonomy.columns.actions")}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.topic.id} data-testid="taxonomy-row" data-topic={row.topic.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {row.topic.label[language]}
                </Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {row.topic.id}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <Badge size="sm" variant="light" color={ORIGIN_COLORS[row.origin]}>
                  {t(`feedback.taxonomy.${row.origin}`)}
                </Badge>
              </Table.Td>
              <Table.Td maw={520}>
                <TopicKeywords topic={row.topic} />
              </Table.Td>
              {canManage && (
                <Table.Td>
                  {row.custom && (
                    <TopicActions topic={row.custom} label={row.topic.label[language]} onEdit={onEdit} />
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function TopicKeywords({ topic }: { topic: Topic }) {
  const { t } = useTranslation();
  return (
    <Spoiler
      maxHeight={34}
      showLabel={t("feedback.taxonomy.showAllKeywords")}
      hideLabel={t("feedback.taxonomy.hideKeywords")}
      fz="xs"
      styles={{ control: { fontSize: "var(--mantine-font-size-xs)" } }}
    >
      <Stack gap={2}>
        {(["vi", "en"] as const).map((language) =>
          topic.keywords[language].length > 0 ? (
            <Text key={language} size="xs">
              <Text span fw={700} size="xs" tt="uppercase">
                {language}
              </Text>{" "}
              ({t("feedback.taxonomy.keywordCount", { count: topic.keywords[language].length })}):{" "}
              {topic.keywords[language].join(", ")}
            </Text>
          ) : null,
        )}
      </Stack>
    </Spoiler>
  );
}

function TopicActions({
  topic,
  label,
  onEdit,
}: {
  topic: Topic;
  label: string;
  onEdit: (topic: Topic) => void;
}) {
  const { t } = useTranslation();
  const remove = useDeleteTopic();
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        variant="subtle"
        size="xs"
        leftSection={<IconPencil size={14} />}
        onClick={() => onEdit(topic)}
        data-testid="topic-edit"
      >
        {t("feedback.taxonomy.edit")}
      </Button>
      <ConfirmButton
        label={t("feedback.taxonomy.delete")}
        testId="topic-delete"
        size="xs"
        icon={<IconTrash size={14} />}
        title={t("feedback.taxonomy.deleteTitle", { label })}
        body={t("feedback.taxonomy.deleteBody")}
        action={remove}
        onConfirm={(close) =>
          remove.mutate(topic.id, {
            onSuccess: () => {
              notifySuccess(t("feedback.taxonomy.deleted", { label }));
              close();
            },
          })
        }
      />
    </Group>
  );
}
