// Adds a person to the workspace by email, with a role and, for a new account, an initial password.
import {
  Button,
  Group,
  Paper,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import type { AddMemberInput, Role } from "@touchpoint/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../../api/describe-error.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { RoleSelect } from "../../ui/role-select.tsx";
import { useCurrentMe } from "../auth/current-me.tsx";
import { useAddMember } from "./members-queries.ts";

export function AddMemberForm() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const addMember = useAddMember();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [role, setRole] = useState<Role>("viewer");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input: AddMemberInput = { email: email.trim(), role };
    if (name.trim()) input.name = name.trim();
    if (password) input.password = password;
    addMember.mutate(input, {
      onSuccess: (member) => {
        notifySuccess(t("members.added", { email: member.email }));
        setEmail("");
        setName("");
        setPassword("");
        addMember.reset();
      },
    });
  }

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="add-member-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <div>
            <Title order={4} id="add-member-title">
              {t("members.addTitle")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("members.addHint")}
            </Text>
          </div>
          {addMember.error && <ProblemAlert error={addMember.error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("members.email")}
              placeholder={t("auth.emailPlaceholder")}
              type="email"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={fieldError(addMember.error, "email")}
              data-testid="member-email"
            />
            <TextInput
              label={t("members.name")}
              placeholder={t("members.namePlaceholder")}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={fieldError(addMember.error, "name")}
              data-testid="member-name"
            />
            <PasswordInput
              label={t("members.password")}
              description={t("members.passwordHint")}
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={fieldError(addMember.error, "password")}
              data-testid="member-password"
            />
            <RoleSelect
              label={t("roles.label")}
              value={role}
              granter={me.role}
              onChange={setRole}
              error={fieldError(addMember.error, "role")}
              data-testid="member-role"
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button
              type="submit"
              leftSection={<IconPlus size={16} />}
              loading={addMember.isPending}
              disabled={!email.trim()}
              data-testid="member-add"
            >
              {t("members.add")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
