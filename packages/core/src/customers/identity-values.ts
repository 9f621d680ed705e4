// How identities are compared: phones in E.164 (Vietnamese national and international forms), emails
// trimmed and lower-cased, and text folded for search so "Nguyen Van An" finds "Nguyễn Văn An".

/** A Vietnamese national significant number: mobile (3, 5, 7, 8, 9 + 8 digits) or landline (2 + 9 digits). */
const VN_NATIONAL = /^(?:[35789]\d{8}|2\d{9})$/;

/**
 * The phone number in E.164 ("+84901234567"), or null when it cannot be one. Without a country code a
 * number is read as Vietnamese: "0901 234 567", "901234567", "84 901 234 567", "+84 (0) 901…" and
 * "0084…" are all the same number. Other countries need their "+" (or "00") prefix.
 */
export function normalizePhone(input: string): string | null {
  const trimmed = input.trim();
  if (!/^[+\d\s().\-/]+$/.test(trimmed)) return null;
  let digits = trimmed.replace(/\D/g, "");
  let international = trimmed.startsWith("+");
  if (!international && digits.startsWith("00")) {
    international = true;
    digits = digits.slice(2);
  }
  if (international) {
    if (digits.startsWith("84")) return vietnamese(digits.slice(2).replace(/^0/, ""));
    // E.164: a country code and subscriber number, 15 digits at most; 8 is the shortest real one.
    return /^[1-9]\d{7,14}$/.test(digits) ? `+${digits}` : null;
  }
  if (digits.startsWith("0")) return vietnamese(digits.slice(1));
  if (digits.startsWith("84") && VN_NATIONAL.test(digits.slice(2))) return `+${digits}`;
  return vietnamese(digits);
}

const vietnamese = (national: string) => (VN_NATIONAL.test(national) ? `+84${national}` : null);

/** The email as identities store it, or null when it is not an address. */
export function normalizeEmail(input: string): string | null {
  const email = input.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 320 ? email : null;
}

/** Lower-case text without diacritics, đ as d, single spaces: what search compares. */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
