import type { ScannedText } from './scan-text.ts';
import { inText, quote, type Found } from './evidence.ts';
import { escapeRegExp } from '../reg-exp.ts';

export interface Listing {
  name: Found<string>;
  /** No name is printed before the listing: the ticker stands in for it. */
  nameStandsIn: boolean;
  ticker: Found<string>;
  exchange: Found<string>;
}

/** Exchanges as releases name them in "(NASDAQ: NVDA)", mapped to the form release.yaml keeps. */
const EXCHANGES: [RegExp, string][] = [
  [/^nasdaq(?:\s*(?:global select market|global market|capital market|gs|gm|cm|-gs))?$/i, 'NASDAQ'],
  [/^nyse\s*american$|^nyse\s*mkt$|^amex$/i, 'NYSE American'],
  [/^nyse\s*arca$/i, 'NYSE Arca'],
  [/^nyse$|^new york stock exchange$/i, 'NYSE'],
  [/^tsx-?v$|^tsxv$/i, 'TSXV'],
  [/^tsx$/i, 'TSX'],
  [/^(lse|aim|asx|hkex|sehk|six|tse|twse|nse|bse|otc|otcqx|otcqb|euronext(?: [a-z]+)?|xetra|cboe)$/i, ''],
  // Business Wire names a Euronext market by its city: "Legrand (Paris:LR)".
  [/^(paris|amsterdam|brussels|lisbon|dublin|oslo|milan)$/i, 'Euronext'],
];
const EXCHANGE_NAMES = String.raw`(?:NASDAQ|Nasdaq|NYSE|New York Stock Exchange|AMEX|TSX-?V?|LSE|AIM|ASX|HKEX|SEHK|SIX|TSE|TWSE|NSE|BSE|OTC(?:QX|QB)?|Euronext(?: [A-Z][a-z]+)?|XETRA|Cboe|Paris|Amsterdam|Brussels|Lisbon|Dublin|Oslo|Milan)(?:\s+(?:Global Select Market|Global Market|Capital Market|American|MKT|Arca|GS|GM|CM))?`;
/**
 * "(NASDAQ: NVDA)", "(NYSE:BKE)", "(Nasdaq: FLWS)", "(NYSE: X; TSX: Y)", "( Nasdaq: MPAA )" (a link's spaces kept), the
 * ticker in quotes, "(Nasdaq: “HBCP”)" (Home Bancorp's exhibit 99.1 of 1Q20), the legal name before it, "(PC Connection,
 * Inc.; NASDAQ: CNXN)" (PC Connection's, after its short name "Connection"); with no colon, only a quoted ticker,
 * "(Nasdaq “MSFT” @microsoft)" (Microsoft's EX-99.1 of April 2020), as "(Nasdaq Global …)" is no listing.
 */
const LISTING = new RegExp(String.raw`\(\s*(?:([^()]*?);\s*)?(${EXCHANGE_NAMES})(?:\s*(?:/|&|,|and)\s*${EXCHANGE_NAMES})*(?:\s*[:：]\s*[“"‘']?|\s+[“"‘'](?=[A-Z0-9.-]+[”"’']))([A-Z][A-Z0-9]{0,5}(?:[.-][A-Z0-9]{1,3})?)\b[”"’']?`, 'i');
/** Words of a company name (capitalized) and the small words names contain. */
// "plc" is printed in lower case ("Valaris plc (NYSE: VAL)"): before, the name stopped at it and the ticker stood in.
// So is a name's first letter where a capital follows it ("nVent Electric plc (NYSE:NVT)": drafted "Electric plc" before).
const NAME_WORD = /^(?:[A-Z&][\w.&'’,-]*|[a-z]{1,2}[A-Z][\w.&'’,-]*|\d[\w.&'’,-]*[A-Za-z][\w.&'’,-]*|of|and|the|de|du|des|la|le|und|for|&|plc)$/;
const LEGAL_SUFFIX = String.raw`(?:Corporation|Incorporated|Inc\.?|Corp\.?|Company|Co\.|Ltd\.?|Limited|plc|PLC|N\.V\.|S\.A\.|SE|AG|LLC|L\.P\.|Group|Holdings)`;

