// "Upload CSV" beside the pasted recipients: reads the chosen file in the browser and shows it once chosen,
// with a button to go back to pasted lines. The server reads its columns (email, name, language,
// hidden.<key>).
import { Button, CloseButton, Group, Paper, Text } from "@mantine/core";
import { IconFileSpreadsheet, IconFileUpload } from "@tabler/icons-react";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { notifyError } from "../../ui/notify.ts";
import type { RecipientsCsv } from "./invitations-queries.ts";

interface RecipientsCsvInputProps {
  csv: RecipientsCsv | null;
  onChange: (csv: RecipientsCsv | null) => void;
}

export function RecipientsCsvInput({ csv, onChange }: RecipientsCsvInputProps) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);

  async function read(file: File | undefined) {
    if (!file) return;
    onChange({ fileName: file.name, text: await file.text() });
  }

  if (csv) {
    return (
      <Paper withBorder p="xs" radius="sm" data-testid="invitations-csv-chosen">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <IconFileSpreadsheet size={20} />
            <Text size="sm" fw={500}>
              {csv.fileName}
            </Text>
          </Group>
          <CloseButton aria-label={t("invitations.csvRemove")} onClick={() => onChange(null)} />
        </Group>
      </Paper>
    );
  }
  return (
    <Group gap="sm" wrap="nowrap" align="center">
      <Button
        variant="light"
        size="xs"
        leftSection={<IconFileUpload size={14} />}
        onClick={() => fileInput.current?.click()}
        data-testid="invitations-csv-upload"
      >
        {t("invitations.csvUpload")}
      </Button>
      <Text size="xs" c="dimmed">
        {t("invitations.csvHint")}
      </Text>
      <input
        ref={fileInput}
        type="file"
        accept=".csv,text/csv"
        hidden
        data-testid="invitations-csv-file"
        onChange={(event) => {
          read(event.currentTarget.files?.[0]).catch((error: unknown) => notifyError(error, t));
          // Choosing the same file again after removing it must still be noticed.
          event.currentTarget.value = "";
        }}
      />
    </Group>
  );
}
