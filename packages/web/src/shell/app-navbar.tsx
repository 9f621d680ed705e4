// The side navigation: every module (built or coming) and the settings the caller's role may see.
import { Badge, NavLink, ScrollArea, Text } from "@mantine/core";
import { can } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useCurrentMe } from "../features/auth/current-me.tsx";
import { MODULE_NAV, type NavItem, SETTINGS_NAV } from "./nav-items.ts";

function isActive(item: NavItem, pathname: string): boolean {
  return item.path === "/"
    ? pathname === "/"
    : pathname === item.path || pathname.startsWith(`${item.path}/`);
}

export function AppNavbar({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const me = useCurrentMe();
  const settings = SETTINGS_NAV.filter((item) => !item.permission || can(me.role, item.permission));

  const renderItem = (item: NavItem) => (
    <NavLink
      key={item.path}
      component={Link}
      to={item.path}
      label={t(`nav.${item.label}`)}
      leftSection={<item.icon size={18} stroke={1.6} />}
      rightSection={
        item.upcoming ? (
          <Badge size="xs" variant="light" color="gray">
            {t("nav.soon")}
          </Badge>
        ) : undefined
      }
      active={isActive(item, pathname)}
      aria-current={isActive(item, pathname) ? "page" : undefined}
      onClick={onNavigate}
      data-testid={item.testId}
    />
  );

  return (
    <ScrollArea component="nav" aria-label={t("nav.label")} h="100%">
      {MODULE_NAV.map(renderItem)}
      {settings.length > 0 && (
        <>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="lg" pb={4}>
            {t("nav.settings")}
          </Text>
          {settings.map(renderItem)}
        </>
      )}
    </ScrollArea>
  );
}
