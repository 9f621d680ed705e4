// The Distribute tab: the public link, one per channel, its QR code, the website widget snippet and email invitations.
import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { IconAlertTriangle, IconQrcode } from "@tabler/icons-react";
import type { Survey } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useCurrentMe } from "../../auth/current-me.tsx";
import { EmailInvitationsSection } from "../../invitations/email-invitations-section.tsx";
import { CopyField } from "./copy-field.tsx";

const LINK_CHANNELS = ["email", "sms", "qr", "web"] as const;

export function DistributeTab({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const origin = window.location.origin;
  const link = `${origin}/s/${survey.slug}`;
  const widget = [
    `<script src="${origin}/widget.js" async></script>`,
    `<script>window.TouchpointConfig={workspace:${JSON.stringify(me.workspace.slug)},host:${JSON.stringify(origin)}}</script>`,
  ].join("\n");

  return (
    <Stack gap="lg" maw={960}>
      {survey.status !== "live" && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle />} data-testid="survey-not-live">
          {t(`surveys.distribute.notLive.${survey.status}`)}
        </Alert>
      )}
      <Paper withBorder p="md" radius="md" component="section">
        <Stack gap="sm">
          <Title order={4}>{t("surveys.distribute.linkTitle")}</Title>
          <Text size="sm" c="dimmed">
            {t("surveys.distribute.linkHint")}
          </Text>
          <CopyField value={link} testId="survey-link" />
          <Text size="sm" fw={600} mt="xs">
            {t("surveys.distribute.channelsTitle")}
          </Text>
          <Text size="sm" c="dimmed">
            {t("surveys.distribute.channelsHint")}
          </Text>
          <Table verticalSpacing="xs">
            <Table.Tbody>
              {LINK_CHANNELS.map((channel) => (
                <Table.Tr key={channel}>
                  <Table.Td w={140}>
                    <Text size="sm">{t(`responses.channels.${channel}`)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <CopyField value={`${link}?channel=${channel}`} testId={`survey-link-${channel}`} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section">
        <Stack gap="sm">
          <Title order={4}>{t("surveys.distribute.qrTitle")}</Title>
          <Text size="sm" c="dimmed">
            {t("surveys.distribute.qrHint")}
          </Text>
          <Group>
            {(["svg", "png"] as const).map((format) => (
              <Button
                key={format}
                component="a"
                variant="light"
                leftSection={<IconQrcode size={16} />}
                href={`/api/v1/surveys/${survey.id}/qr?format=${format}&channel=qr`}
                download
                data-testid={`survey-qr-${format}`}
              >
                {t(`surveys.distribute.qrDownload.${format}`)}
              </Button>
            ))}
          </Group>
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section">
        <Stack gap="sm">
          <Title order={4}>{t("surveys.distribute.widgetTitle")}</Title>
          <Text size="sm" c="dimmed">
            {t("surveys.distribute.widgetHint")}
          </Text>
          <CopyField value={widget} testId="survey-widget-snippet" block />
        </Stack>
      </Paper>
      <EmailInvitationsSection survey={survey} />
    </Stack>
  );
}
