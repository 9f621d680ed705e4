// The words under a customer form field for one of the server's field problems; an identity another
// customer holds names that customer and links to their profile.
import { Anchor } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { customerDisplayName } from "../customer-display.ts";
import { useCustomer } from "../customers-queries.ts";
import type { FieldProblem } from "./customer-field-errors.ts";

function TakenMessage({ customerId }: { customerId: string | null }) {
  const { t } = useTranslation();
  const holder = useCustomer(customerId);
  const name = holder.data ? customerDisplayName(holder.data) : null;
  return (
    <span data-testid="identity-taken">
      {name ? t("customers.fieldProblems.takenBy", { name }) : t("customers.fieldProblems.taken")}{" "}
      {customerId && (
        <Anchor
          component={Link}
          to={`/customers/${customerId}`}
          size="xs"
          c="red"
          underline="always"
          data-testid="identity-holder-link"
        >
          {t("customers.fieldProblems.openHolder")}
        </Anchor>
      )}
    </span>
  );
}

export function FieldProblemMessage({ problem }: { problem: FieldProblem }) {
  const { t } = useTranslation();
  switch (problem.kind) {
    case "taken":
      return <TakenMessage customerId={problem.customerId} />;
    case "email":
      return t("customers.fieldProblems.email");
    case "phone":
      return t("customers.fieldProblems.phone");
    case "message":
      return problem.message;
  }
}

/** For an input's `error` prop: the message, or nothing when the field is fine. */
export function problemMessage(problem: FieldProblem | undefined) {
  return problem ? <FieldProblemMessage problem={problem} /> : undefined;
}
