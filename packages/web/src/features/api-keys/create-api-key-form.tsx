// Creates an API key with a name and a role; the page then shows its secret once.
import { Button, Group, Paper, Stack, TextInput, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import type { Role } from "@touchpoint/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../../api/describe-error.ts";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { RoleSelect } from "../../ui/role-select.tsx";
import { useCurrentMe } from "../auth/current-me.tsx";
import { type CreatedApiKey, useCreateApiKey } from "./api-keys-queries.ts";

export function CreateApiKeyForm({ onCreated }: { onCreated: (created: CreatedApiKey) => void }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const createApiKey = useCreateApiKey();
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("viewer");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    createApiKey.mutate(
      { name: name.trim(), role },
      {
        onSuccess: (created) => {
          onCreated(created);
          setName("");
          createApiKey.reset();
        },
      },
    );
  }

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="create-api-key-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={4} id="create-api-key-title">
            {t("apiKeys.createTitle")}
          </Title>
          {createApiKey.error && <ProblemAlert error={createApiKey.error} />}
          <Group align="flex-start" grow>
            <TextInput
              label={t("apiKeys.name")}
              placeholder={t("apiKeys.namePlaceholder")}
              required
              maxLength={120}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={fieldError(createApiKey.error, "name")}
              data-testid="api-key-name"
            />
            <RoleSelect
              label={t("roles.label")}
              value={role}
              granter={me.role}
              onChange={setRole}
              error={fieldError(createApiKey.error, "role")}
              data-testid="api-key-role"
            />
          </Group>
          <Group justify="flex-end">
            <Button
              type="submit"
              leftSection={<IconPlus size={16} />}
              loading={createApiKey.isPending}
              disabled={!name.trim()}
              data-testid="api-key-create"
            >
              {t("apiKeys.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
