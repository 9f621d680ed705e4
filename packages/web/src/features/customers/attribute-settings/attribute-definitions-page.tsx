// Settings › Customer attributes: the facts the workspace keeps on every profile. Everyone may read the
// list (profiles use it for labels); owners and admins define, relabel and delete.
import { Stack, Text } from "@mantine/core";
import { can } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../../ui/page-title.tsx";
import { useCurrentMe } from "../../auth/current-me.tsx";
import { useAttributeDefinitions } from "../attribute-definitions-queries.ts";
import { AddAttributeForm } from "./add-attribute-form.tsx";
import { AttributeDefinitionsTable } from "./attribute-definitions-table.tsx";

export function AttributeDefinitionsPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const canManage = can(me.role, "workspace.manage");
  const definitions = useAttributeDefinitions();
  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <PageTitle>{t("customers.attributeSettings.title")}</PageTitle>
        <Text c="dimmed">{t("customers.attributeSettings.intro")}</Text>
      </Stack>
      <AttributeDefinitionsTable definitions={definitions} canManage={canManage} />
      {canManage ? (
        definitions.data && <AddAttributeForm existing={definitions.data} />
      ) : (
        <Text size="sm" c="dimmed">
          {t("customers.attributeSettings.readOnly")}
        </Text>
      )}
    </Stack>
  );
}
