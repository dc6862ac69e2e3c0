/**
 * Near-duplicates: syndicated copies of one story (a wire piece with another headline, a
 * paragraph cut, a byline added). An article is a near-duplicate of another when most of its
 * word 5-grams ("shingles") are found in it. Each article keeps a quarter of its shingle hashes,
 * picked by value so every article keeps the same quarter, as a sorted array; candidates are found
 * through an index of a sixteenth of them, so the cost grows with the corpus, not its square.
 */

/** Share of an article's shingles another must hold for it to count as a copy of that one. */
export const NEAR_DUPLICATE = 0.8;
const SHINGLE = 5;
/** Articles this short share phrases by chance; no verdict on them. */
const MIN_SAMPLE = 8;
/** A shingle in more articles than this is boilerplate ("all rights reserved"), not evidence. */
const MAX_POSTINGS = 500;

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** Whether code unit `c` belongs to a word: ASCII by table, the rest by Unicode class (surrogates: astral words). */
function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

/** Lowercase hash of each word, in one pass over the code units, making no strings on ASCII text. */
function wordHashes(text: string): number[] {
  const hashes: number[] = [];
  let h = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (!isWordUnit(c)) {
      if (inWord) hashes.push(h >>> 0);
      inWord = false;
      continue;
    }
    if (!inWord) h = 0x811c9dc5;
    inWord = true;
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    else if (c >= 0x80) c = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    h = Math.imul(h ^ c, 0x01000193);
  }
  if (inWord) hashes.push(h >>> 0);
  return hashes;
}

/** The article's sampled shingle hashes, sorted and distinct. */
export function fingerprint(text: string): Uint32Array {
  const words = wordHashes(text);
  const kept: number[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ (words[i + k] as number), 0x01000193);
    // Mix, so the sample does not follow the last word's hash.
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d) >>> 0;
    if ((h & 3) === 0) kept.push(h);
  }
  const sorted = Uint32Array.from(kept).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i] as number;
  return sorted.slice(0, n);
}

/** How many values two sorted arrays share. */
function shared(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

export interface Fingerprinted {
  readonly id: string;
  readonly published: string;
  readonly sample: Uint32Array;
}

export interface NearDuplicate {
  readonly of: string;
  /** Share of the article's sampled shingles found in `of`, two decimals. */
  readonly similarity: number;
}

const earlier = (a: Fingerprinted, b: Fingerprinted) =>
  a.published < b.published || (a.published === b.published && a.id < b.id);

/**
 * For each article that copies another, the one it copies: among those holding at least 80% of
 * its shingles, the earliest (published, then ID). Two articles that copy each other are ordered
 * by date, so the earlier is the original; a trimmed copy points at the fuller text whatever the dates.
 */
export function nearDuplicates(docs: readonly Fingerprinted[]): Map<string, NearDuplicate> {
  const postings = new Map<number, number[]>();
  docs.forEach((doc, index) => {
    if (doc.sample.length < MIN_SAMPLE) return;
    for (const h of doc.sample) {
      if ((h & 12) !== 0) continue;
      const list = postings.get(h);
      if (list) list.push(index);
      else postings.set(h, [index]);
    }
  });
  const contained = (a: Fingerprinted, b: Fingerprinted) => shared(a.sample, b.sample) / a.sample.length;
  const found = new Map<string, NearDuplicate>();
  // Shared keys counted per other article in one typed array, reset through the list of those
  // touched: a story syndicated many times makes long postings, and a Map per article cost more.
  const counts = new Int32Array(docs.length);
  const touched: number[] = [];
  docs.forEach((doc, index) => {
    if (doc.sample.length < MIN_SAMPLE) return;
    let keys = 0;
    for (const h of doc.sample) {
      if ((h & 12) !== 0) continue;
      keys++;
      const list = postings.get(h) as number[];
      if (list.length > MAX_POSTINGS) continue;
      for (const other of list) {
        if (other === index) continue;
        if (counts[other] === 0) touched.push(other);
        counts[other] = (counts[other] as number) + 1;
      }
    }
    // The earliest candidate that holds the article is its original: candidates are tried earliest
    // first, so a story syndicated many times costs one full comparison, not one per copy.
    const candidates: Fingerprinted[] = [];
    for (const other of touched) {
      if ((counts[other] as number) >= keys / 2) candidates.push(docs[other] as Fingerprinted);
      counts[other] = 0;
    }
    touched.length = 0;
    if (candidates.length > 1) candidates.sort((a, b) => (earlier(a, b) ? -1 : 1));
    for (const candidate of candidates) {
      const similarity = contained(doc, candidate);
      if (similarity < NEAR_DUPLICATE) continue;
      if (!earlier(candidate, doc) && contained(candidate, doc) >= NEAR_DUPLICATE) continue;
      found.set(doc.id, { of: candidate.id, similarity: Math.round(similarity * 100) / 100 });
      break;
    }
  });
  return found;
}
