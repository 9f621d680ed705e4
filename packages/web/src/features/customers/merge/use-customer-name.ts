// The name to show for a customer known only by id (the other side of a merge): loaded, else a placeholder.
import { useTranslation } from "react-i18next";
import { customerDisplayName } from "../customer-display.ts";
import { useCustomer } from "../customers-queries.ts";

export function useCustomerName(id: string): string {
  const { t } = useTranslation();
  const customer = useCustomer(id);
  if (!customer.data) return customer.isPending ? "…" : t("customers.profile.merged.anotherCustomer");
  return customerDisplayName(customer.data) ?? t("customers.unnamed");
}