/**
 * The company, its ticker and exchange from the listing the release prints after the
 * company's name ("NVIDIA (NASDAQ: NVDA) today reported …"). The legal name is that name
 * with its corporate suffix where the release prints one ("© 2022 NVIDIA Corporation").
 */
export function findListing(scan: ScannedText): Listing | null {
  for (const { line, text } of scan.prose) {
    const m = LISTING.exec(text);
    if (!m) continue;
    const exchange = exchangeName(m[2]);
    const ticker = m[3].toUpperCase();
    // A short name in parentheses between the name and the listing is the release's name for it, not the end of the
    // name: "Farmers National Banc Corp. (Farmers) (NASDAQ: FMNB)" (Farmers National's exhibit 99.1 of 1Q20).
    const short = nameBefore(text.slice(0, m.index).replace(/\s*\(\s*[“"]?[A-Z][\w&.'’ -]{0,30}?[”"]?\s*\)\s*$/, ''));
    const where = `${quote(m[0].endsWith(')') ? m[0] : `${m[0]})`)} (${inText(line)})`;
    // The legal name printed in the listing itself, before the ticker: "Connection (PC Connection, Inc.; NASDAQ: CNXN)".
    const inListing = m[1] && new RegExp(`${LEGAL_SUFFIX}$`).test(m[1].trim()) && m[1].trim().split(/\s+/).every((w) => NAME_WORD.test(w)) ? m[1].trim() : null;
    const name = inListing ? { value: inListing, from: `the name printed in the listing ${where}` } : short ? legalName(short, scan) : null;
    return {
      name: name ?? { value: short || ticker, from: short ? `the name before ${where}` : `no name printed before ${where}; the ticker stands in` },
      nameStandsIn: !short && !inListing,
      ticker: { value: ticker, from: `the listing ${where}` },
      exchange: { value: exchange, from: `the listing ${where}` },
    };
  }
  return null;
}

function exchangeName(printed: string): string {
  const p = printed.replace(/\s+/g, ' ').trim();
  for (const [re, name] of EXCHANGES) if (re.test(p)) return name === 'Euronext' ? `Euronext ${p[0]!.toUpperCase()}${p.slice(1).toLowerCase()}` : name || p.toUpperCase();
  return p.toUpperCase();
}

/**
 * Whether an exchange opens before New York does (Europe, Asia, Australia): a release timed for its
 * morning is filed with a wire in New York the evening before.
 */
export function opensBeforeNewYork(exchange: string): boolean {
  return /^(?:euronext|lse|aim|xetra|six|hkex|sehk|tse|twse|nse|bse|asx|nasdaq (?:stockholm|copenhagen|helsinki|oslo))\b/i.test(exchange.trim());
}

/** A sentence's opening adverb, set off by its comma. */
const SENTENCE_ADVERB = /^(?:Today|Yesterday|Tonight|Recently|Separately|Additionally|Meanwhile|Earlier|Previously|Currently|Also),$/;

