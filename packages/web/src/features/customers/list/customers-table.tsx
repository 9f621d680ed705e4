// The customers found, as a table with "load more", and its loading, error and empty states: no customers
// at all (how they arrive), or none matching the search.
import { Button, Center, EmptyState, Table, Text } from "@mantine/core";
import { IconSearchOff } from "@tabler/icons-react";
import type { UseInfiniteQueryResult } from "@tanstack/react-query";
import type { Customer } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { ProblemAlert } from "../../../ui/problem-alert.tsx";
import type { CustomerSearch } from "../customer-query-keys.ts";
import { CustomerRow } from "./customer-row.tsx";
import { CustomersEmptyState } from "./customers-empty-state.tsx";

interface CustomersTableProps {
  customers: UseInfiniteQueryResult<Customer[]>;
  search: CustomerSearch;
  canManage: boolean;
  onTag: (tag: string) => void;
  onClear: () => void;
}

export function CustomersTable({ customers, search, canManage, onTag, onClear }: CustomersTableProps) {
  const { t } = useTranslation();

  if (customers.isPending) return <LoadingState />;
  if (customers.isError && !customers.data) {
    return <ProblemAlert error={customers.error} onRetry={() => void customers.refetch()} />;
  }
  const filtered = search.q !== "" || search.tag !== "" || search.segment !== "";
  if (customers.data.length === 0 && !filtered) return <CustomersEmptyState canManage={canManage} />;
  if (customers.data.length === 0) {
    const which = search.segment
      ? search.q || search.tag
        ? "segment"
        : "segmentOnly"
      : search.q && search.tag
        ? "both"
        : search.q
          ? "query"
          : "tag";
    return (
      <EmptyState
        icon={<IconSearchOff />}
        withIndicatorBackground
        title={t(`customers.noResults.${which}`, { q: search.q, tag: search.tag })}
        description={t("customers.noResults.hint")}
        data-testid="customers-no-results"
      >
        <EmptyState.Actions>
          <Button variant="light" onClick={onClear}>
            {t("customers.noResults.clear")}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }

  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover verticalSpacing="sm" data-testid="customers-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("customers.columns.name")}</Table.Th>
              <Table.Th>{t("customers.columns.emails")}</Table.Th>
              <Table.Th>{t("customers.columns.phones")}</Table.Th>
              <Table.Th>{t("customers.columns.tags")}</Table.Th>
              <Table.Th>{t("customers.columns.language")}</Table.Th>
              <Table.Th>{t("customers.columns.updated")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {customers.data.map((customer) => (
              <CustomerRow key={customer.id} customer={customer} onTag={onTag} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {customers.isFetchNextPageError && <ProblemAlert error={customers.error} />}
      {customers.hasNextPage && (
        <Center>
          <Button
            variant="default"
            onClick={() => void customers.fetchNextPage()}
            loading={customers.isFetchingNextPage}
            data-testid="customers-load-more"
          >
            {t("customers.loadMore")}
          </Button>
        </Center>
      )}
      {customers.isPlaceholderData && (
        <Text size="xs" c="dimmed" ta="center" role="status">
          {t("app.loading")}
        </Text>
      )}
    </>
  );
}
