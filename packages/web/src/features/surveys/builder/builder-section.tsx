// A titled block of the builder (survey, questions, screens, hidden fields).
import { Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

export function BuilderSection({
  title,
  hint,
  children,
  testId,
}: {
  title: string;
  hint?: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid={testId}>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={4}>{title}</Title>
          {hint && (
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          )}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}
