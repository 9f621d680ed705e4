// Settings › Members: who can sign in to this workspace, with their roles; managers can add and remove.
import { Stack, Text } from "@mantine/core";
import { can } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../ui/page-title.tsx";
import { useCurrentMe } from "../auth/current-me.tsx";
import { AddMemberForm } from "./add-member-form.tsx";
import { MembersTable } from "./members-table.tsx";

export function MembersPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const canManage = can(me.role, "members.manage");
  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <PageTitle>{t("members.title")}</PageTitle>
        <Text c="dimmed">{t("members.intro")}</Text>
      </Stack>
      <MembersTable canManage={canManage} />
      {canManage && <AddMemberForm />}
    </Stack>
  );
}
