// How a customer is named on screen (the name, else an identity) and how their phone numbers are written:
// Vietnamese numbers in the national form people use ("0912 345 678"), others in E.164.
import type { Customer } from "@touchpoint/core";

/** "+84912345678" → "0912 345 678"; landlines "+842838234567" → "0283 823 4567"; others unchanged. */
export function formatPhone(e164: string): string {
  const mobile = /^\+84([35789]\d{2})(\d{3})(\d{3})$/.exec(e164);
  if (mobile) return `0${mobile[1]} ${mobile[2]} ${mobile[3]}`;
  const landline = /^\+84(2\d{2})(\d{3})(\d{4})$/.exec(e164);
  if (landline) return `0${landline[1]} ${landline[2]} ${landline[3]}`;
  return e164;
}

/** The name, else the first email, phone or external id; null for a profile with none (an erased one). */
export function customerDisplayName(
  customer: Pick<Customer, "name" | "emails" | "phones" | "externalIds">,
): string | null {
  if (customer.name) return customer.name;
  const [email] = customer.emails;
  if (email) return email;
  const [phone] = customer.phones;
  if (phone) return formatPhone(phone);
  return customer.externalIds[0]?.value ?? null;
}
