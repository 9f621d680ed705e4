// Phrase matching for topics: a taxonomy's keywords compiled into token tries, matched as whole words
// (whole syllables in Vietnamese) on normalised text, with or without diacritics. One pass over the
// text's tokens whatever the number of keywords: no per-keyword regular expression.
import { foldForSearch } from "../customers/identity-values.ts";
import { normalizeVietnamese } from "./normalize.ts";
import type { Taxonomy } from "./taxonomy.ts";
import { foldedTokens, tokens } from "./tokens.ts";

export type MatchLanguage = "vi" | "en";

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The keywords ending here, as the taxonomy writes them, with their topics. */
  ends?: { topic: string; keyword: string }[];
}

export interface CompiledTaxonomy {
  /** Vietnamese keywords as written (normalised), for text typed with diacritics. */
  viAccented: TrieNode;
  /** Vietnamese keywords without diacritics, for text typed without them. */
  viFolded: TrieNode;
  en: TrieNode;
}

export interface PhraseMatch {
  /** Token positions [start, end). */
  start: number;
  end: number;
  topic: string;
  keyword: string;
}

/**
 * Compounds that hold an unaccented keyword syllable without meaning it ("tham gia", "gia đình" hold
 * "gia" = giá): matched on text without diacritics like keywords, but for no topic, so the longest
 * match consumes them.
 */
const NEUTRAL_FOLDED_COMPOUNDS =
  "tham gia, gia dinh, gia han, quoc gia, gia tang, chuyen gia, gia nhap, gia dung, dai gia, gia su, gia vi, gia cam".split(
    ", ",
  );

const compiled = new WeakMap<Taxonomy, CompiledTaxonomy>();

/** The taxonomy's tries, built once per taxonomy object. */
export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const cached = compiled.get(taxonomy);
  if (cached) return cached;
  const result: CompiledTaxonomy = { viAccented: node(), viFolded: node(), en: node() };
  for (const topic of taxonomy.topics) {
    for (const keyword of topic.keywords.vi) {
      const normalized = normalizeVietnamese(keyword).text;
      insert(result.viAccented, tokens(normalized), topic.id, keyword);
      insert(result.viFolded, foldedTokens(normalized), topic.id, keyword);
    }
    for (const keyword of topic.keywords.en) insert(result.en, englishTokens(keyword), topic.id, keyword);
  }
  for (const compound of NEUTRAL_FOLDED_COMPOUNDS) insert(result.viFolded, compound.split(" "));
  compiled.set(taxonomy, result);
  return result;
}

/**
 * Keywords found in the text, longest first at each position and not overlapping, so "nhân viên tư
 * vấn" is one match and the "hàng" of "khách hàng" is never read on its own. Vietnamese text typed
 * with diacritics is matched with them (so "gia đình" is not "giá"); text typed without diacritics is
 * matched on folded keywords, so "nhan vien thai do" finds "nhân viên" and "thái độ".
 */
export function matchPhrases(
  text: string,
  language: MatchLanguage,
  taxonomy: CompiledTaxonomy,
): PhraseMatch[] {
  if (language === "en") return matchTokens(englishTokens(text), taxonomy.en);
  // Decided on the text as typed: teen-code expansion adds diacritics ("ko" → "không").
  const normalized = normalizeVietnamese(text).text;
  return hasDiacritics(text)
    ? matchTokens(tokens(normalized), taxonomy.viAccented)
    : matchTokens(foldedTokens(normalized), taxonomy.viFolded);
}

/** Whether the text carries any diacritic (or đ): then it was typed with them, and they count. */
export function hasDiacritics(text: string): boolean {
  return /[\u0300-\u036f]/.test(text.normalize("NFD")) || /[đĐ]/.test(text);
}

/** `text` with its diacritics removed and đ as d, as a text typed without accents. */
export function stripDiacritics(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

/**
 * Lower-case English words without accents, plurals cut to the singular form ("fees" → "fee",
 * "policies" → "policy"): applied to keywords and text alike, so only consistency matters.
 */
export function englishTokens(text: string): string[] {
  return tokens(foldForSearch(text)).map(singular);
}

function singular(word: string): string {
  if (word.length <= 3 || !word.endsWith("s")) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(word)) return word;
  return word.slice(0, -1);
}

function matchTokens(words: readonly string[], root: TrieNode): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  for (let start = 0; start < words.length; ) {
    let current: TrieNode | undefined = root;
    let longest: { end: number; ends: NonNullable<TrieNode["ends"]> } | undefined;
    for (let end = start; end < words.length; end++) {
      current = current.next.get(words[end] as string);
      if (!current) break;
      if (current.ends) longest = { end: end + 1, ends: current.ends };
    }
    if (!longest) {
      start++;
      continue;
    }
    for (const { topic, keyword } of longest.ends) matches.push({ start, end: longest.end, topic, keyword });
    start = longest.end;
  }
  return matches;
}

const node = (): TrieNode => ({ next: new Map() });

/** Adds a keyword's path; without a topic the path ends in a neutral compound (no topic). */
function insert(root: TrieNode, words: readonly string[], topic?: string, keyword?: string): void {
  if (words.length === 0) return;
  let current = root;
  for (const word of words) {
    let child = current.next.get(word);
    if (!child) {
      child = node();
      current.next.set(word, child);
    }
    current = child;
  }
  current.ends ??= [];
  if (topic !== undefined && keyword !== undefined && !current.ends.some((end) => end.topic === topic)) {
    current.ends.push({ topic, keyword });
  }
}
