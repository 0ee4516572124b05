/**
 * Where the extracted text of a report lies in the live page's text (issue #5 §1). The report is
 * read from a clone (Readability), from the selection, or from the profile's element with its own
 * spacing rules; the marks must be drawn on the live page's text nodes. Both texts are compared
 * with whitespace collapsed, line by line of the extracted text, each line searched after the
 * previous one; a line not found (Readability dropped a piece of it) falls back to searching the
 * finding's own text. Pure: strings in, offsets out.
 *
 * @example
 *   const align = createAligner('Elle est\n\ndiabétique.', '  Elle   est diabétique. ');
 *   align(10, 20); // { start: 13, end: 23 }: "diabétique" in the live text
 */

interface Canon {
  text: string;
  /** `map[i]`: offset in the original string of canonical character i */
  map: number[];
}

/** Whitespace runs (line breaks, NBSP) become one space; leading and trailing spaces go. */
export function canonical(s: string, base = 0): Canon {
  let text = '';
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (/\s/.test(ch)) { space = text.length > 0; continue; }
    if (space) { text += ' '; map.push(base + i - 1); space = false; }
    text += ch;
    map.push(base + i);
  }
  return { text, map };
}

/** First index k with map[k] >= offset (map.length when none). */
function lowerBound(map: readonly number[], offset: number): number {
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

interface Segment {
  /** offsets of the line in the extracted text */
  start: number;
  end: number;
  canon: Canon;
  /** canonical offset of the line in the live text, -1 when not found */
  at: number;
  /** canonical offset in the live text after which the next lines were searched */
  after: number;
}

export type Aligner = (start: number, end: number) => { start: number; end: number } | undefined;

export function createAligner(extracted: string, live: string): Aligner {
  const liveC = canonical(live);
  const segments: Segment[] = [];
  let cursor = 0;
  const lineBreak = /\n+/g;
  let from = 0;
  const push = (start: number, end: number) => {
    const canon = canonical(extracted.slice(start, end), start);
    if (!canon.text) return;
    const at = liveC.text.indexOf(canon.text, cursor);
    segments.push({ start, end, canon, at, after: cursor });
    if (at >= 0) cursor = at + canon.text.length;
  };
  for (let m = lineBreak.exec(extracted); m; m = lineBreak.exec(extracted)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, extracted.length);

  const toLive = (k: number, kEnd: number) => ({ start: liveC.map[k], end: liveC.map[kEnd - 1] + 1 });

  return (start, end) => {
    if (end <= start) return undefined;
    const seg = segments.find((s) => start >= s.start && start < s.end);
    if (!seg) return undefined;
    const k = lowerBound(seg.canon.map, start);
    const kEnd = lowerBound(seg.canon.map, end);
    if (seg.at >= 0 && end <= seg.end && kEnd > k) return toLive(seg.at + k, seg.at + kEnd);
    // the line is not in the live text as such: look for the finding's own words after the lines before it
    const own = canonical(extracted.slice(start, end)).text;
    if (!own) return undefined;
    const at = liveC.text.indexOf(own, seg.at >= 0 ? seg.at : seg.after);
    return at >= 0 ? toLive(at, at + own.length) : undefined;
  };
}
