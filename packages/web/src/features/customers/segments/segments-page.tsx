// /customers/segments: the workspace's segments with their live counts, a link to each one's customers, and
// (for roles that manage customers) a new one.
import { Anchor, Badge, Button, EmptyState, Group, Loader, Stack, Table, Text } from "@mantine/core";
import { IconFilter, IconPlus, IconUsers } from "@tabler/icons-react";
import { can, type Segment } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormatters } from "../../../i18n/use-formatters.ts";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { PageTitle } from "../../../ui/page-title.tsx";
import { ProblemAlert } from "../../../ui/problem-alert.tsx";
import { useCurrentMe } from "../../auth/current-me.tsx";
import { CUSTOMER_SECTIONS, CustomersSectionNav } from "../list/customers-section-nav.tsx";
import { useSegmentCount, useSegments } from "./segment-queries.ts";

function LiveCount({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const count = useSegmentCount(id);
  if (count.isPending) return <Loader size="xs" />;
  if (count.isError)
    return (
      <Text size="sm" c="red" title={count.error.message}>
        {t("customers.segments.countError")}
      </Text>
    );
  return (
    <Text fw={600} size="sm" data-testid="segment-count">
      {format.number(count.data)}
    </Text>
  );
}

function SegmentRow({ segment }: { segment: Segment }) {
  const { t } = useTranslation();
  const { rules, match } = segment.definition;
  return (
    <Table.Tr data-testid="segment-row" data-segment-id={segment.id}>
      <Table.Td>
        <Stack gap={0}>
          <Anchor component={Link} to={`${CUSTOMER_SECTIONS.segments}/${segment.id}`} fw={600} size="sm">
            {segment.name}
          </Anchor>
          {segment.description && (
            <Text size="xs" c="dimmed" lineClamp={1}>
              {segment.description}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Group gap={6}>
          <Text size="sm">{t("customers.segments.ruleCount", { count: rules.length })}</Text>
          {rules.length > 1 && (
            <Badge size="sm" variant="light" color="gray" tt="none">
              {match === "all" ? t("customers.segments.matchAll") : t("customers.segments.matchAny")}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <LiveCount id={segment.id} />
      </Table.Td>
      <Table.Td>
        <Button
          component={Link}
          to={`${CUSTOMER_SECTIONS.customers}?segment=${segment.id}`}
          variant="subtle"
          size="compact-sm"
          leftSection={<IconUsers size={14} />}
        >
          {t("customers.segments.showCustomers")}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

export function SegmentsPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const canManage = can(me.role, "customers.manage");
  const segments = useSegments();
  const newButton = canManage && (
    <Button
      component={Link}
      to={`${CUSTOMER_SECTIONS.segments}/new`}
      leftSection={<IconPlus size={16} />}
      data-testid="segment-new"
    >
      {t("customers.segments.new")}
    </Button>
  );
  return (
    <Stack gap="lg" maw={1200}>
      <CustomersSectionNav current="segments" />
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <PageTitle>{t("customers.segments.title")}</PageTitle>
          <Text c="dimmed" maw={760}>
            {t("customers.segments.intro")}
          </Text>
        </Stack>
        {segments.data && segments.data.length > 0 && newButton}
      </Group>
      {segments.isPending ? (
        <LoadingState />
      ) : segments.isError ? (
        <ProblemAlert error={segments.error} onRetry={() => void segments.refetch()} />
      ) : segments.data.length === 0 ? (
        <EmptyState
          icon={<IconFilter />}
          withIndicatorBackground
          title={t("customers.segments.empty.title")}
          description={
            canManage ? t("customers.segments.empty.body") : t("customers.segments.empty.readOnly")
          }
          data-testid="segments-empty"
        >
          {newButton && <EmptyState.Actions>{newButton}</EmptyState.Actions>}
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover verticalSpacing="sm" data-testid="segments-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("customers.segments.columns.name")}</Table.Th>
                <Table.Th>{t("customers.segments.columns.rules")}</Table.Th>
                <Table.Th>{t("customers.segments.columns.customers")}</Table.Th>
                <Table.Th>{t("customers.segments.columns.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {segments.data.map((segment) => (
                <SegmentRow key={segment.id} segment={segment} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
