// The trained models of a workspace, newest first: task, when and by how many labels, held-out macro-F1 and
// accuracy, which is in use; managers switch to one ("Use this model", a rollback for an older one) or go
// back to the default model, each confirmed since every switch analyses all comments again.
import { Badge, Table, Text } from "@mantine/core";
import type { WorkspaceModel } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { useActivateModel, useDeactivateModel } from "./models-queries.ts";

export function WorkspaceModelsTable(props: { models: WorkspaceModel[]; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const activate = useActivateModel();
  const deactivate = useDeactivateModel();

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" data-testid="workspace-models-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("feedback.models.columns.task")}</Table.Th>
            <Table.Th>{t("feedback.models.columns.trainedAt")}</Table.Th>
            <Table.Th>{t("feedback.models.columns.labels")}</Table.Th>
            <Table.Th>{t("feedback.models.columns.macroF1")}</Table.Th>
            <Table.Th>{t("feedback.models.columns.accuracy")}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.models.map((model) => {
            const labels = Object.values(model.counts).reduce((sum, count) => sum + count, 0);
            return (
              <Table.Tr key={model.id} data-testid="workspace-model" data-active={model.active}>
                <Table.Td>{t(`feedback.models.tasks.${model.task}`)}</Table.Td>
                <Table.Td>{format.dateTime(model.trainedAt)}</Table.Td>
                <Table.Td>
                  {t("feedback.models.trainedOn", {
                    labels: format.number(labels),
                    classes: format.number(model.labels.length),
                    heldOut: format.number(model.metrics.heldOut),
                  })}
                </Table.Td>
                <Table.Td>{format.significant(model.metrics.macroF1)}</Table.Td>
                <Table.Td>{format.percent(model.metrics.accuracy)}</Table.Td>
                <Table.Td>
                  {model.active ? (
                    <>
                      <Badge color="green" variant="light" mr="xs">
                        {t("feedback.models.active")}
                      </Badge>
                      {props.canManage && (
                        <ConfirmButton
                          label={t("feedback.models.deactivate")}
                          testId="model-deactivate"
                          title={t("feedback.models.deactivate")}
                          body={t("feedback.models.deactivateBody")}
                          variant="subtle"
                          color="gray"
                          size="xs"
                          action={deactivate}
                          onConfirm={(close) =>
                            deactivate.mutate(model.task, {
                              onSuccess: () => {
                                close();
                                notifySuccess(t("feedback.models.switched"));
                              },
                            })
                          }
                        />
                      )}
                    </>
                  ) : props.canManage ? (
                    <ConfirmButton
                      label={t("feedback.models.activate")}
                      testId="model-activate"
                      title={t("feedback.models.activate")}
                      body={t("feedback.models.activateBody")}
                      variant="light"
                      color="blue"
                      size="xs"
                      action={activate}
                      onConfirm={(close) =>
                        activate.mutate(model.id, {
                          onSuccess: () => {
                            close();
                            notifySuccess(t("feedback.models.switched"));
                          },
                        })
                      }
                    />
                  ) : (
                    <Text size="xs" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
