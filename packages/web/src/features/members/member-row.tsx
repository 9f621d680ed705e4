// One member in the table: a role select for those the caller may manage, and removal.
import { Badge, Group, Table, Text } from "@mantine/core";
import { canGrant, type Member, type Role } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { notifyError, notifySuccess } from "../../ui/notify.ts";
import { RoleSelect } from "../../ui/role-select.tsx";
import { useCurrentMe } from "../auth/current-me.tsx";
import { useChangeMemberRole } from "./members-queries.ts";
import { RemoveMemberButton } from "./remove-member-button.tsx";

export function MemberRow({ member, canManage }: { member: Member; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const me = useCurrentMe();
  const changeRole = useChangeMemberRole();
  const isSelf = member.userId === me.user?.id;
  // One's own role, and the role of someone above, are changed by someone else (the server decides too).
  const editable = canManage && !isSelf && canGrant(me.role, member.role);

  function onRoleChange(role: Role) {
    changeRole.mutate(
      { userId: member.userId, role },
      {
        onSuccess: (updated) =>
          notifySuccess(t("members.roleChanged", { name: updated.name, role: t(`roles.${updated.role}`) })),
        onError: (error) => notifyError(error, t),
      },
    );
  }

  return (
    <Table.Tr data-testid="member-row">
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" fw={500}>
            {member.name}
          </Text>
          {isSelf && (
            <Badge size="xs" variant="light">
              {t("members.you")}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{member.email}</Text>
      </Table.Td>
      <Table.Td>
        {editable ? (
          <RoleSelect
            value={member.role}
            granter={me.role}
            onChange={onRoleChange}
            disabled={changeRole.isPending}
            size="xs"
            w={200}
            aria-label={t("members.changeRole", { name: member.name })}
          />
        ) : (
          <Badge variant="light" color="gray">
            {t(`roles.${member.role}`)}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{format.date(member.createdAt)}</Text>
      </Table.Td>
      {canManage && <Table.Td>{editable && <RemoveMemberButton member={member} />}</Table.Td>}
    </Table.Tr>
  );
}
