// Toast notifications for the outcome of an action.
import { notifications } from "@mantine/notifications";
import type { TFunction } from "i18next";
import { describeError } from "../api/describe-error.ts";

export function notifySuccess(message: string): void {
  notifications.show({ color: "teal", message });
}

export function notifyError(error: unknown, t: TFunction): void {
  const { title, detail, fieldErrors } = describeError(error, t);
  const fields = fieldErrors.map((item) => `${item.path}: ${item.message}`).join("; ");
  notifications.show({ color: "red", title, message: [detail, fields].filter(Boolean).join(" ") });
}
