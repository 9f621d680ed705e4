// A card on the overview that leads to one settings page, with a line on why to go there.
import { Card, Group, Text, ThemeIcon } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { Link } from "react-router";

interface SetupCardProps {
  to: string;
  icon: ReactNode;
  title: string;
  hint: string;
}

export function SetupCard({ to, icon, title, hint }: SetupCardProps) {
  return (
    <Card withBorder padding="lg" radius="md" component={Link} to={to}>
      <Group justify="space-between" mb="xs">
        <Group gap="sm">
          <ThemeIcon variant="light" size="lg">
            {icon}
          </ThemeIcon>
          <Text fw={600}>{title}</Text>
        </Group>
        <IconArrowRight size={18} />
      </Group>
      <Text size="sm" c="dimmed">
        {hint}
      </Text>
    </Card>
  );
}
