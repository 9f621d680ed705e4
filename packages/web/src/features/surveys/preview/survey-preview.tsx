// The live preview: the current, unsaved definition in a phone or desktop frame, in a chosen language.
import {
  ActionIcon,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
  Tooltip,
} from "@mantine/core";
import { IconDeviceDesktop, IconDeviceMobile, IconRefresh } from "@tabler/icons-react";
import type { SurveyDefinition } from "@touchpoint/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLanguageName } from "../use-language-name.ts";
import { type PreviewDevice, PreviewFrame } from "./preview-frame.tsx";
import { PreviewSurveyBody } from "./preview-survey-body.tsx";

export type { PreviewDevice } from "./preview-frame.tsx";

interface SurveyPreviewProps {
  definition: SurveyDefinition;
  device: PreviewDevice;
  onDeviceChange: (device: PreviewDevice) => void;
}

export function SurveyPreview({ definition, device, onDeviceChange }: SurveyPreviewProps) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const [chosen, setChosen] = useState(definition.defaultLanguage);
  const [answers, setAnswers] = useState<Record<string, unknown>>({});
  const language = definition.languages.includes(chosen) ? chosen : definition.defaultLanguage;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t("surveys.preview.title")}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={4}>{t("surveys.preview.title")}</Title>
          <Group gap="xs">
            <Select
              aria-label={t("surveys.preview.language")}
              data={definition.languages.map((value) => ({ value, label: languageName(value) }))}
              value={language}
              onChange={(value) => value && setChosen(value)}
              allowDeselect={false}
              w={170}
              size="xs"
              data-testid="preview-language"
            />
            <SegmentedControl
              size="xs"
              value={device}
              onChange={(value) => onDeviceChange(value === "desktop" ? "desktop" : "phone")}
              data={[
                {
                  value: "phone",
                  label: <IconDeviceMobile size={16} aria-label={t("surveys.preview.phone")} />,
                },
                {
                  value: "desktop",
                  label: <IconDeviceDesktop size={16} aria-label={t("surveys.preview.desktop")} />,
                },
              ]}
              data-testid="preview-device"
            />
            <Tooltip label={t("surveys.preview.reset")} withArrow>
              <ActionIcon
                variant="default"
                onClick={() => setAnswers({})}
                aria-label={t("surveys.preview.reset")}
              >
                <IconRefresh size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          {t("surveys.preview.hint")}
        </Text>
        <PreviewFrame device={device}>
          <PreviewSurveyBody
            definition={definition}
            language={language}
            answers={answers}
            onAnswer={(questionId, value) => setAnswers((current) => ({ ...current, [questionId]: value }))}
          />
        </PreviewFrame>
      </Stack>
    </Paper>
  );
}
