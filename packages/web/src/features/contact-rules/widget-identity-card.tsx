// Settings › Contact rules › Widget identity verification: the workspace's secret, with which the site's own
// server signs a visitor's id (userHash) so the web widget may show surveys that target a segment. Owners
// and admins only: whoever holds the secret can claim to be any customer.
import { Alert, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { LoadingState } from "../../ui/loading-state.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { CopyField } from "../surveys/distribute/copy-field.tsx";
import { useRotateWidgetIdentitySecret, useWidgetIdentitySecret } from "./widget-identity-queries.ts";

const nodeExample = [
  'import { createHmac } from "node:crypto";',
  "",
  "// On your server, never in the browser: the secret must stay private.",
  'const userHash = createHmac("sha256", process.env.TOUCHPOINT_IDENTITY_SECRET)',
  "  .update(customer.id)",
  '  .digest("hex");',
  "",
  "// In the page: Touchpoint.identify({ id: customer.id, userHash });",
].join("\n");

export function WidgetIdentityCard() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [revealed, setRevealed] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const secret = useWidgetIdentitySecret(revealed);
  const rotate = useRotateWidgetIdentitySecret();
  const key = "contactRules.widgetIdentity";

  return (
    <Card withBorder data-testid="widget-identity-card">
      <Stack gap="sm">
        <Title order={4}>{t(`${key}.title`)}</Title>
        <Text size="sm" c="dimmed">
          {t(`${key}.intro`)}
        </Text>
        {!revealed && (
          <Group>
            <Button variant="light" onClick={() => setRevealed(true)} data-testid="widget-identity-reveal">
              {t(`${key}.reveal`)}
            </Button>
          </Group>
        )}
        {revealed && secret.isPending && <LoadingState />}
        {revealed && secret.isError && <ProblemAlert error={secret.error} onRetry={() => secret.refetch()} />}
        {revealed && secret.data && (
          <Stack gap="xs">
            <CopyField value={secret.data.secret} testId="widget-identity-secret" />
            <Text size="xs" c="dimmed">
              {t(`${key}.createdAt`, { date: format.dateTime(secret.data.createdAt) })}
            </Text>
            <Text size="sm" fw={600}>
              {t(`${key}.exampleTitle`)}
            </Text>
            <CopyField value={nodeExample} block />
            {confirming ? (
              <Alert color="orange" variant="light" title={t(`${key}.rotateConfirmTitle`)}>
                <Stack gap="xs">
                  <Text size="sm">{t(`${key}.rotateConfirm`)}</Text>
                  <Group>
                    <Button
                      color="orange"
                      loading={rotate.isPending}
                      onClick={() =>
                        rotate.mutate(undefined, {
                          onSuccess: () => {
                            setConfirming(false);
                            notifySuccess(t(`${key}.rotated`));
                          },
                        })
                      }
                      data-testid="widget-identity-rotate-confirm"
                    >
                      {t(`${key}.rotate`)}
                    </Button>
                    <Button variant="default" onClick={() => setConfirming(false)}>
                      {t(`${key}.cancel`)}
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            ) : (
              <Group>
                <Button
                  variant="default"
                  onClick={() => setConfirming(true)}
                  data-testid="widget-identity-rotate"
                >
                  {t(`${key}.rotate`)}
                </Button>
              </Group>
            )}
            {rotate.isError && <ProblemAlert error={rotate.error} />}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
