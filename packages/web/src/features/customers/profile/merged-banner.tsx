// Says that this profile was merged into another, naming that customer and linking to them.
import { Alert, Anchor, Text } from "@mantine/core";
import { IconArrowMerge } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { customerDisplayName } from "../customer-display.ts";
import { useCustomer } from "../customers-queries.ts";

export function MergedBanner({ mergedInto }: { mergedInto: string }) {
  const { t } = useTranslation();
  const target = useCustomer(mergedInto);
  const name =
    (target.data && customerDisplayName(target.data)) ?? t("customers.profile.merged.anotherCustomer");
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconArrowMerge />}
      title={t("customers.profile.merged.title")}
      data-testid="customer-merged"
    >
      <Text size="sm">{t("customers.profile.merged.body", { name })}</Text>
      <Anchor component={Link} to={`/customers/${mergedInto}`} size="sm" fw={600}>
        {t("customers.profile.merged.open", { name })}
      </Anchor>
    </Alert>
  );
}
