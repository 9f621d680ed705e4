// Switches the UI between Vietnamese and English; each option names itself in its own language.
import { Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LANGUAGES } from "../i18n/languages.ts";
import { setLanguage } from "../i18n/setup.ts";

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Button.Group aria-label={t("language.label")}>
      {LANGUAGES.map(({ code, endonym }) => {
        const selected = i18n.resolvedLanguage === code;
        return (
          <Button
            key={code}
            size="xs"
            variant={selected ? "filled" : "default"}
            aria-pressed={selected}
            lang={code}
            onClick={() => setLanguage(code)}
            data-testid={`lang-${code}`}
          >
            {endonym}
          </Button>
        );
      })}
    </Button.Group>
  );
}
