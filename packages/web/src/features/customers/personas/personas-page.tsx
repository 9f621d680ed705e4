// /customers/personas: the gallery of personas, and (for roles that manage customers) a new one.
import { Button, EmptyState, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconPlus, IconUserCircle } from "@tabler/icons-react";
import { can } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { PageTitle } from "../../../ui/page-title.tsx";
import { ProblemAlert } from "../../../ui/problem-alert.tsx";
import { useCurrentMe } from "../../auth/current-me.tsx";
import { CUSTOMER_SECTIONS, CustomersSectionNav } from "../list/customers-section-nav.tsx";
import { useSegments } from "../segments/segment-queries.ts";
import { PersonaCard } from "./persona-card.tsx";
import { usePersonas } from "./persona-queries.ts";

export function PersonasPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const canManage = can(me.role, "customers.manage");
  const personas = usePersonas();
  const segments = useSegments();
  const newButton = canManage && (
    <Button
      component={Link}
      to={`${CUSTOMER_SECTIONS.personas}/new`}
      leftSection={<IconPlus size={16} />}
      data-testid="persona-new"
    >
      {t("customers.personas.new")}
    </Button>
  );
  return (
    <Stack gap="lg" maw={1200}>
      <CustomersSectionNav current="personas" />
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <PageTitle>{t("customers.personas.title")}</PageTitle>
          <Text c="dimmed" maw={760}>
            {t("customers.personas.intro")}
          </Text>
        </Stack>
        {personas.data && personas.data.length > 0 && newButton}
      </Group>
      {personas.isPending ? (
        <LoadingState />
      ) : personas.isError ? (
        <ProblemAlert error={personas.error} onRetry={() => void personas.refetch()} />
      ) : personas.data.length === 0 ? (
        <EmptyState
          icon={<IconUserCircle />}
          withIndicatorBackground
          title={t("customers.personas.empty.title")}
          description={
            canManage ? t("customers.personas.empty.body") : t("customers.personas.empty.readOnly")
          }
          data-testid="personas-empty"
        >
          {newButton && <EmptyState.Actions>{newButton}</EmptyState.Actions>}
        </EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" data-testid="personas-gallery">
          {personas.data.map((persona) => (
            <PersonaCard key={persona.id} persona={persona} segments={segments.data ?? []} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
