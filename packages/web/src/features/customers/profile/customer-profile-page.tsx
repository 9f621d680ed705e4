// /customers/:id[/:tab]: loads the customer, then shows the profile; an unknown id says so plainly.
import { Anchor, Button, EmptyState, Stack } from "@mantine/core";
import { IconUserQuestion } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../../api/client.ts";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { ProblemAlert } from "../../../ui/problem-alert.tsx";
import { useCustomer } from "../customers-queries.ts";
import { CustomerProfile } from "./customer-profile.tsx";

/** A 404, or a 400 for an id that is not one: either way there is no such customer to show. */
function isMissing(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 400);
}

export function CustomerProfilePage() {
  const { t } = useTranslation();
  const { id = "", tab } = useParams();
  const customer = useCustomer(id);

  if (customer.isPending) return <LoadingState />;
  if (customer.isError) {
    return (
      <Stack maw={720}>
        <Anchor component={Link} to="/customers" size="sm">
          {t("customers.profile.back")}
        </Anchor>
        {isMissing(customer.error) ? (
          <EmptyState
            icon={<IconUserQuestion />}
            withIndicatorBackground
            title={t("customers.profile.notFound.title")}
            description={t("customers.profile.notFound.body")}
            data-testid="customer-not-found"
          >
            <EmptyState.Actions>
              <Button component={Link} to="/customers" variant="light">
                {t("customers.profile.back")}
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        ) : (
          <ProblemAlert error={customer.error} onRetry={() => void customer.refetch()} />
        )}
      </Stack>
    );
  }
  return <CustomerProfile key={customer.data.id} customer={customer.data} tab={tab} />;
}
