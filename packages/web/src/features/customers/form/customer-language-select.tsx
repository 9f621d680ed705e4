// The language a customer speaks, chosen among the languages Touchpoint's surveys are most often written
// in, each named in the UI language; a profile's own language is offered even when it is not among them.
import { Select, type SelectProps } from "@mantine/core";
import { useMemo } from "react";
import { useLanguageName } from "../../surveys/use-language-name.ts";

const COMMON_LANGUAGES = ["vi", "en", "zh", "ko", "ja", "fr", "km", "th"];

type CustomerLanguageSelectProps = Omit<SelectProps, "data" | "value" | "onChange"> & {
  value: string;
  onChange: (language: string) => void;
  "data-testid"?: string;
};

export function CustomerLanguageSelect({ value, onChange, ...props }: CustomerLanguageSelectProps) {
  const languageName = useLanguageName();
  const data = useMemo(() => {
    const codes =
      value && !COMMON_LANGUAGES.includes(value) ? [...COMMON_LANGUAGES, value] : COMMON_LANGUAGES;
    return codes.map((code) => ({ value: code, label: languageName(code) }));
  }, [value, languageName]);
  return (
    <Select
      {...props}
      data={data}
      value={value || null}
      onChange={(next) => onChange(next ?? "")}
      searchable
    />
  );
}
