// Picks a segment to list only its customers (GET /customers?segment=); "All customers" when none.
import { Select } from "@mantine/core";
import { IconFilter } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useSegments } from "./segment-queries.ts";

export function SegmentPicker({ value, onChange }: { value: string; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const segments = useSegments();
  const data = (segments.data ?? []).map((segment) => ({ value: segment.id, label: segment.name }));
  // A link to a segment deleted since still shows which filter is on, so it can be cleared.
  if (value && segments.data && !data.some((option) => option.value === value))
    data.push({ value, label: value });
  return (
    <Select
      w={260}
      label={t("customers.segments.picker.label")}
      placeholder={t("customers.segments.picker.placeholder")}
      leftSection={<IconFilter size={16} />}
      data={data}
      value={value || null}
      onChange={onChange}
      clearable
      searchable
      nothingFoundMessage={t("customers.segments.empty.title")}
      data-testid="customer-segment-filter"
    />
  );
}
