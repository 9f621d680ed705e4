// "New survey": creates a draft from a starter (blank with one NPS question, or the example) or from a
// survey file of another tool, and opens it.
import { Button, Menu } from "@mantine/core";
import {
  IconChevronDown,
  IconClipboardPlus,
  IconFileDescription,
  IconFileImport,
  IconPlus,
} from "@tabler/icons-react";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { isLanguage } from "../../i18n/languages.ts";
import { notifyError, notifySuccess } from "../../ui/notify.ts";
import { STARTER_LANGUAGES, type SurveyStarter, starterDefinition } from "./survey-starters.ts";
import { useCreateSurvey, useImportSurvey } from "./surveys-queries.ts";
import { useLocalize } from "./use-localize.ts";

export function NewSurveyMenu({ variant = "filled" }: { variant?: "filled" | "light" }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const createSurvey = useCreateSurvey();
  const localize = useLocalize(STARTER_LANGUAGES);
  const uiLanguage = i18n.resolvedLanguage;
  const importSurvey = useImportSurvey();
  const fileInput = useRef<HTMLInputElement>(null);

  function importFile(file: File | undefined) {
    if (!file) return;
    importSurvey.mutate(file, {
      onSuccess: ({ survey, unmapped }) => {
        notifySuccess(
          unmapped.length === 0
            ? t("surveys.starters.imported")
            : t("surveys.starters.importedWithGaps", {
                count: unmapped.length,
                items: unmapped.map((item) => item.what).join("; "),
              }),
        );
        void navigate(`/surveys/${survey.id}`);
      },
      onError: (error) => notifyError(error, t),
    });
  }

  function create(starter: SurveyStarter) {
    const defaultLanguage = isLanguage(uiLanguage) ? uiLanguage : "vi";
    createSurvey.mutate(
      { definition: starterDefinition(starter, defaultLanguage, localize) },
      {
        onSuccess: (survey) => void navigate(`/surveys/${survey.id}`),
        onError: (error) => notifyError(error, t),
      },
    );
  }

  return (
    <Menu position="bottom-end" width={300}>
      <Menu.Target>
        <Button
          variant={variant}
          leftSection={<IconPlus size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={createSurvey.isPending || importSurvey.isPending}
          data-testid="survey-new"
        >
          {t("surveys.new")}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconClipboardPlus size={18} />}
          onClick={() => create("blank")}
          data-testid="survey-new-blank"
        >
          {t("surveys.starters.blank")}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconFileDescription size={18} />}
          onClick={() => create("example")}
          data-testid="survey-new-example"
        >
          {t("surveys.starters.example")}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconFileImport size={18} />}
          onClick={() => fileInput.current?.click()}
          data-testid="survey-import"
        >
          {t("surveys.starters.importFile")}
        </Menu.Item>
      </Menu.Dropdown>
      <input
        ref={fileInput}
        type="file"
        accept=".json,.qsf,.lss,.lsg,application/json"
        hidden
        data-testid="survey-import-file"
        onChange={(event) => {
          importFile(event.currentTarget.files?.[0]);
          event.currentTarget.value = "";
        }}
      />
    </Menu>
  );
}
