// The signed-in person's menu: who they are, their role here, and logging out.
import { Avatar, Menu, Text, UnstyledButton } from "@mantine/core";
import { IconLogout } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useLogout } from "../features/auth/auth-queries.ts";
import { useCurrentMe } from "../features/auth/current-me.tsx";
import { notifyError } from "../ui/notify.ts";

export function UserMenu() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const name = me.user?.name ?? me.apiKey?.name ?? "";

  function logOut() {
    logout.mutate(undefined, {
      onSuccess: () => {
        navigate("/login", { replace: true });
        // After leaving the shell, so nothing still mounted refetches what is being dropped.
        queryClient.clear();
      },
      onError: (error) => notifyError(error, t),
    });
  }

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t("auth.userMenu")} data-testid="user-menu">
          <Avatar name={name} color="initials" size={32} />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.user ? t("auth.signedInAs", { name }) : t("auth.apiKeyCaller", { name })}</Menu.Label>
        {me.user && (
          <Text size="xs" c="dimmed" px="sm" pb="xs">
            {me.user.email} · {t(`roles.${me.role}`)}
          </Text>
        )}
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconLogout size={16} />}
          onClick={logOut}
          disabled={logout.isPending}
          data-testid="logout"
        >
          {t("auth.logout")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
