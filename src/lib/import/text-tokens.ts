import { isCloser, isCurrencySymbol, isOpener, isValueText, isYear } from './cell-text.ts';

/** A run of printed text on a line of a fixed-width layout: words separated by single spaces. */
export interface Token {
  text: string;
  /** 0-based character columns of its first and last character. */
  start: number;
  end: number;
}

/** A rule drawn with dashes, underscores or equals signs under part of a line. */
export interface RuleSegment {
  start: number;
  end: number;
  kind: 'single' | 'double';
}

/** Note letters printed after a figure ("(96)  a", "831  b"), or wrapped onto a line of their own ("a,"). Not "x", a multiple ("1.0  x"). */
export const isNoteLetters = (text: string) => /^[a-wyz](?:,\s?[a-wyz])*,?$/.test(text);

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/** One date of a header: a month and day, its year perhaps ("June 28,", "Jan. 3, 2004"). */
const DATE = String.raw`${MONTH}\s\d{1,2},?(?:\s\d{4})?`;
const DATE_PHRASE = new RegExp(DATE, 'gi');
/** Two dates or more and nothing else, parted by single spaces. */
const DATES_RUN = new RegExp(String.raw`^${DATE}(?:\s${DATE})+$`, 'i');

/** A telephone number in international form: "+", a country code, then groups of digits parted by single spaces. */
const PHONE = /^\+\d{1,3}(?: \d{1,5}){2,5}$/;

// A mark of approximation parted by one space from the figure before it ("~ $  50 ~ $  15", PG&E's guidance ranges) starts the next.
const valueWord = (w: string) => /^[~≈]$/.test(w) || isValueText(w) || isCurrencySymbol(w) || isOpener(w) || isCloser(w);
/** Dot leaders running into a figure or a `$`: "Revenues..........$ 1,234". */
const LEADER = /^(.*?(?:\.\s?){3,})\s*([$(\d\-–—].*)$/;

/**
 * The tokens of a line: text separated by two or more spaces is two tokens; a token of
 * figures separated by single spaces ("1,234 5,678", "$ 1,234") is split into them, and
 * dot leaders that run into a figure end the label.
 */
export function tokenize(line: string): Token[] {
  const out = spacedTokens(line);
  // A line with no wide gap (text copied from a PDF): figures at its end part from the label.
  if (out.length === 1) return peelFigures(out[0]);
  return out;
}

function spacedTokens(line: string): Token[] {
  const out: Token[] = [];
  // A no-break space beside a space, or before the end of a list of footnote marks ("loss (1,\u00a03)", Anywhere's
  // highlights), parts no tokens: a typesetter's join ("November 30,\u00a0 2024", VOXX's balance sheet labels), where
  // the year parted from its label became the leftmost figure and moved the labels' zone.
  for (const m of line.matchAll(/\S+(?:(?: \u00a0?|\u00a0 ?)\S+)*/g)) {
    let start = m.index;
    let text = m[0].replace(/\u00a0/g, ' ');
    // A percent sign set wide of its figure and one space before the next column's ("11.7   % $ 27,367", Dave &
    // Buster's statements of operations, pdftotext): the sign is the figure's before it, the rest the next figure.
    // So is a negative's closing parenthesis set so ("(81,115   ) -159.6 %", its second quarter of fiscal 2020).
    const sign = WIDE_SIGN.exec(text);
    const before = out.at(-1);
    const closes = before !== undefined && (sign?.[1] === ')' ? OPEN_NEGATIVE.test(before.text) : ENDS_FIGURE.test(before.text) && !before.text.endsWith('%'));
    if (sign && before && closes && valueWord(text.slice(sign[0].length).split(' ')[0]!)) {
      out[out.length - 1] = { ...before, text: `${before.text}${sign[1] === ')' ? '' : ' '}${sign[1]}`, end: start };
      start += sign[0].length;
      text = text.slice(sign[0].length);
    }
    const leader = LEADER.exec(text);
    if (leader && valueWord(leader[2].split(' ')[0])) {
      const left = leader[1].trimEnd();
      out.push({ text: left, start, end: start + left.length - 1 });
      const skip = text.indexOf(leader[2], leader[1].length);
      start += skip;
      text = leader[2];
    }
    // Dates parted by one space, "June 28, January 3," over the columns of Sears' 2004 store counts (a typist's
    // single space where the other columns got two), are a date each: read as one heading, it covered two columns
    // and gave them "January 3, 2003".
    if (DATES_RUN.test(text)) {
      for (const d of text.matchAll(DATE_PHRASE)) out.push({ text: d[0], start: start + d.index, end: start + d.index + d[0].length - 1 });
      continue;
    }
    // "+61 3 9226 9028" (Amcor's contacts, FY2023): a telephone number in international form is one piece of text,
    // never four figures of a row.
    if (PHONE.test(text)) {
      out.push({ text, start, end: start + text.length - 1 });
      continue;
    }
    const words = [...text.matchAll(/\S+/g)];
    // A currency sign one space after a figure's closing parenthesis ("$    (14.4 ) $                   (3.6 )", Spire's
    // reconciliation, a Word PDF's text): the next figure's, set apart as its own token to go with it.
    const last = words.at(-1);
    if (words.length > 2 && last && isCurrencySymbol(last[0]) && isCloser(words.at(-2)![0]) && words.slice(0, -1).every((w) => valueWord(w[0]))) {
      const body = text.slice(0, last.index).trimEnd();
      out.push({ text: body.replace(/ {2,}/g, ' '), start, end: start + body.length - 1 });
      out.push({ text: last[0], start: start + last.index, end: start + last.index + last[0].length - 1 });
      continue;
    }
    // Two figures parted by one space, the second with its percent sign one space after it ("654.3 110.9 %", OpenText's
    // year to date in constant currency, pdftotext leaving one space between columns): a figure each, the sign the
    // second's, as "10.0 %" alone keeps its own.
    const marked = withFigureMarks(words.map((w) => ({ text: w[0], start: start + w.index, end: start + w.index + w[0].length - 1 })));
    if (marked.length > 1 && marked.length < words.length && marked.every((w) => valueWord(w.text.split(' ')[0]!)) && !words.some((w) => isCloser(w[0]) && !FIGURE_MARK.test(w[0]))) {
      for (const w of marked) out.push(w);
      continue;
    }
    // "10.0 %" and "(2.7) pts" stay as printed; "1,234 5,678" and "$ 1,234" are split, but a range stays one figure.
    if (words.length > 1 && words.every((w) => valueWord(w[0])) && !words.some((w) => isCloser(w[0]))) {
      for (const w of joinRanges(words.map((w) => ({ text: w[0], start: start + w.index, end: start + w.index + w[0].length - 1 })))) out.push(w);
    } else out.push({ text: text.replace(/ {2,}/g, ' '), start, end: start + text.length - 1 });
  }
  return out;
}

/** A percent sign or a closing parenthesis opening a token, one space before what follows it. */
const WIDE_SIGN = /^([%)])\s+(?=\S)/;
/** A negative whose parenthesis is left open ("(81,115"), and a figure's end ("27,367", "(3.6)"). */
const OPEN_NEGATIVE = /\(\s*[$]?\s*\d[\d,]*(?:\.\d+)?$/;
const ENDS_FIGURE = /\d\)?$/;

