// The import of a CSV file: what the file should hold, the file chosen, then the report of the import (or
// the reason the whole file was refused, such as a missing identity column).
import { Alert, Button, CloseButton, Code, Group, List, Paper, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconFileSpreadsheet, IconFileUpload } from "@tabler/icons-react";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.ts";
import { useFormatters } from "../../../i18n/use-formatters.ts";
import { notifyError } from "../../../ui/notify.ts";
import { ProblemAlert } from "../../../ui/problem-alert.tsx";
import { type CsvFile, useImportCustomers } from "./import-queries.ts";
import { ImportReportView } from "./import-report-view.tsx";

/** A file refused as a whole (400): the server's own sentence and the columns at fault say most. */
function FileProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || error.status !== 400) return <ProblemAlert error={error} />;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle />}
      title={t("customers.import.fileProblem")}
      role="alert"
    >
      <Stack gap={4}>
        <Text size="sm">{error.detail}</Text>
        <List size="sm">
          {error.fieldErrors.map((problem) => (
            <List.Item key={`${problem.path}:${problem.message}`}>
              {problem.path && <Code>{problem.path}</Code>} {problem.message}
            </List.Item>
          ))}
        </List>
      </Stack>
    </Alert>
  );
}

export function ImportCustomersForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const importCustomers = useImportCustomers();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<(CsvFile & { size: number }) | null>(null);

  async function read(chosen: File | undefined) {
    if (!chosen) return;
    importCustomers.reset();
    setFile({ fileName: chosen.name, text: await chosen.text(), size: chosen.size });
  }

  if (importCustomers.data && file) {
    return (
      <Stack gap="md">
        <ImportReportView report={importCustomers.data} fileName={file.fileName} onNavigate={onClose} />
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => {
              importCustomers.reset();
              setFile(null);
            }}
            data-testid="customers-import-again"
          >
            {t("customers.import.again")}
          </Button>
          <Button onClick={onClose} data-testid="customers-import-done">
            {t("customers.import.done")}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Text size="sm">{t("customers.import.intro")}</Text>
      <Text size="sm">
        <Text span fw={600} size="sm">
          {t("customers.import.columns")}
        </Text>{" "}
        {t("customers.import.columnList")}
      </Text>
      {file ? (
        <Paper withBorder p="sm" radius="sm" data-testid="customers-import-chosen">
          <Group justify="space-between" wrap="nowrap">
            <Group gap="xs" wrap="nowrap">
              <IconFileSpreadsheet size={20} />
              <Text size="sm" fw={500}>
                {t("customers.import.chosen", {
                  name: file.fileName,
                  size: `${format.number(Math.max(1, Math.round(file.size / 1024)))} KB`,
                })}
              </Text>
            </Group>
            <CloseButton
              aria-label={t("customers.import.remove")}
              onClick={() => {
                importCustomers.reset();
                setFile(null);
              }}
            />
          </Group>
        </Paper>
      ) : (
        <Button
          variant="light"
          w="fit-content"
          leftSection={<IconFileUpload size={16} />}
          onClick={() => fileInput.current?.click()}
        >
          {t("customers.import.choose")}
        </Button>
      )}
      <input
        ref={fileInput}
        type="file"
        accept=".csv,text/csv"
        hidden
        data-testid="customers-import-file"
        onChange={(event) => {
          read(event.currentTarget.files?.[0]).catch((error: unknown) => notifyError(error, t));
          // Choosing the same file again after removing it must still be noticed.
          event.currentTarget.value = "";
        }}
      />
      {importCustomers.error && <FileProblem error={importCustomers.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} disabled={importCustomers.isPending}>
          {t("app.cancel")}
        </Button>
        <Button
          disabled={!file}
          loading={importCustomers.isPending}
          onClick={() => file && importCustomers.mutate(file)}
          data-testid="customers-import-submit"
        >
          {t("customers.import.submit")}
        </Button>
      </Group>
    </Stack>
  );
}