/** The run of name words just before a listing: "… -- The Buckle, Inc." → "The Buckle, Inc.". */
function nameBefore(text: string): string {
  // A wire dateline runs into the name: "Feb. 3, 2005--Zenith Data Systems, Inc.".
  // So does an ellipsis: "New York, NY, April 29, 2020......Standard Motor Products, Inc." (its EX-99.1 of 1Q20).
  const words = text.replace(/--+|[—–]|\.{3,}|…/g, ' — ').trimEnd().split(/\s+/);
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (!NAME_WORD.test(w) || /[)]$/.test(w) || /^[-–—]+$/.test(w)) break;
    // "Atlanta-based Southern Company": where it is based is no part of the name.
    if (/^[A-Z][\w.]*-based$/.test(w)) break;
    // A sentence's stop ends the place before the name: "Pasadena, California. Tetra Tech, Inc." (a suffix's
    // abbreviation, "Inc.", "Corp.", is shorter).
    if (name.length > 0 && /^[A-Z][a-z]{4,}\.$/.test(w)) break;
    // An adverb opening the sentence is no part of the name: "Today, Core Natural Resources, Inc. (NYSE: CNR)" (a comma
    // inside a name, "Sears, Roebuck and Co.", is the name's).
    if (SENTENCE_ADVERB.test(w)) break;
    name.unshift(w);
    if (name.length >= 8) break;
  }
  while (name.length && /^(of|and|the|de|du|des|la|le|und|for|&)$/i.test(name[0]) && name.length > 1 && name[0] !== 'The') name.shift();
  return name.join(' ').replace(/[,]$/, '');
}

/** The name with the corporate suffix the release prints with it, as mixed case as printed anywhere. */
function legalName(short: string, scan: ScannedText, what = 'the name the listing follows with its corporate suffix'): Found<string> | null {
  if (new RegExp(`${LEGAL_SUFFIX}$`).test(short)) return { value: short, from: `the name before the listing` };
  const escaped = escapeRegExp(short);
  const re = new RegExp(`\\b${escaped},?\\s+${LEGAL_SUFFIX}(?![\\w])`, 'i');
  const texts = [...scan.prose.map((p) => ({ line: p.line, text: p.text })), ...scan.tables.flatMap((t) => t.title.map((text) => ({ line: t.line, text })))];
  const hits = texts.flatMap(({ line, text }) => {
    const m = re.exec(text);
    return m ? [{ line, text: m[0] }] : [];
  });
  const mixed = hits.find((h) => h.text !== h.text.toUpperCase()) ?? hits[0];
  if (!mixed) return null;
  const value = mixed.text === mixed.text.toUpperCase() ? `${short}${mixed.text.slice(short.length).replace(/\w+/g, (w) => w[0] + w.slice(1).toLowerCase())}` : mixed.text;
  return { value, from: `${quote(mixed.text)} (${inText(mixed.line)}), ${what}` };
}

