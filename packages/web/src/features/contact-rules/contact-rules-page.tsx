// Settings › Contact rules: the workspace's "at most one survey per customer every N days", which
// invitations, the web widget and responses from every channel all count against.
import { Button, Card, Group, List, NumberInput, Stack, Text } from "@mantine/core";
import { can } from "@touchpoint/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadingState } from "../../ui/loading-state.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { PageTitle } from "../../ui/page-title.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { useCurrentMe } from "../auth/current-me.tsx";
import { useContactPolicy, useSaveContactPolicy } from "./contact-rules-queries.ts";
import { WidgetIdentityCard } from "./widget-identity-card.tsx";

export function ContactRulesPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const canManage = can(me.role, "workspace.manage");
  const policy = useContactPolicy();
  const save = useSaveContactPolicy();
  const [days, setDays] = useState<number | string>("");
  useEffect(() => {
    if (policy.data) setDays(policy.data.windowDays);
  }, [policy.data]);

  if (policy.isPending) return <LoadingState />;
  if (policy.isError) return <ProblemAlert error={policy.error} onRetry={() => policy.refetch()} />;
  const windowDays = typeof days === "number" ? days : Number.NaN;

  return (
    <Stack gap="lg" maw={800}>
      <Stack gap={4}>
        <PageTitle>{t("contactRules.title")}</PageTitle>
        <Text c="dimmed">{t("contactRules.intro")}</Text>
      </Stack>
      <Card withBorder>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate({ windowDays }, { onSuccess: () => notifySuccess(t("contactRules.saved")) });
          }}
        >
          <Stack gap="sm">
            <Group align="flex-end" gap="sm">
              <NumberInput
                label={t("contactRules.windowLabel")}
                description={t("contactRules.windowHelp")}
                value={days}
                onChange={setDays}
                min={0}
                max={365}
                allowDecimal={false}
                suffix={` ${t("contactRules.windowSuffix")}`}
                disabled={!canManage}
                w={360}
                data-testid="contact-window-days"
              />
              {canManage && (
                <Button type="submit" loading={save.isPending} disabled={Number.isNaN(windowDays)}>
                  {t("contactRules.save")}
                </Button>
              )}
            </Group>
            {policy.data.windowDays === 0 && (
              <Text size="sm" c="orange">
                {t("contactRules.off")}
              </Text>
            )}
            {!canManage && (
              <Text size="sm" c="dimmed">
                {t("contactRules.readOnly")}
              </Text>
            )}
            {save.isError && <ProblemAlert error={save.error} />}
          </Stack>
        </form>
      </Card>
      <Stack gap="xs">
        <Text fw={600}>{t("contactRules.appliesTitle")}</Text>
        <List size="sm">
          <List.Item>{t("contactRules.appliesInvitations")}</List.Item>
          <List.Item>{t("contactRules.appliesWidget")}</List.Item>
          <List.Item>{t("contactRules.appliesResponses")}</List.Item>
        </List>
        <Text size="sm" c="dimmed">
          {t("contactRules.appliesNote")}
        </Text>
      </Stack>
      {canManage && <WidgetIdentityCard />}
    </Stack>
  );
}