/** A percent sign or points printed one space after a figure: the figure's. */
const FIGURE_MARK = /^(?:%|pts?\.?|bps)$/i;

/** Words with each percent sign or points mark joined to the figure before it ("110.9", "%" → "110.9 %"). */
function withFigureMarks(words: Token[]): Token[] {
  const out: Token[] = [];
  for (const w of words) {
    const last = out.at(-1);
    if (last && FIGURE_MARK.test(w.text) && /\d\)?$/.test(last.text) && !last.text.includes(' ')) out.push({ ...out.pop()!, text: `${last.text} ${w.text}`, end: w.end });
    else out.push(w);
  }
  return out;
}

/** A figure dressed as a range end: a currency symbol before it, or a percent sign after it. */
const RANGE_END = /^(?:([$£€¥])\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?(%))$/;

/**
 * "$3.50 - $3.52", "22% - 23%": two figures dressed alike with a dash alone between them are one range,
 * as an outlook prints it (Salesforce's and eBay's guidance). Split at the dash, the dash read as a nil
 * cell or as the sign of the upper end (−3.52). Bare figures ("12 - 34") stay apart: a nil between two columns.
 */
function joinRanges(words: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < words.length; i++) {
    const [a, dash, b] = [words[i], words[i + 1], words[i + 2]];
    const left = a && RANGE_END.exec(a.text);
    const right = b && RANGE_END.exec(b.text);
    if (left && right && /^[-–—]$/.test(dash.text) && left[1] === right[1] && left[2] === right[2]) {
      out.push({ text: `${a.text} ${dash.text} ${b.text}`, start: a.start, end: b.end });
      i += 2;
    } else out.push(a);
  }
  return out;
}

/** "Revenue 10,000 9,000" → "Revenue", "10,000", "9,000": two values or more; a year ends the peeling ("Notes due 2026"), and a label is left. */
function peelFigures(token: Token): Token[] {
  const words = [...token.text.matchAll(/\S+/g)].map((w) => ({ text: w[0], start: token.start + w.index, end: token.start + w.index + w[0].length - 1 }));
  let k = words.length;
  while (k > 1 && valueWord(words[k - 1].text) && !isYear(words[k - 1].text)) k--;
  const head = words.slice(0, k);
  const peeled = words.slice(k);
  // Two values at least ("Exhibit 99.1" is a title, "$" or "(" alone no value), and a label must be left.
  // "Issued - none" is words: a figure at least among them.
  if (peeled.filter((w) => isValueText(w.text)).length < 2 || !peeled.some((w) => /\d/.test(w.text)) || !head.some((w) => /[A-Za-z]/.test(w.text))) return [token];
  return [{ text: token.text.slice(0, head.at(-1)!.end - token.start + 1), start: token.start, end: head.at(-1)!.end }, ...joinRanges(peeled)];
}

/**
 * The rules a line draws, or null if it prints anything else. EDGAR writes a line that
 * starts with a dash as "- ---…"; that leading "- " belongs to the rule.
 */
export function ruleSegments(line: string): RuleSegment[] | null {
  if (!/^[\s\-=_]+$/.test(line) || !/[-=_]{3,}/.test(line)) return null;
  const out: RuleSegment[] = [];
  for (const m of line.matchAll(/[-=_]{2,}/g)) {
    out.push({ start: m.index, end: m.index + m[0].length - 1, kind: m[0].includes('=') ? 'double' : 'single' });
  }
  return out;
}
