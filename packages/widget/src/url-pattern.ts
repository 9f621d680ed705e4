// Page URL patterns of widget surveys: "*" stands for any text (also none), everything else is literal.

export interface PageUrl {
  /** "https://shop.example.vn" */
  origin: string;
  /** "/checkout/pay" */
  pathname: string;
  /** "?step=2", or "" */
  search: string;
}

/**
 * A pattern is matched against the whole path and query ("/checkout/*" matches "/checkout/pay?step=2");
 * one without "?" also matches the path alone, so "/pricing" still matches "/pricing?utm_source=mail";
 * one with "://" is matched against the full address without the fragment.
 */
export function matchesUrlPattern(pattern: string, url: PageUrl): boolean {
  const glob = globToRegExp(pattern.trim());
  const pathAndQuery = url.pathname + url.search;
  if (pattern.includes("://")) return glob.test(url.origin + pathAndQuery);
  if (glob.test(pathAndQuery)) return true;
  return !pattern.includes("?") && glob.test(url.pathname);
}

/** No patterns means every page. */
export function matchesAnyUrlPattern(patterns: readonly string[], url: PageUrl): boolean {
  return patterns.length === 0 || patterns.some((pattern) => matchesUrlPattern(pattern, url));
}

function globToRegExp(pattern: string): RegExp {
  const literal = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${literal.join(".*")}$`);
}
