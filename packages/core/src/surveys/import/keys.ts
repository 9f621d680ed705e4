// Foreign ids (Qualtrics QID12, LimeSurvey codes, SurveyJS names with spaces) turned into Touchpoint keys:
// letters, digits and _, starting with a letter, at most 64, unique within their scope.
const KEY_MAX = 64;

/** A valid key that stays recognisable: "recommend friends" → "recommend_friends", "5" → "c5". */
export function toKey(raw: string, prefix: string): string {
  // Decompose so Vietnamese or German letters keep their base letter ("câu hỏi" → "cau_hoi").
  const ascii = raw
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
  const cleaned = ascii
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/^_+|_+$/g, "");
  const key = /^[A-Za-z]/.test(cleaned) ? cleaned : `${prefix}${cleaned}`;
  return key.slice(0, KEY_MAX);
}

/** Hands out unique keys for one scope (pages, questions, the choices of one question) and remembers them. */
export class KeyAllocator {
  private readonly used = new Set<string>();
  private readonly bySource = new Map<string, string>();
  private readonly prefix: string;

  /** `prefix` starts keys whose source does not start with a letter ("c" for choices: "5" → "c5"). */
  constructor(prefix: string) {
    this.prefix = prefix;
  }

  allocate(source: string): string {
    const base = toKey(source, this.prefix);
    let key = base;
    for (let n = 2; this.used.has(key); n++) {
      const suffix = `_${n}`;
      key = `${base.slice(0, KEY_MAX - suffix.length)}${suffix}`;
    }
    this.used.add(key);
    if (!this.bySource.has(source)) this.bySource.set(source, key);
    return key;
  }

  keyOf(source: string): string | undefined {
    return this.bySource.get(source);
  }
}
