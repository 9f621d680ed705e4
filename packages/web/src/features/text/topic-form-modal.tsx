// Adds or edits a workspace topic: id (new topics only; suggested from the English name), the name in
// Vietnamese and English, and the keywords of each language one per line.
import { Button, Group, Modal, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import type { Topic } from "@touchpoint/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { notifySuccess } from "../../ui/notify.ts";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { useSaveTopic } from "./taxonomy-queries.ts";
import { keywordsFromLines, keywordsToLines, suggestTopicId } from "./topic-keywords.ts";

interface TopicFormModalProps {
  /** The workspace topic to edit; null adds a new one. */
  topic: Topic | null;
  opened: boolean;
  onClose: () => void;
}

export function TopicFormModal({ topic, opened, onClose }: TopicFormModalProps) {
  const { t, i18n } = useTranslation();
  const label = topic && (i18n.resolvedLanguage === "en" ? topic.label.en : topic.label.vi);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={label ? t("feedback.taxonomy.editTitle", { label }) : t("feedback.taxonomy.newTitle")}
    >
      {/* Mounted afresh on each opening, so the form starts from the topic as it is now. */}
      {opened && <TopicForm topic={topic} onDone={onClose} />}
    </Modal>
  );
}

function TopicForm({ topic, onDone }: { topic: Topic | null; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const save = useSaveTopic();
  const [id, setId] = useState(topic?.id ?? "");
  const [idTouched, setIdTouched] = useState(topic !== null);
  const [labelVi, setLabelVi] = useState(topic?.label.vi ?? "");
  const [labelEn, setLabelEn] = useState(topic?.label.en ?? "");
  const [keywordsVi, setKeywordsVi] = useState(keywordsToLines(topic?.keywords.vi ?? []));
  const [keywordsEn, setKeywordsEn] = useState(keywordsToLines(topic?.keywords.en ?? []));

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: Topic = {
      id: id.trim(),
      label: { vi: labelVi.trim(), en: labelEn.trim() },
      keywords: { vi: keywordsFromLines(keywordsVi), en: keywordsFromLines(keywordsEn) },
    };
    save.mutate(next, {
      onSuccess: () => {
        notifySuccess(
          t("feedback.taxonomy.saved", {
            label: i18n.resolvedLanguage === "en" ? next.label.en : next.label.vi,
          }),
        );
        onDone();
      },
    });
  }

  return (
    <form onSubmit={submit}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("feedback.taxonomy.labelVi")}
            value={labelVi}
            onChange={(event) => setLabelVi(event.currentTarget.value)}
            required
            maxLength={120}
            data-testid="topic-label-vi"
          />
          <TextInput
            label={t("feedback.taxonomy.labelEn")}
            value={labelEn}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setLabelEn(value);
              if (!idTouched) setId(suggestTopicId(value));
            }}
            required
            maxLength={120}
            data-testid="topic-label-en"
          />
        </SimpleGrid>
        <TextInput
          label={t("feedback.taxonomy.id")}
          description={t("feedback.taxonomy.idHint")}
          value={id}
          onChange={(event) => {
            setIdTouched(true);
            setId(event.currentTarget.value);
          }}
          disabled={topic !== null}
          required
          maxLength={64}
          pattern="[a-z][a-z0-9_\-]*"
          data-testid="topic-id"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea
            label={t("feedback.taxonomy.keywordsVi")}
            description={t("feedback.taxonomy.keywordsHint")}
            value={keywordsVi}
            onChange={(event) => setKeywordsVi(event.currentTarget.value)}
            autosize
            minRows={4}
            maxRows={12}
            data-testid="topic-keywords-vi"
          />
          <Textarea
            label={t("feedback.taxonomy.keywordsEn")}
            description={t("feedback.taxonomy.keywordsHint")}
            value={keywordsEn}
            onChange={(event) => setKeywordsEn(event.currentTarget.value)}
            autosize
            minRows={4}
            maxRows={12}
            data-testid="topic-keywords-en"
          />
        </SimpleGrid>
        {save.error ? <ProblemAlert error={save.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={save.isPending}>
            {t("app.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="topic-save">
            {t("feedback.taxonomy.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
