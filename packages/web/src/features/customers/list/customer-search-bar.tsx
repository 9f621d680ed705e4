// The search box, the tag filter and the segment picker of the customers list; the tags offered are those of
// the rows loaded.
import { Autocomplete, CloseButton, Group, Loader, TextInput } from "@mantine/core";
import { IconSearch, IconTag } from "@tabler/icons-react";
import type { Customer } from "@touchpoint/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { SegmentPicker } from "../segments/segment-picker.tsx";

interface CustomerSearchBarProps {
  text: string;
  onTextChange: (text: string) => void;
  tag: string;
  onTagChange: (tag: string) => void;
  segment: string;
  onSegmentChange: (segment: string | null) => void;
  knownTags: readonly Customer[];
  searching: boolean;
}

export function CustomerSearchBar(props: CustomerSearchBarProps) {
  const { t } = useTranslation();
  const tags = useMemo(
    () =>
      [...new Set(props.knownTags.flatMap((customer) => customer.tags))].sort((a, b) => a.localeCompare(b)),
    [props.knownTags],
  );
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        flex="1 1 360px"
        maw={560}
        label={t("customers.search.label")}
        placeholder={t("customers.search.placeholder")}
        leftSection={<IconSearch size={16} />}
        rightSection={
          props.searching ? (
            <Loader size="xs" />
          ) : props.text ? (
            <CloseButton aria-label={t("customers.noResults.clear")} onClick={() => props.onTextChange("")} />
          ) : undefined
        }
        value={props.text}
        onChange={(event) => props.onTextChange(event.currentTarget.value)}
        type="search"
        data-testid="customer-search"
      />
      <Autocomplete
        w={240}
        label={t("customers.search.tag")}
        placeholder={t("customers.search.tagPlaceholder")}
        leftSection={<IconTag size={16} />}
        data={tags}
        value={props.tag}
        onChange={props.onTagChange}
        clearable
        data-testid="customer-tag-filter"
      />
      <SegmentPicker value={props.segment} onChange={props.onSegmentChange} />
    </Group>
  );
}
