// A titled card of a customer profile, with an "Edit" button when the caller may change that part.
import { Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { IconPencil } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface ProfileSectionProps {
  title: string;
  description?: string;
  /** Shown as the "Edit" button; left out when the section is read-only or already being edited. */
  onEdit?: (() => void) | undefined;
  testId: string;
  children: ReactNode;
}

export function ProfileSection({ title, description, onEdit, testId, children }: ProfileSectionProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={title} data-testid={testId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Title order={4}>{title}</Title>
            {description && (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            )}
          </Stack>
          {onEdit && (
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconPencil size={14} />}
              onClick={onEdit}
              data-testid={`${testId}-edit`}
            >
              {t("customers.profile.edit")}
            </Button>
          )}
        </Group>
        {children}
      </Stack>
    </Card>
  );
}
