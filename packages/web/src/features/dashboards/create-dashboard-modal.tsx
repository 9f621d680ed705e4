// Creating an empty dashboard: its name and the team it belongs to; it opens at once for adding widgets.
import { Button, Group, Modal, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { useCreateDashboard } from "./dashboards-queries.ts";

export function CreateDashboardModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateDashboard();
  const [name, setName] = useState("");
  const [team, setTeam] = useState("");
  return (
    <Modal opened={opened} onClose={onClose} title={t("dashboards.create.title")}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate(
            { name: name.trim(), team: team.trim() || null },
            { onSuccess: (dashboard) => dashboard && navigate(`/dashboards/${dashboard.id}`) },
          );
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t("dashboards.create.name")}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            required
            data-testid="create-name"
          />
          <TextInput
            label={t("dashboards.create.team")}
            description={t("dashboards.create.teamHint")}
            value={team}
            onChange={(event) => setTeam(event.currentTarget.value)}
            data-testid="create-team"
          />
          {create.error ? <ProblemAlert error={create.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("dashboards.edit.cancel")}
            </Button>
            <Button
              type="submit"
              loading={create.isPending}
              disabled={!name.trim()}
              data-testid="create-submit"
            >
              {t("dashboards.create.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
