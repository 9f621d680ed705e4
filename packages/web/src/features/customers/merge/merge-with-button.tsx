// "Merge with…" on a profile: find the other profile of the same person, see both side by side (and which
// one stays), then merge. The survivor's Merges tab opens with the result and its undo.
import { Button, Modal } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconArrowMerge } from "@tabler/icons-react";
import type { Customer } from "@touchpoint/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { notifySuccess } from "../../../ui/notify.ts";
import { customerDisplayName } from "../customer-display.ts";
import { MergePreview } from "./merge-preview.tsx";
import { useMergeCustomers } from "./merge-queries.ts";
import { MergeSearch } from "./merge-search.tsx";

export function MergeWithButton({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, modal] = useDisclosure(false);
  const [other, setOther] = useState<Customer | null>(null);
  const merge = useMergeCustomers();

  function close() {
    modal.close();
    setOther(null);
    merge.reset();
  }

  function confirm(survivor: Customer, merged: Customer) {
    merge.mutate(
      { survivorId: survivor.id, mergedId: merged.id },
      {
        onSuccess: (result) => {
          const name = (who: Customer) => customerDisplayName(who) ?? t("customers.unnamed");
          notifySuccess(t("customers.merge.done", { merged: name(merged), survivor: name(result.survivor) }));
          close();
          void navigate(`/customers/${result.survivor.id}/merges?merge=${result.merge.id}`);
        },
      },
    );
  }

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconArrowMerge size={16} />}
        onClick={modal.open}
        data-testid="customer-merge-with"
      >
        {t("customers.merge.mergeWith")}
      </Button>
      <Modal opened={opened} onClose={close} title={t("customers.merge.modalTitle")} size="xl">
        {other ? (
          <MergePreview
            current={customer}
            other={other}
            pending={merge.isPending}
            error={merge.error}
            onBack={() => {
              setOther(null);
              merge.reset();
            }}
            onConfirm={confirm}
          />
        ) : (
          <MergeSearch customer={customer} onChoose={setOther} />
        )}
      </Modal>
    </>
  );
}
