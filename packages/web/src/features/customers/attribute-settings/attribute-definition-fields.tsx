// The type and the Vietnamese and English labels of an attribute definition, shared by "add" and "edit".
import { Select, SimpleGrid, Text, TextInput } from "@mantine/core";
import { ATTRIBUTE_TYPES, type AttributeType } from "@touchpoint/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { LabelDraft } from "./attribute-label.ts";

interface AttributeDefinitionFieldsProps {
  type: AttributeType;
  onTypeChange: (type: AttributeType) => void;
  label: LabelDraft;
  onLabelChange: (label: LabelDraft) => void;
  labelError: ReactNode;
  /** The key input of a new attribute, set beside the type; an existing attribute's key is fixed. */
  keyInput?: ReactNode;
  testId: string;
}

export function AttributeDefinitionFields(props: AttributeDefinitionFieldsProps) {
  const { t } = useTranslation();
  const { label, onLabelChange } = props;
  const typeSelect = (
    <Select
      label={t("customers.attributeSettings.type")}
      description={t("customers.attributeSettings.typeHint")}
      // The hint under the input, so the inputs side by side line up whatever the hints' lengths.
      inputWrapperOrder={["label", "input", "description", "error"]}
      data={ATTRIBUTE_TYPES.map((value) => ({
        value,
        label: t(`customers.attributeSettings.types.${value}`),
      }))}
      value={props.type}
      onChange={(value) => {
        const type = ATTRIBUTE_TYPES.find((candidate) => candidate === value);
        if (type) props.onTypeChange(type);
      }}
      allowDeselect={false}
      data-testid={`${props.testId}-type`}
    />
  );
  return (
    <>
      {props.keyInput ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {props.keyInput}
          {typeSelect}
        </SimpleGrid>
      ) : (
        typeSelect
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t("customers.attributeSettings.labelVi")}
          placeholder={t("customers.attributeSettings.labelPlaceholderVi")}
          lang="vi"
          value={label.vi}
          onChange={(event) => onLabelChange({ ...label, vi: event.currentTarget.value })}
          error={Boolean(props.labelError)}
          data-testid={`${props.testId}-label-vi`}
        />
        <TextInput
          label={t("customers.attributeSettings.labelEn")}
          placeholder={t("customers.attributeSettings.labelPlaceholderEn")}
          lang="en"
          value={label.en}
          onChange={(event) => onLabelChange({ ...label, en: event.currentTarget.value })}
          error={Boolean(props.labelError)}
          data-testid={`${props.testId}-label-en`}
        />
      </SimpleGrid>
      <Text
        size="xs"
        c={props.labelError ? "red" : "dimmed"}
        mt={-8}
        role={props.labelError ? "alert" : undefined}
      >
        {props.labelError ?? t("customers.attributeSettings.labelHint")}
      </Text>
    </>
  );
}
