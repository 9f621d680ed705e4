// Customers: search by name (with or without diacritics), email, phone or id, filter by tag and segment,
// import a CSV and add one. The search lives in the URL (?q=&tag=&segment=), so a reload or a shared link
// shows the same customers.
import { Group, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { can } from "@touchpoint/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { PageTitle } from "../../../ui/page-title.tsx";
import { useCurrentMe } from "../../auth/current-me.tsx";
import { useCustomers } from "../customers-queries.ts";
import { ImportCustomersButton } from "../import/import-customers-button.tsx";
import { CustomerSearchBar } from "./customer-search-bar.tsx";
import { CustomersSectionNav } from "./customers-section-nav.tsx";
import { CustomersTable } from "./customers-table.tsx";
import { NewCustomerButton } from "./new-customer-button.tsx";

const TYPING_PAUSE_MS = 300;

export function CustomersPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const canManage = can(me.role, "customers.manage");
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const tag = params.get("tag") ?? "";
  const segment = params.get("segment") ?? "";
  const [text, setText] = useState(q);
  const [tagText, setTagText] = useState(tag);
  const [typed] = useDebouncedValue(text.trim(), TYPING_PAUSE_MS);
  const [typedTag] = useDebouncedValue(tagText.trim(), TYPING_PAUSE_MS);

  useEffect(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of [
          ["q", typed],
          ["tag", typedTag],
        ] as const) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  }, [typed, typedTag, setParams]);

  const customers = useCustomers({ q, tag, segment });

  function filterByTag(value: string) {
    setTagText(value);
    setParams((current) => new URLSearchParams({ ...Object.fromEntries(current), tag: value }));
  }

  function filterBySegment(value: string | null) {
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set("segment", value);
      else next.delete("segment");
      return next;
    });
  }

  function clear() {
    setText("");
    setTagText("");
    setParams(new URLSearchParams(), { replace: true });
  }

  return (
    <Stack gap="lg" maw={1200}>
      <CustomersSectionNav current="customers" />
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <PageTitle>{t("customers.title")}</PageTitle>
          <Text c="dimmed">{t("customers.intro")}</Text>
        </Stack>
        {canManage && (
          <Group gap="xs">
            <ImportCustomersButton />
            <NewCustomerButton />
          </Group>
        )}
      </Group>
      <CustomerSearchBar
        text={text}
        onTextChange={setText}
        tag={tagText}
        onTagChange={setTagText}
        segment={segment}
        onSegmentChange={filterBySegment}
        knownTags={customers.data ?? []}
        searching={customers.isFetching && !customers.isFetchingNextPage}
      />
      <CustomersTable
        customers={customers}
        search={{ q, tag, segment }}
        canManage={canManage}
        onTag={filterByTag}
        onClear={clear}
      />
    </Stack>
  );
}