/** A word of a company name as a dateline runs into it: "Copa Holdings, S.A.", "Ascendis Pharma A/S". */
const LEAD_WORD = /^(?:[A-Z&][\w.&'’,/!-]*|\d[\w.&'’,-]*[A-Za-z][\w.&'’,-]*|of|and|the|de|du|des|la|le|und|for|&)$/;
/** A word that opens a sentence and names no company on its own. */
const SENTENCE_OPENER = /^(?:The|A|An|This|These|That|Those|Today|We|Our|It|Its|In|On|For|As|At|During|Following)$/i;
/** What a dateline prints between its date and the text: a wire's mark and dashes ("(GLOBE NEWSWIRE) —", "/CNW/ -", "--"). */
const AFTER_DATE = /^\s*(?:\([^)]{0,40}\)|\/[^/]{0,40}\/)?[\s—–\-/:]*/;

/**
 * The company as the dateline names it when the release prints no listing (a wire copy leaves
 * the listing out): the name words that open the text after the dateline's date ("SEATTLE,
 * Feb. 11, 2025 (GLOBE NEWSWIRE) — Adaptive Biotechnologies Corporation (“Adaptive …”)").
 */
export function findNameAfterDateline(scan: ScannedText, dateline: { line: number; end: number } | null): Found<string> | null {
  if (!dateline) return null;
  const line = scan.prose.find((p) => p.line === dateline.line);
  if (!line) return null;
  const rest = line.text.slice(dateline.end).replace(AFTER_DATE, '');
  const words: string[] = [];
  for (const w of rest.split(/\s+/)) {
    if (!LEAD_WORD.test(w) || /^[-–—]/.test(w)) break;
    words.push(w);
    if (w.endsWith(',') && words.length > 1 && !/^(?:Inc|Corp|Ltd|S\.A|N\.V|L\.P|LLC|plc)/i.test(rest.split(/\s+/)[words.length] ?? '')) break;
    if (words.length >= 8) break;
  }
  while (words.length > 0 && /^(?:of|and|the|de|du|des|la|le|und|for|&)$/i.test(words[words.length - 1]!)) words.pop();
  const short = words.join(' ').replace(/,$/, '');
  // A word alone that opens a sentence is no name: "— This news release contains …" (Precision Drilling's wire copy, 4Q24).
  if (!short || SENTENCE_OPENER.test(short)) return null;
  const where = `the name after the dateline ${quote(line.text.slice(0, dateline.end + (line.text.slice(dateline.end).length - rest.length) + short.length))} (${inText(line.line)})`;
  const legal = new RegExp(`${LEGAL_SUFFIX}$`).test(short) ? null : legalName(short, scan, `the name after the dateline (${inText(line.line)}) with its corporate suffix`);
  return legal ?? { value: short, from: where };
}

/** A headline's verbs of a results release: its subject is the company ("Acme Corp. Reports Third Quarter …"). */
const HEADLINE_VERB = /^(.{2,80}?)(?:\s+(?:Reports|Announces|Posts|Provides|Delivers|Releases|Publishes)\b|:\s)/i;
/** Words of a period or a report, which no company name is made of ("Year-End Report", "Q4 2024"). */
const PERIOD_WORD = /\b(?:quarter|year|year-end|fiscal|results|report|half|interim|Q[1-4]|FY\d*|\d{4})\b/i;

/**
 * The company as a headline names it, its subject before "Reports" or "Announces" (or a
 * colon: "Legrand: 2024 Full-year Results"), when nothing else names it. Assumed: a headline's
 * subject may be a brand or a short form of the name.
 */
export function findNameInHeadline(headline: string | null, scan: ScannedText): Found<string> | null {
  if (!headline) return null;
  const m = HEADLINE_VERB.exec(headline.trim());
  if (!m) return null;
  const short = m[1]!.trim().replace(/[,:]$/, '');
  const words = short.split(/\s+/);
  if (words.length > 8 || !words.every((w) => LEAD_WORD.test(w)) || PERIOD_WORD.test(short)) return null;
  const legal = new RegExp(`${LEGAL_SUFFIX}$`).test(short) ? null : legalName(short, scan, "the headline's subject with its corporate suffix");
  return { ...(legal ?? { value: short, from: `the headline's subject, ${quote(m[0].trim())}` }), assumed: true };
}

// The forms a Nordic or European issuer's name ends in, beside those of LEGAL_SUFFIX.
const REPORT_SUFFIX = String.raw`(?:Plc|PLC|plc|Oyj|Abp|AB|ASA|A\/S|AG|SE|N\.V\.|S\.A\.|Inc\.?|Corporation|Ltd\.?)`;
/** "HKFoods Plc, Financial Statements Bulletin 14 February 2025", "BrainCool AB (publ) - Year End Report 2024". */
const NAME_OPENING_REPORT = new RegExp(
  String.raw`^((?:[A-Z][\w&'’.-]*\s+){1,5}?${REPORT_SUFFIX})(?:\s+\(publ\))?\s*[,–—-]\s+(?:[\w’'-]+\s+){0,5}?(?:Bulletin|Report|Release|Statement|Results)\b`,
);

/**
 * The company as it signs a report opening its text (European issuers print no listing or dateline):
 * its name and legal form before the report's kind, "HKFoods Plc, Financial Statements Bulletin …".
 */
export function findNameOpeningReport(scan: ScannedText): Found<string> | null {
  for (const p of scan.prose.slice(0, 10)) {
    const m = NAME_OPENING_REPORT.exec(p.text.trim());
    if (m) return { value: m[1]!.trim(), from: `the name opening the report ${quote(m[0].trim())} (${inText(p.line)})` };
  }
  return null;
}
