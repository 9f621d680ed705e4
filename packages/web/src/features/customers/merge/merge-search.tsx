// The first step of "Merge with…": search the other profile (as the customers list does, diacritics or not)
// and choose it; before anything is typed, the first profiles of the list are offered. The profile itself, merged
// and erased profiles are not.
import { Button, Group, Loader, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import type { Customer } from "@touchpoint/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../../ui/problem-alert.tsx";
import { customerDisplayName, formatPhone } from "../customer-display.ts";
import { useCustomers } from "../customers-queries.ts";

const SHOWN = 8;

export function MergeSearch({
  customer,
  onChoose,
}: {
  customer: Customer;
  onChoose: (other: Customer) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [q] = useDebouncedValue(text.trim(), 300);
  const found = useCustomers({ q, tag: "", segment: "" });
  const candidates = (found.data ?? [])
    .filter((candidate) => candidate.id !== customer.id && !candidate.mergedInto && !candidate.erasedAt)
    .slice(0, SHOWN);

  return (
    <Stack gap="md">
      <TextInput
        label={t("customers.merge.searchLabel")}
        placeholder={t("customers.merge.searchPlaceholder")}
        leftSection={<IconSearch size={16} />}
        rightSection={found.isFetching ? <Loader size="xs" /> : undefined}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        data-autofocus
        data-testid="merge-search"
      />
      {found.isError && <ProblemAlert error={found.error} />}
      {q && !found.isFetching && candidates.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("customers.merge.noMatch", { q })}
        </Text>
      )}
      <Stack gap="xs">
        {candidates.map((candidate) => (
          <Paper key={candidate.id} withBorder radius="sm" p="sm" data-testid="merge-candidate">
            <Group justify="space-between" wrap="nowrap">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text fw={600} size="sm">
                  {customerDisplayName(candidate) ?? t("customers.unnamed")}
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {[
                    ...candidate.emails,
                    ...candidate.phones.map(formatPhone),
                    ...candidate.externalIds.map((id) => id.value),
                  ].join(" · ")}
                </Text>
              </Stack>
              <Button
                size="xs"
                variant="light"
                onClick={() => onChoose(candidate)}
                data-testid="merge-choose"
              >
                {t("customers.merge.choose")}
              </Button>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
