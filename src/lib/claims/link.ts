/**
 * Links a number of the prose to what it asserts, with no claims.yaml: a
 * figure of a line item in a period, the growth or change of a line item
 * between two periods, or a ratio of two line items. Each link carries its
 * evidence (which words named which line item, which words named the periods)
 * and how sure it is:
 *
 * a number is linked only where the words name one line item plainly (every
 * core word of its label, nothing unexplained beside them: no segment, "constant
 * currency" or other qualifier) and a period (next to it, opening its sentence,
 * or set by its heading or the line that introduces its list). The figure is
 * then judged whatever it is, so a wrong figure is a mismatch that shows the
 * printed and the recomputed values (confidence 'high').
 *
 * The value of the figure is never evidence for a link: a number whose words
 * name nothing printed, a line item only in part, several line items equally, or
 * no period is returned unlinked with the reason and its candidates (each with
 * the verdict it would have), and is never guessed into a verdict.
 */
import { CLASS_REASONS } from './messages.ts';
import type { Expression } from '../checks/expression.ts';
import { parseDecimal, powerOfTen } from '../decimal.ts';
import { deepFreeze, Kept } from '../kept.ts';
import type { Verdict } from '../types.ts';
import { currencyOfSymbol } from '../ingest/index.ts';
import { claimCheck, type DraftCheck } from './claim.ts';
import { ClaimError, type Context } from './evaluate.ts';
import { extractLine, type NumberToken } from './extract.ts';
import { factWithId } from './fact-index.ts';
import { linkMessages as say } from './link-messages.ts';
import { periodPhrases, type Calendar, type PeriodRef } from './prose-periods.ts';
import { sentences, type NamedPeriod, type Reading } from './reading.ts';
import { byOtherName, isCore, matchSubjects, type SubjectMatch } from './subject-match.ts';
import { readWording } from './wording.ts';
import type { Subject, Term } from './vocabulary.ts';
import { contentWords, isStop, normalize, WEAK, wordsOf, type Word } from './words-of.ts';
import { escapeRegExp } from '../reg-exp.ts';

export type Confidence = 'high' | 'medium';

/** Where the words of a link point, as a reader can check them. */
export interface Evidence {
  /** The subject: the words as printed, and what they matched (`Segment profit — Data center services`, from its label). */
  subject: { words: string; key: string; label: string; matched: string };
  /** The base of a ratio. */
  base?: { words: string; key: string; label: string; matched: string };
  /** The period of the figure (for a change, the current one). */
  period: PeriodEvidence;
  /** For a change: the period compared with. */
  prior?: PeriodEvidence;
  /** Anything else the reading decided: a sign read from the words. */
  notes: string[];
}

/**
 * A period and how the words gave it: named ("second quarter of 2009", "year-over-year"),
 * the release's own by default, or the only period to compare with that the tables print.
 */
export interface PeriodEvidence {
  id: string;
  /** As the release labels it: "Q2 2009". */
  label: string;
  /** The words that named it; empty when none did. */
  words: string;
  /** `span-end`: the words name a span ("During 2024") and the line is a balance, read at the span's end. */
  how: 'named' | 'default' | 'only' | 'span-end';
}

/** A period of the evidence in words: "Q2 2009 (“second quarter of 2009”)". */
export function periodInWords(p: PeriodEvidence): string {
  if (p.how === 'span-end') return say.spanEndPeriod(p.label, p.words);
  return p.how === 'named' ? `${p.label} (“${p.words}”)` : p.how === 'default' ? say.defaultPeriod(p.label) : say.onlyPeriod(p.label);
}

export interface AutoLink {
  expression: Expression;
  confidence: Confidence;
  evidence: Evidence;
  check: DraftCheck;
}

export interface Candidate {
  /** The expression, as claims.yaml would write it. */
  expression: Expression;
  title: string;
  /** The recomputed figure in the printed figure's units, or null. */
  computed: string | null;
  verdict: Verdict;
}

export type Outcome =
  | { status: 'linked'; link: AutoLink }
  | { status: 'unlinked'; reason: string; candidates: Candidate[] }
  /** names: the number names, orders or dates something (an ordinal, a length of time, a year, part of a name): no figure at all. */
  | { status: 'not-derivable'; reason: string; names?: true };

export interface LinkContext {
  subjects: readonly Subject[];
  /** Subjects by each core word of their terms, to match only those a window can name. */
  index: ReadonlyMap<string, readonly Subject[]>;
  calendar: Calendar;
  claims: Omit<Context, 'defaultPeriod'>;
  /** Words of the release's headings that name nothing in the tables. */
  generic: ReadonlySet<string>;
  /** Raw text of each prose line, by line number. */
  lines: ReadonlyMap<number, string>;
  /** The lines of the tables' figures. */
  tableLines: ReadonlySet<number>;
  /** Content words of each table's title, by table id. */
  tableWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** The segments the tables print as columns of their own (a fact's dimension), each as its content words joined by spaces. */
  segments: ReadonlySet<string>;
  /**
   * Every table's lines, in order, with the part of the company it is the table of, where it opens with that part's
   * name over all its lines, or is titled by it, and another table prints the name as a line or a column of its own
   * ("Retail Banking" over PNC's segment table, a line of "Business Segment Income"); else null.
   */
  tableSpans: readonly { id: string; line: number; endLine: number; part: string | null }[];
  /** The prose's headings, in the order of their lines. */
  headings: readonly { line: number; text: string }[];
  /** The currency a bare "$" names in this release: its own dollar (CAD in a release kept in Canadian dollars), else USD, as ingest reads the tables' "$". */
  dollar: string;
  /** Content words of the company's name and ticker: the words by which the prose names the company itself. */
  entity: ReadonlySet<string>;
  /** The release says its ratios are annualized ("(1) Annualized.", "Return on average assets (annualized)"). */
  annualized: boolean;
}

// A span shorter than a year: a quarter, a half, a run of months.
const SHORT_PERIOD = /-(?:q[1-4]|h[12]|\d{1,2}m)$/;

interface Option {
  match: SubjectMatch;
  base?: SubjectMatch;
  expression: Expression;
  period: Named;
  prior?: Named;
  notes: string[];
  check: DraftCheck;
}

/** A period as a reading found it, before it is labelled. */
type Named = Omit<PeriodEvidence, 'label'>;

// Words that say a figure is money, an amount, a rate of a business: a percentage or count
// whose clause has none of them is about something the tables do not measure.
const FINANCIAL = new Set(
  contentWords(
    'revenue income profit loss margin ebitda eps expense cost cash debt dividend share asset liability equity capital expenditure tax ' +
      'operating gross repurchase buyback interest amortization depreciation impairment restructuring charge flow earnings sale price',
  ),
);
// Subjects whose figures are printed negative and stated as their size ("capital expenditures were $28.5 million"),
// read from the printed words (normal forms make loss and income one word).
// A tax benefit is printed negative among expenses ("Income tax benefit $(12,586)") and stated as its size too.
const OUTFLOW = /^(?:loss|losses|purchases?|payments?|expenditures?|repurchases?|dividends?|used|outflows?|deficit|repayments?|acquisitions?|benefits?)$/i;

/**
 * What one number asserts: a line item's figure or change the words name plainly, in a period
 * they name; else unlinked, with the reason and the candidates.
 */
export function linkNumber(reading: Reading, ctx: LinkContext): Outcome {
  const outcome = linkOne(reading, ctx);
  return rateAsLevel(reading, outcome, ctx) ?? outcome;
}

// Words right after a percentage that make it a difference of percentages: "2.1% points", "1.5 percent pts".
const POINTS_AFTER = /^\s*(?:percentage\s+)?(?:points?|pts?)\b/i;

/**
 * "Comparable sales … increased 9.3% compared to an increase of 18.0%" (Ulta, Q1 FY23) where the line is printed in
 * percent (9.3% | 18.0%): the line is itself a rate of change, and "increased 9.3%" states its level, not a change of it
 * in points. A change in percent (not "points") of a percentage line read as its level where that holds; where neither
 * the level nor the points reading holds, unlinked with both, never accused on the points reading alone. Null: the
 * outcome stands.
 */
function rateAsLevel(reading: Reading, outcome: Outcome, ctx: LinkContext): Outcome | null {
  if (outcome.status !== 'linked' || reading.role !== 'change' || reading.token.kind !== 'percent') return null;
  const { expression } = outcome.link;
  if (expression.type !== 'call' || expression.fn !== 'change') return null;
  const token = reading.token;
  const line = ctx.lines.get(token.line) ?? '';
  if (POINTS_AFTER.test(line.slice(token.end - 1))) return null;
  // "decreased 1.5%" of a rate printed "(1.5)%": the level is the signed figure.
  const down = readWording(line, token.column - 1, token.end - 1).direction?.kind === 'down' && !parseDecimal(token.value!).isNeg();
  const level = linkOne({ ...reading, role: 'figure', prior: null, token: down ? { ...token, value: `-${token.value}` } : token }, ctx);
  const key = outcome.link.evidence.subject.key;
  const same = level.status === 'linked' && level.link.evidence.subject.key === key;
  if (same && (level.link.check.verdict === 'exact' || level.link.check.verdict === 'rounding')) {
    return { ...level, link: { ...level.link, evidence: { ...level.link.evidence, notes: [...level.link.evidence.notes, say.rateLevel(outcome.link.evidence.subject.label)] } } };
  }
  if (outcome.link.check.verdict !== 'mismatch') return null;
  const change = { expression, title: outcome.link.check.title, computed: outcome.link.check.computed, verdict: outcome.link.check.verdict };
  const candidates = same ? [{ expression: level.link.expression, title: level.link.check.title, computed: level.link.check.computed, verdict: level.link.check.verdict }, change] : [change];
  return { status: 'unlinked', reason: say.rateLevelOrPoints(outcome.link.evidence.subject.label), candidates };
}

function linkOne(reading: Reading, ctx: LinkContext): Outcome {
  const token = effectiveToken(reading);
  if (token.kind === 'word') return { status: 'not-derivable', reason: say.spelledOut(token.text), names: true };
  if (token.value === null) return { status: 'not-derivable', reason: say.noValue(token.text), names: true };
  // "EUR 266.9 (249.7) million", "14.1% (17.7%)": the figure in parentheses right after another is the comparison
  // period's, as Nordic releases print it; never a figure of the period the words name (a false mismatch, Musti).
  if (!reading.statedPrior && priorInParentheses(token, ctx)) return { status: 'unlinked', reason: say.priorInParentheses(), candidates: [] };
  const compatible = (s: Subject) => unitFits(reading, token, s, dollarOf(token, ctx));
  let matches = filterAttributes(matchSubjects(candidates(ctx, reading.before, reading.after), reading.before, reading.after), reading, ctx)
    .filter((m) => compatible(m.subject))
    .map((m) => withoutOwner(m, ctx));
  const names = namedBy(token, ctx, matches[0]?.full ?? false);
  if (names !== null) return { status: 'not-derivable', reason: names, names: true };
  // A count or a percentage of something no line item names: customers, square feet, uptime.
  if (!financial(reading, token) && !matches[0]?.full) return { status: 'not-derivable', reason: say.notFinancial(token.text, describe(reading, ctx)) };
  if (reading.forward) return { status: 'not-derivable', reason: say.forward() };
  // "Losses on the Company's strategic investments negatively impacted GAAP diluted earnings per share by $(0.11)"
  // (Salesforce, Q1 FY24, whose diluted EPS is $0.20): what an item did to a line is its effect, neither the line's
  // level nor its change between periods, and the tables print no such effect.
  const effect = effectBy(token, ctx);
  if (effect) return { status: 'unlinked', reason: say.effectOn(effect), candidates: [] };
  const anchor = reading.relativeTo ? periodOf(reading.relativeTo, ctx, null) : null;
  // "The quarterly figures in parentheses refer to …": of a year's figure the release states nothing.
  if (reading.statedPrior?.of === 'quarter' && !/-q[1-4]$/.test((anchor ?? periodOf(null, ctx, null)).id ?? '')) {
    return { status: 'unlinked', reason: say.priorInParentheses(), candidates: [] };
  }
  // A figure compared with ("compared with $51.8 million") is of a period before its statement's.
  // A period counted from one the tables do not print ("the prior year" of "the six months" where no
  // six-month column is printed) is not the release's: it names nothing printed.
  const current =
    anchor && anchor.id === null
      ? { ...anchor, future: false }
      : reading.compared
        ? (anchor ?? periodOf(null, ctx, null))
        : periodOf(reading.period, ctx, anchor?.id ?? null);
  if (current.future) return { status: 'not-derivable', reason: say.futurePeriod(current.words) };
  if (reading.role === 'change' && reading.prior && periodOf(reading.prior, ctx, current.id).future) {
    return { status: 'not-derivable', reason: say.futurePeriod(reading.prior.words) };
  }
  const bases = reading.role === 'ratio' ? filterAttributes(matchSubjects(candidates(ctx, reading.base, []), reading.base, []), reading) : [];
  if (matches.length === 0) return { status: 'unlinked', reason: say.nothingNamed(describe(reading, ctx)), candidates: [] };
  // "… earnings of $93 million or 2.11% as a percent of average assets" (Cadence, 1Q20, whose tables note "(1)
  // Annualized."): a quarter's flow over an average balance, in a release that annualizes such ratios, is annualized,
  // by days or by four the release does not say; never judged as the quarter's plain share.
  const average = bases[0]?.subject.label.match(/\baverage\b/i);
  if (reading.role === 'ratio' && average && ctx.annualized && current.id !== null && SHORT_PERIOD.test(current.id)) {
    return { status: 'unlinked', reason: say.annualized(bases[0]!.subject.label), candidates: [] };
  }

  // "(10% increase on a constant currency basis)", "Excluding the impact of …, operating expenses decreased 11%":
  // a figure on another basis than the tables' is no figure they print.
  const basis = otherBasis(reading, ctx);
  if (basis) return { status: 'unlinked', reason: say.otherBasis(basis), candidates: [] };
  // "GAAP gross margin of 41.2% decreased by 0.9% … and increased by 3.0% as compared to … 38.2%" (Ubiquiti, 2Q FY2025):
  // words the sentence gives as a percentage name a ratio there ("gross margin" a margin, not gross profit); a percentage
  // change of them is in points or of the ratio, never the growth of an amount line of that name.
  const ratio = reading.role === 'change' && token.kind === 'percent' && matches[0]!.subject.unit !== 'percent' ? namedAsPercentage(matches[0]!, reading) : null;
  if (ratio) return { status: 'unlinked', reason: say.namedAsPercentage(ratio, matches[0]!.subject.label), candidates: [] };
  // "the extraordinary growth of AWS with 40% year-over-year growth" (Amazon, 4Q21) matched the line "AWS" under "Y/Y net
  // sales growth:": a line that is itself a growth rate prints the growth the words speak of, never a change of it to
  // be computed; which of its figures they mean, the words do not say by the figure.
  if (reading.role === 'change' && token.kind === 'percent' && isGrowthRate(matches[0]!.subject)) {
    return { status: 'unlinked', reason: say.growthRateLine(matches[0]!.subject.label), candidates: [] };
  }
  const gross = grossOfNet(matches[0]!, ctx);
  if (gross) return { status: 'unlinked', reason: say.grossOfNet(matches[0]!.subject.label, gross), candidates: [] };
  const counted = countedWith(matches[0]!, reading, token);
  if (counted) return { status: 'unlinked', reason: say.countedWith(matches[0]!.subject.label, counted), candidates: [] };
  // "Record Net Revenue for the Full Year of $2.1 billion" where the statement prints "Total Revenues" and the release
  // names another line "Revenues less cost of revenues (net revenue)" (Cboe's 4Q24): the words are that line's name.
  const aliased = netNamedInParentheses(matches[0]!, ctx);
  if (aliased) matches = [{ ...matches[0]!, subject: aliased }];
  let heading = headingQualifier(reading, ctx) ?? leadQualifier(reading, ctx);
  // A heading that names one table ("Domestic Coke" over the segment's own table): the words are about
  // that table's lines, which then stand for the line items they name.
  let table = heading ? tableUnder(heading, ctx) : null;
  // "Net loan charge-offs were $136 million …" in the paragraphs under PNC's "Retail Banking" table (4Q20): the prose
  // under a part's own table, to the next table or heading, speaks of that part, as under a heading of its name.
  const partTable = heading === null ? partTableAbove(reading, ctx) : null;
  if (partTable) {
    heading = partTable.part;
    table = partTable.id;
  }
  if (table) {
    // Under a part's table, only what its words name whole: a line of the part they name in part is no reading of them.
    const own = (partTable ? matches.filter((m) => m.full) : matches).flatMap((m) => {
      const facts = m.subject.byTable.get(table);
      if (!facts || facts.size === 0) return [];
      const first = facts.values().next().value!;
      const subject: Subject = {
        ...m.subject,
        conflicts: new Set(),
        key: `${table}/${first.row}`,
        kind: 'row',
        label: `${heading} — ${first.label}`,
        facts,
        byTable: new Map([[table, facts]]),
        expression: (period) => ({ type: 'fact', id: `${table}/${first.row}/${period}` }),
      };
      return [{ ...m, subject }];
    });
    if (own.length > 0) {
      matches = own;
      heading = null;
    }
  }
  // "U.S. net sales increased 3% …. Operating margin of 23.1% increased …": a sentence that names no segment
  // speaks of the one the sentence before opens with, where the tables print the line its words name for it.
  const inherited = heading === null ? segmentBefore(reading, matches, ctx) : null;
  if (inherited && inherited.matches.length === 0) {
    return { status: 'unlinked', reason: say.segmentNotRead(inherited.words, matches[0].subject.label), candidates: [] };
  }
  if (inherited) matches = inherited.matches;
  // "the segment reported operating earnings of $787 million in 2006" (Motorola's 2007 MD&A, FinQA): "the segment",
  // "this division" speak of a part named before, whose line the words alone never establish.
  const anaphor = heading === null && !inherited ? partNamedBefore(token, ctx) : null;
  if (anaphor) return { status: 'unlinked', reason: say.partNamedBefore(anaphor, matches[0].subject.label), candidates: [] };
  // "Laboratory Solutions" over "Net sales were $1,125.8 million …" (Avantor's 4Q24 segment results): a heading that is
  // the whole label of a line other than the one the words name says whose figure it is; never the company's line.
  const owner = heading === null && !inherited ? headingNamesLine(reading, matches[0], ctx) : null;
  if (owner) return { status: 'unlinked', reason: say.headingNamesLine(owner, matches[0].subject.label), candidates: [] };
  let top = matches[0];
  // "Operating loss was $5.4 million compared to $6.5 million, and net income was $4.0 million": a clause of its
  // own names the figure's line, nearer the figure than the first clause's subject.
  const nearer = ownClause(top, matches, token, ctx);
  if (nearer) {
    // Only what the clause's own words name: the first clause's subject is no rival.
    matches = [nearer, ...matches.filter((m) => m !== nearer && m.words[0]?.start === nearer.words[0].start)];
    top = nearer;
  }
  // "on $80.8 million non-cash impairment charges", "comprised of $29.1 million of attritional losses": a
  // figure followed by a noun of its own is that noun's, not the line named before it in the sentence.
  const ownNoun = !top.after && reading.role === 'figure' && token.kind !== 'percent' ? nounAfter(reading, top) : null;
  if (ownNoun) return { status: 'unlinked', reason: say.notPrinted(ownNoun), candidates: [] };
  // "the acquisition of Trillium … was accounted for as an asset acquisition, giving rise to approximately $2.1 billion in
  // Acquired IPR&D Expenses" (Pfizer, 4Q22; the quarter's line is $2,469 million): what one event gave rise to is its part
  // of the line, which the tables do not print apart.
  if (reading.role === 'figure' && RISE_TO_BEFORE.test((ctx.lines.get(token.line) ?? '').slice(Math.max(0, token.column - 1 - 60), token.column - 1))) {
    return { status: 'unlinked', reason: say.partGivenRise(words(top.words)), candidates: [] };
  }
  // "GAAP net loss in the third quarter reflected a $28.5 million restructuring charge": after "a", the noun that
  // follows the amount is what it measures, not the line named before it.
  const attributive = !top.after && reading.role === 'figure' && token.kind === 'money' ? nounOfAmount(token, top, ctx) : null;
  if (attributive) return { status: 'unlinked', reason: say.notPrinted(attributive), candidates: [] };
  // "… salaries and employee benefits of $875 thousand or 9.4% and a $138 thousand or 158.6% increase in FDIC insurance
  // expense" (Farmers National, 1Q20): a change named after the figure ("increase in …") is of the line it names there,
  // not of the one named before it, which is another figure's. That line where the tables print it, else none.
  const changed = !top.after ? changeNamedAfter(token, top, ctx) : null;
  if (changed) {
    const named = new Set(changed.map((w) => w.norm));
    const there = matches.find((m) => m.after && m.full && m.words.every((w) => named.has(w.norm)));
    if (!there) return { status: 'unlinked', reason: say.changeNamedAfter(changed.map((w) => w.text).join(' '), words(top.words)), candidates: [] };
    matches = [there, ...matches.filter((m) => m !== there && m.after)];
    top = there;
  }
  // "we generated nearly $40 billion of operating cash flow, and returned almost $27 billion to our
  // shareholders": the words are the noun of the figure before, and a clause of its own ("and returned")
  // stands between them and this figure, which is what that clause's verb names.
  // "delivering 17.2% GAAP operating margin and 31.6% non-GAAP operating margin" (Salesforce, Q2 FY24): words printed
  // right after a figure before, with only "and" between them and this one, are that figure's noun; this figure's is the
  // noun printed right after it, where one names a line fully, else none.
  if (!top.after && nounOfFigureBefore(top, token, ctx)) {
    const own = matches.find((m) => m.after && m.full);
    if (!own) return { status: 'unlinked', reason: say.nounOfFigureBefore(words(top.words)), candidates: [] };
    matches = [own, ...matches.filter((m) => m !== own && m.after)];
    top = own;
  }
  const clause = !top.after && reading.role === 'figure' ? coordinatedAfter(top, token, ctx) : null;
  if (clause) return { status: 'unlinked', reason: say.otherClause(words(top.words), clause), candidates: [] };
  // "Dealers increased inventories by $1.3 billion": the line is the object of another's action.
  const agent = agentOther(top, reading, ctx);
  if (agent) return { status: 'unlinked', reason: say.notPrinted(`${agent} ${words(top.words)}`), candidates: [] };
  // "Net income" where the statement prints "Net income attributable to <the company>" below it: the
  // company's, never the line before noncontrolling interests.
  const attributable = top.full ? attributableOf(top, matches, ctx.subjects) : null;
  if (attributable) top = attributable;
  // A line the tables print beside its own part ("Voyage expenses" and "Voyage expenses – related
  // party"): which of them, or their sum, the words mean they do not say.

  // "Total debt" never names "Net debt": "net" is weak in a label, but not against "total" or "gross".
  const netOfTotal = /\bnet\b/i.test(top.subject.label) && !/\b(?:total|gross)\b/i.test(top.subject.label) && top.words.some((w) => /^(?:total|gross)$/i.test(w.text));
  // Once the attributable line stands for the words, the line before noncontrolling interests is no rival.
  // That line by any name a table prints it ("NET PROFIT" in the statement, "Net Profit" in a segment note) is none either.
  const before = attributable ? new Set([matches[0].subject.label, ...labelsByTable(matches[0].subject).keys()].map((l) => l.trim().toLowerCase())) : null;
  const rivals = matches.filter((m) => m !== top && m.full === top.full && (top.score - m.score < 1 || underNameOf(m, top)) && m.subject !== attributable?.subject && !before?.has(m.subject.label.trim().toLowerCase()));
  // "Total delinquent loans (past due 30 days or more) and non-accrual loans decreased … to $3.43 million": the words
  // name two things of one head noun, the line and another no table prints; the figure is of both together.
  // ("Gross loans and net loans were … , respectively" pairs them instead.)
  const coordinated = top.full && !top.after && !reading.respectively ? coordinatedBefore(top, token, ctx) : null;
  if (coordinated) return { status: 'unlinked', reason: say.notPrinted(`${coordinated} and ${words(top.words)}`), candidates: [] };
  // "Technology and general and administrative expense was $82 million": two line items named together.
  const joint = top.full ? jointWith(top, matches, reading) : null;
  const qualified = top.full && !top.after && !reading.respectively && !joint ? coordinatedModifier(top, token, ctx) : null;
  if (qualified) return { status: 'unlinked', reason: say.notPrinted(`${qualified} and ${words(top.words)}`), candidates: [] };
  // "weighted-average shares and units outstanding": the words go on, by "and", into a line that prints top's words with more.
  const widened = top.full && !joint ? joinedAfter(top, matches, reading) : null;
  // The first of them printed beside a part of its own, and no more of them read (the same line in many tables is many rivals).
  let extended: SubjectMatch | null = null;
  if (top.full && !attributable) for (const m of [top, ...rivals]) if ((extended = extensionOf(m, matches))) break;
  const options = (m: SubjectMatch): Option[] => optionsFor(m, baseInBlock(m, bases), reading, perShareOf(reading, token, m.subject), current, ctx);
  // Words that point at a line item less plainly (part of its label, a qualifier, other nouns between,
  // under a heading that names something the tables do not print) link nothing: the figure's value is
  // never evidence for the link, so the candidates are listed, each with its verdict, and none is picked.
  const considered = matches.filter((m) => m.score >= top.score - 6 && coverage(m) >= 0.5).slice(0, 4);
  const listed = (): Candidate[] => distinctFigures(considered.flatMap((m) => options(m).slice(0, 2))).slice(0, 4).map(candidate);
  const clear =
    top.full &&
    top.qualifiers.length === 0 &&
    top.between.length === 0 &&
    heading === null &&
    reading.unpaired === false &&
    reading.periodsUnpaired === undefined &&
    !extended &&
    !netOfTotal &&
    !joint &&
    !widened &&
    (reading.role !== 'ratio' || ((bases[0]?.full ?? false) && bases[0].subject.key !== top.subject.key));
  if (!clear) {
    const named = top.qualifiers.length > 0 ? `${top.qualifiers.join(' ')} ${words(top.words)}` : heading ? `${heading} ${words(top.words)}` : null;
    const labels = [...new Set(considered.map((m) => m.subject.label).filter((l) => l.trim() !== ''))];
    const reason = reading.unpaired
      ? say.unpaired()
      : reading.periodsUnpaired !== undefined
      ? say.periodsUnpaired(reading.periodsUnpaired)
      : joint
        ? say.together(joint.subject.label, top.subject.label)
        : widened
        ? say.loosely([top.subject.label, widened.subject.label])
        : extended
        ? say.partBeside(top.subject.label, extended.subject.label)
        : netOfTotal
          ? say.notPrinted(words(top.words))
      : reading.role === 'ratio' && bases[0] && bases[0].subject.key === top.subject.key
        ? say.ratioOfItself(top.subject.label)
        : named
          ? say.notPrinted(named)
          : top.between.length > 0 && top.full
            ? say.between(top.subject.label, top.between)
            : labels.length > 0
              ? say.loosely(labels)
              : say.nothingNamed('');
    return { status: 'unlinked', reason, candidates: listed() };
  }
  // "an income tax benefit of $7.0 million during 2024, related to repair costs …", "…, of which $60 million …": a
  // figure the sentence presents as a part of the line its words name is not that line (NorthWestern, 2024).
  const part = !top.after && reading.role === 'figure' && (token.kind === 'money' || token.kind === 'per-share') ? presentedAsPart(token, ctx) : null;
  if (part) return { status: 'unlinked', reason: say.presentedAsPart(part, top.subject.label), candidates: [] };
  // "… was due to … higher income tax expense of $67 million" (Precision Drilling, 2024; the year's line is $43 million):
  // a line named after "higher" or "lower", then "of", may be stated at its level or by its change, and the words do not
  // say which.
  const compared = !top.after && reading.role === 'figure' ? COMPARATIVE_OF.exec((ctx.lines.get(token.line) ?? '').slice(Math.max(0, token.column - 1 - 80), token.column - 1)) : null;
  if (compared && top.words[0]!.start >= token.column - 1 - compared[0].length) return { status: 'unlinked', reason: say.levelOrChange(compared[0].replace(/\s+of\s*[$(]*$/i, '').trim()), candidates: listed() };
  // "general and administrative expense included $18 million of merger transaction and integration costs" (Valaris, 1Q20):
  // the part of the costs within the line named before, not the line of those costs, which counts them in every expense.
  const whole = top.after && reading.role === 'figure' && token.kind === 'money' ? partWithin(token, top, matches, ctx) : null;
  if (whole) return { status: 'unlinked', reason: say.partWithin(top.subject.label, whole), candidates: [] };
  const caused = top.after && reading.role === 'figure' && token.kind === 'money' ? partAfterItsLine(token, top, ctx) : null;
  if (caused) return { status: 'unlinked', reason: say.presentedAsPart(caused, top.subject.label), candidates: [] };
  // The same line item printed in several tables is several subjects with one name: those that
  // can state the claim (have figures for its periods) must agree, and any of them will do.
  // Plain words name the line the statements print (a concept the model recognizes), not a line of
  // the same name in another table (a segment's page) that the words do not name.
  let pool = [top, ...rivals.filter((m) => m.qualifiers.length === 0 && m.between.length === 0)];
  // "gross margin of 19.7%" where the tables print "Non-GAAP gross margin" and a line "Gross margin": words that name no
  // basis name the line on the tables' own basis; the non-GAAP measure is their reading only where nothing else fits
  // (Ultra Clean, 1Q20, whose non-GAAP gross margin of the prior quarter is 20.3%).
  // So too where "respectively" sets its words against another subject's that name a basis.
  if ((!namesBasis(reading) || reading.plainAgainstBasis) && pool.some((m) => m.subject.basis !== 'nongaap')) pool = pool.filter((m) => m.subject.basis !== 'nongaap');
  // Not a concept the words name only by the base model's other name for it, where a line prints those words as its
  // own label (Costco's "Net sales" 52,604 beside "Total revenue" 53,648, which the base model also calls net sales):
  // the two disagree, and which the words mean is not for the concept to settle.
  const plainWords = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const printed = pool.some((m) => m.subject.kind !== 'concept' && !byOtherName(m) && plainWords(m.subject.label) === plainWords(words(m.words)));
  // "Adjusted earnings1 were $29.2 million" (Kelly Services, 4Q24) beside "Adjusted net earnings" and "Adjusted earnings
  // from operations": words that name a line only with a word of its label left out inside, and a line that begins with
  // them whole, are two readings, and the words do not choose.
  if (!printed && !attributable && omitsInside(top)) {
    const said = normalWords(words(top.words)).join(' ');
    const begun = matches.find((m) => m.subject !== top.subject && m.subject.unit === top.subject.unit && normalWords(m.term.label).join(' ').startsWith(`${said} `) && !OWN_LINE_OF_A_NAME.test(m.term.label));
    if (begun) return { status: 'unlinked', reason: say.loosely([top.subject.label, begun.subject.label]), candidates: listed() };
  }
  const statements = pool.filter((m) => m.subject.kind === 'concept' && !(printed && byOtherName(m)));
  const able = (statements.length > 0 ? statements : pool).map((m) => ({ m, opts: options(m) })).filter((x) => x.opts.length > 0);
  if (able.length === 0) return noPeriod(pool[0], reading, current, ctx);
  // "Interest income increased to $3.9 million": the statement prints 3,907 and a reconciliation the same
  // line as a deduction, (3,907). The tables agree on its size, which is what the prose states.
  if (!able.every((x) => sameFigures(x.opts, able[0].opts)) && !parseDecimal(token.value!).isNeg() && able.every((x) => sameSizes(x.opts, able[0].opts))) {
    const plain = able.filter((x) => x.opts.every((o) => o.check.computed !== null && !parseDecimal(o.check.computed).isNeg()));
    if (plain.length > 0) able.splice(0, able.length, ...plain);
  }
  const first = able[0].opts;
  if (!able.every((x) => sameFigures(x.opts, first))) {
    return { status: 'unlinked', reason: say.several(able.map((x) => x.m.subject.label)), candidates: distinctFigures(able.flatMap((x) => x.opts)).map(candidate) };
  }
  if (first.length > 1) return { status: 'unlinked', reason: say.noComparison(top.subject.label), candidates: first.map(candidate) };
  const only = first[0];
  if (!plausible(only, token, reading)) return { status: 'unlinked', reason: say.farFrom(top.subject.label, token.text), candidates: [candidate(only)] };
  // "Adjusted Operating Expenses and Share-Based Compensation (“SBC”) (non-GAAP) increased 14% year-over-year to $607
  // million" (Robinhood, 1Q26): the clause states the amount the change reaches. A line whose figure of that period is
  // far from it (share-based compensation, $92 million) or is no amount (operating expenses as a percent of revenues,
  // 61%) is not the line the words speak of, as a figure far from its line's is not (plausible, above).
  const reached = reading.role === 'change' ? levelReached(reading, token) : null;
  if (reached && !reaches(only, reached)) return { status: 'unlinked', reason: say.farFrom(top.subject.label, reached.text), candidates: [candidate(only)] };
  // A mismatch accuses the release: only where the words name every period it rests on (next to the
  // figure, opening its sentence, or set by its heading or the line introducing its list). A figure
  // whose words name none, or a change that does not say what it is compared with, is left unlinked
  // when it does not agree with the release's own period (or the only comparison the tables print).
  // "Revenues of $26.2 million … compared to $29.9 million …, representing a 12.4% decline": a growth the
  // sentence works out from the rounded figures it prints beside it is read as theirs, not accused.
  const fromPrinted = only.check.verdict === 'mismatch' && reading.role === 'change' && token.kind === 'percent' ? growthOfPrinted(reading, token, only.check.reported.value) : null;
  if (fromPrinted) return { status: 'unlinked', reason: say.fromPrinted(fromPrinted), candidates: [candidate(only)] };
  // A figure printed differently in one period (two columns read as one period, or two tables) is no established figure.
  const conflict = [only.period.id, only.prior?.id].find((id) => id !== undefined && only.match.subject.conflicts.has(id));
  if (only.check.verdict === 'mismatch' && conflict) return { status: 'unlinked', reason: say.conflict(top.subject.label, conflict), candidates: [candidate(only)] };
  // "Diluted EPS ($) $3.82" in the "2024 Results" column of a table of "2025 Financial Guidance", stated, as a note says,
  // on the guidance's basis (excluding non-core items): a figure printed only there is no established figure of the line.
  const guidance = only.check.verdict === 'mismatch' ? guidanceOnly(only, ctx) : null;
  if (guidance) return { status: 'unlinked', reason: say.guidanceBase(top.subject.label, guidance), candidates: [candidate(only)] };
  // "$250 million of share repurchases" (eBay, 1Q23) where the statement of cash flows prints "Repurchases of common
  // stock (242)": shares bought in the quarter (at trade) and the cash paid for them (at settlement) are two measures,
  // and words that do not say the amount is cash ("paid", "cash used for") establish only the first.
  if (only.check.verdict === 'mismatch' && cashNotSaid(only, token, ctx)) {
    return { status: 'unlinked', reason: say.cashNotSaid(top.subject.label), candidates: [candidate(only)] };
  }
  if (only.check.verdict === 'mismatch' && (only.period.how !== 'named' || (only.prior !== undefined && only.prior.how !== 'named'))) {
    return {
      status: 'unlinked',
      reason:
        only.period.how === 'span-end'
          ? say.spanEndNotEstablished(top.subject.label, only.period.words)
          : only.period.how !== 'named'
            ? say.noPeriodNamed(top.subject.label)
            : say.noComparisonNamed(top.subject.label),
      candidates: [candidate(only)],
    };
  }
  // "Net income was $87.7 million" where the statement prints "Net income 87,722" and, below it, "Net income
  // attributable to Red Rock Resorts, Inc. 46,588": the attributable line is the usual reading of the words, but
  // the line they name as printed is a sound one too; where it states the figure, which of the two is meant is not
  // established, and the figure accuses neither. A figure neither line states is still a mismatch.
  if (attributable && only.check.verdict === 'mismatch') {
    const same = (m: SubjectMatch) => options(m).find((o) => o.period.id === only.period.id && o.prior?.id === only.prior?.id);
    // The line may be printed in several tables, not each of them in the figure's period (Axos, fiscal 3Q20: "Net income
    // was $56.1 million", 56,057 in the statement, 55,980 attributable to common stock).
    const printed = matches
      .filter((m) => m === matches[0] || (m.full && m.subject.label === matches[0].subject.label && m.subject !== attributable.subject))
      .map(same)
      .find((o) => o !== undefined && o.check.verdict !== 'mismatch');
    if (printed && printed.check.verdict !== 'mismatch') {
      return { status: 'unlinked', reason: say.attributableOrNot(matches[0].subject.label, attributable.subject.label), candidates: [candidate(printed), candidate(only)] };
    }
    // "Net Income … decreased 1.6% to $43.4 million" where the statement prints "Net Income Attributable to Common
    // Stockholders 43,380" (after preferred dividends) beside the company's line: that line is as sound a reading.
    for (const other of attributableLines(matches[0], matches, ctx.subjects).filter((m) => m.subject !== attributable.subject)) {
      const stated = same(other);
      if (stated && stated.check.verdict !== 'mismatch') {
        return { status: 'unlinked', reason: say.attributableOther(matches[0].subject.label, attributable.subject.label, other.subject.label), candidates: [candidate(stated), candidate(only)] };
      }
    }
  }
  // "Net income was $56.1 million" (Axos, fiscal 3Q20) where the words name the model's net income attributable to the
  // company, printed "Net income attributable to common stock" 55,980, and the statement prints "Net income" 56,057
  // above it: the line the words name as printed is as sound a reading, the same case from the other side.
  return linked(only, 'high', reading, ctx, null, inherited?.words ?? null);
}

// Labels of lines that are no segment's name: the rest of a breakdown.
const NO_SEGMENT = new Set(contentWords('other others all remaining unallocated elimination eliminations adjustment adjustments'));
// A line named by a measure is no segment of another: "Net income", the first line of the table "Adjusted EBITDA and
// Adjusted EBITDA Margin", is where the reconciliation starts (Avantor's 4Q24: "Net Income margin was 29.7%. Adjusted
// EBITDA was $307.7 million" was linked to net income).
const MEASURE = new Set(contentWords('income revenue sales profit margin ebitda earnings loss expense cost eps'));
// Words naming a ratio of a measure rather than the measure: what the segment's line is a ratio of is what names it.
const RATIO_WORD = /^(?:margins?|rates?|ratios?)$/;

/**
 * The segment the sentence before opens with ("U.S. net sales increased 3%" before "Operating margin of
 * 23.1% …"), where the tables print the line the words name for it: the lines labelled with the segment's
 * name under a section the words name ("U.S." under "Segment operating margin:"), as the matches, or, where
 * none of them is read in the figure's unit, the segment alone (the words are then about a line of the
 * segment, never the company's line of that name); null when the sentence names a segment itself, or the
 * sentence before opens with none.
 */
function segmentBefore(reading: Reading, matches: SubjectMatch[], ctx: LinkContext): { matches: SubjectMatch[]; words: string } | null {
  const top = matches[0];
  if (!reading.previous || !top?.full || top.qualifiers.length > 0 || top.after) return null;
  const opening = sentenceWords(reading.previous).slice(0, 4);
  const own = sentenceWordSet(reading.sentence);
  const named = (t: Term) =>
    t.core.length > 0 &&
    t.core.every((w) => opening.includes(w)) &&
    !t.core.some((w) => own.has(w)) &&
    !t.core.every((w) => NO_SEGMENT.has(w)) &&
    !t.core.some((w) => MEASURE.has(w)) &&
    inContext(t);
  // The segment's line of the measure the words name: each of their words in the line's context, or in the sentence
  // before's opening that names the segment with its measure, and a ratio of it the segment's too ("International
  // segment Adjusted EBITDA decreased … . Adjusted EBITDA margin decreased by 160 basis points to 12.1%", Krispy
  // Kreme's 2Q26, whose tables print the segment's EBITDA under "Segment Adjusted EBITDA:" and no margin of it; the
  // company's is 8.7%). At least one word must be in the line's own context: were all taken from the opening or the
  // ratio words, every line of the segment would be named.
  const inContext = (t: Term) => {
    const core = top.term.core.map((c) => c.split('|'));
    const ofLine = (alts: string[]) => alts.some((alt) => t.context.includes(alt));
    if (core.every(ofLine)) return true;
    return core.some(ofLine) && core.every((alts) => alts.some((alt) => RATIO_WORD.test(alt) || opening.includes(alt)) || ofLine(alts));
  };
  const found: SubjectMatch[] = [];
  let words = '';
  // Only a line with a term whose first word opens the sentence before can be named by it: those, in the subjects' order.
  const { byFirst, order } = rowsByFirstWord(ctx);
  const rows = [...new Set(opening.flatMap((w) => byFirst.get(w) ?? []))].sort((a, b) => order.get(a)! - order.get(b)!);
  for (const s of rows) {
    if (s.kind !== 'row' || s === top.subject || !s.terms.some(named)) continue;
    words ||= s.label;
    if (s.unit === top.subject.unit) found.push({ ...top, subject: s });
  }
  return words ? { matches: found, words } : null;
}

// A sentence's content words, read once a sentence, not once a figure of it or of the sentence after it.
const wordsOfSentence = new Kept<readonly string[]>(1_000);
const sentenceWords = (text: string) => wordsOfSentence.get(text, () => Object.freeze(contentWords(text)));
const wordSetOfSentence = new Kept<ReadonlySet<string>>(1_000);
const sentenceWordSet = (text: string) => wordSetOfSentence.get(text, () => new Set(sentenceWords(text)));

// The row subjects by the first word of each of their terms, and every subject's place in the vocabulary.
const rowIndex = new WeakMap<LinkContext, { byFirst: Map<string, Subject[]>; order: Map<Subject, number> }>();
function rowsByFirstWord(ctx: LinkContext): { byFirst: Map<string, Subject[]>; order: Map<Subject, number> } {
  let found = rowIndex.get(ctx);
  if (found) return found;
  const byFirst = new Map<string, Subject[]>();
  const order = new Map<Subject, number>();
  ctx.subjects.forEach((s, i) => {
    order.set(s, i);
    if (s.kind !== 'row') return;
    for (const first of new Set(s.terms.flatMap((t) => t.core.slice(0, 1)))) {
      const list = byFirst.get(first);
      if (list) list.push(s);
      else byFirst.set(first, [s]);
    }
  });
  found = { byFirst, order };
  rowIndex.set(ctx, found);
  return found;
}

/**
 * The noun phrase joined by "and" right before top's words that ends with the same head noun ("Total delinquent loans"
 * before "and non-accrual loans"), asides in parentheses left out: the words then name both as one subject. Null when
 * there is none, or the phrase is part of top's own label ("Cash and cash equivalents").
 */
/** Amounts that two things of one kind add up to: money in a currency, shares, counts. */
const AMOUNT_UNIT = /^(?:[A-Z]{3}|shares|count)$/;

function coordinatedBefore(top: SubjectMatch, token: NumberToken, ctx: LinkContext): string | null {
  const line = ctx.lines.get(token.line) ?? '';
  const start = top.words[0].start;
  const lead = line.slice(Math.max(0, start - 200), start).replace(/\([^()]*\)/g, ' ');
  const m = /(?:^|[.;:,]\s*|\s)((?:[A-Za-z][\w'’-]*\s+){0,3}([A-Za-z][\w'’-]*))\s+and\s+$/.exec(lead);
  if (!m) return null;
  const head = normalize(m[2]);
  if (head !== top.words.at(-1)!.norm) return null;
  // Only the phrase's own words: from its first content word, never a verb or a figure's words before it.
  const phrase = wordsOf(m[1]);
  const from = phrase.findLastIndex((w) => isStop(w.norm)) + 1;
  const named = phrase.slice(from);
  if (named.length < 2 || top.term.core.some((c) => named.slice(0, -1).some((w) => isCore(c, w.norm)))) return null;
  return named.map((w) => w.text).join(' ');
}

/**
 * One word opening the sentence's subject and joined by "and" to top's words, qualifying their head noun as top's first
 * word does: "Criticized and classified loans decreased … to $191.5 million" (Peapack-Gladstone's special mention and
 * classified loans, 3Q25, each printed apart) names the two together, and the amount is of both. Only over an amount:
 * a figure per share or a rate may be each one's alike ("Basic and diluted earnings per share of $0.32"). Null when the
 * word is no qualifier standing first (a figure's word, "… $1.75 billion and non-GAAP operating income").
 */
function coordinatedModifier(top: SubjectMatch, token: NumberToken, ctx: LinkContext): string | null {
  if (top.words.length < 2 || !AMOUNT_UNIT.test(top.subject.unit)) return null;
  const line = ctx.lines.get(token.line) ?? '';
  const lead = line.slice(Math.max(0, top.words[0].start - 80), top.words[0].start);
  const m = /(?:^|[.;:!?•*-]\s+|\n)\s*([A-Za-z][a-z'’-]+)\s+and\s+$/.exec(lead);
  if (!m) return null;
  const word = normalize(m[1]!);
  if (isStop(word) || top.term.core.some((c) => isCore(c, word))) return null;
  return m[1]!;
}

// A part of the company named by reference ("the segment's", "this division"); "each segment" and "all segments" are others.
const PART_ANAPHOR = /\b(?:the|this|that|its)\s+(?:segment|division|business\s+unit|reporting\s+unit|operating\s+unit)\b/i;

/** The words of the figure's sentence before it that refer to a part of the company named earlier, or null. */
function partNamedBefore(token: NumberToken, ctx: LinkContext): string | null {
  // A bounded stretch before the figure, never the whole line: a line may hold a release's prose with no full stop.
  const line = ctx.lines.get(token.line) ?? '';
  const lead = line.slice(Math.max(0, token.column - 1 - 240), token.column - 1);
  // From the last full stop before the figure: its own sentence ("… 2005 . the segment …" is two).
  const stop = lead.search(/[.;!?]\s+[a-z][^.;!?]*$/i);
  return PART_ANAPHOR.exec(stop >= 0 ? lead.slice(stop + 1) : lead)?.[0] ?? null;
}

/** Another line item named fully right before top's words, joined to them by "and" ("Technology and general and administrative"). */
function jointWith(top: SubjectMatch, matches: readonly SubjectMatch[], reading: Reading): SubjectMatch | null {
  const window = top.after ? reading.after : reading.before;
  const first = window.findIndex((w) => w.start === top.words[0]?.start);
  // "Cash and cash equivalents including time deposits of $206.7 million": a sum, or one of them; the words do not say.
  if (first < 2 || !/^(?:and|including|include|plus|with)$/.test(window[first - 1].norm)) return null;
  const before = window[first - 2];
  return matches.find((m) => m !== top && m.full && m.subject !== top.subject && m.words.length > 0 && m.words.at(-1)!.start === before.start) ?? null;
}

// Words of a table's title that make it an outlook: its columns of past periods are the base the outlook is stated on.
const OUTLOOK_TITLE = new Set(contentWords('guidance outlook'));

/** The title of the outlook table every figure an option reads is printed in, or null. */
function guidanceOnly(o: Option, ctx: LinkContext): string | null {
  const tables = new Set(o.check.inputs.map((id) => id.split('/')[1]));
  if (tables.size === 0) return null;
  for (const t of tables) if (![...(ctx.tableWords.get(t) ?? [])].some((w) => OUTLOOK_TITLE.has(w))) return null;
  return [...tables][0];
}

// Words by which a sentence says its amount is cash: "$134 million paid in cash dividends", "cash used for", "cash flow".
const CASH_SAID =
  /\b(?:paid|pay(?:s|ing)?|payments?|spent|spend(?:ing)?|outflows?|inflows?|received|receipts?|proceeds|used\s+(?:for|in|to)|cash\s+(?:used|paid|spent|outflows?|inflows?|(?:fl)?ows?|generated|provided))\b/i;
// A transaction in the company's own shares, settled after it is made: shares repurchased at trade, paid at settlement;
// dividends declared, paid later.
const OWN_SHARES =
  /\b(?:re)?purchases?\s+of\s+(?:(?:common|ordinary|capital|treasury|own)\s+)?(?:stock|shares?)\b|\b(?:stock|share)\s+(?:re)?purchases?\b|\bbuybacks?\b|\btreasury\s+(?:stock|shares?)\b|\bdividends?\b/i;
// The statement's line closing its operating section: the lines after it are cash paid or received in transactions.
const OPERATING_TOTAL = /^(?:net\s+)?cash\s+(?:flows?\s+)?(?:(?:provided|used|generated)\b|from\b)[^]*\boperating\s+activities\b/i;

/**
 * Whether the figure is judged against a line of the company's own shares (repurchases, dividends) among the financing
 * activities of a statement of cash flows (a title naming cash flows; after its line of net cash from operating
 * activities) by words that do not say it is cash:
 * between the amount before it in its sentence (or the sentence's start) and the amount after it.
 */
function cashNotSaid(o: Option, token: NumberToken, ctx: LinkContext): boolean {
  if (o.check.inputs.length === 0) return false;
  for (const id of o.check.inputs) {
    const fact = factWithId(ctx.claims.facts, id);
    if (!fact || !OWN_SHARES.test(fact.label)) return false;
    const title = ctx.tableWords.get(fact.table);
    if (!title?.has('cash') || !title.has('flow')) return false;
    const operating = ctx.claims.facts.find((f) => f.table === fact.table && f.period === fact.period && OPERATING_TOTAL.test(f.label));
    if (!operating || operating.line >= fact.line) return false;
  }
  const line = ctx.lines.get(token.line) ?? '';
  const sentence = sentences(line).find((s) => s.start <= token.column - 1 && token.column - 1 < s.end) ?? { start: 0, end: line.length };
  const before = line.slice(sentence.start, token.column - 1).replace(/^[^]*\d/, '');
  const after = line.slice(token.end - 1, sentence.end).split(/[$\d]/)[0];
  return !CASH_SAID.test(`${before} ${after}`);
}

// Labels of a line that takes its name from the section it is printed under: "Other, net" under "Other Income (expense):".
const OTHER = new Set(contentWords('other others miscellaneous'));
const NETTED = /\b(?:income|earnings|profit|gain)s?\s*\((?:expense|expenses|loss|losses|charge|deficit)\)/i;

/**
 * An "other" line printed under a section whose words are top's name, where top nets both signs ("… income (expense)"):
 * "Other income" names "Other income (expense), net" and "Other, net" under "Other Income (expense):" alike. A total
 * of one sign ("Total other expenses") is what its words name.
 */
function underNameOf(m: SubjectMatch, top: SubjectMatch): boolean {
  if (!NETTED.test(top.subject.label)) return false;
  if (!m.full || m.subject === top.subject || m.subject.unit !== top.subject.unit) return false;
  if (m.term.core.length === 0 || !m.term.core.every((c) => OTHER.has(c))) return false;
  // Its label's word and its section's (its context) make top's name.
  const named = new Set([...m.term.core, ...m.term.context]);
  return top.term.core.every((c) => c.split('|').some((alt) => named.has(alt)));
}

/**
 * A line whose label holds every core word of top's and the word that follows top's words after "and":
 * "Weighted Average Number of Common Shares and OP Units Outstanding" for "weighted-average shares and units
 * outstanding", where top is the shares alone. The words name that line, in part; null when none.
 */
function joinedAfter(top: SubjectMatch, matches: readonly SubjectMatch[], reading: Reading): SubjectMatch | null {
  if (top.after || top.words.length === 0) return null;
  const window = reading.before;
  const last = window.findIndex((w) => w.start === top.words.at(-1)!.start);
  if (last < 0 || last + 2 >= window.length || window[last + 1].norm !== 'and') return null;
  const next = window[last + 2].norm;
  if (isStop(next)) return null;
  const has = (core: readonly string[], word: string) => core.some((c) => isCore(c, word));
  return (
    matches.find(
      (m) =>
        m.subject !== top.subject &&
        m.subject.unit === top.subject.unit &&
        has(m.term.core, next) &&
        !has(top.term.core, next) &&
        top.term.core.every((c) => c.split('|').some((alt) => has(m.term.core, alt))),
    ) ?? null
  );
}

/** Whether two periods are of one kind and length (two quarters, two instants), as a change compares them. */
function sameSpan(ctx: LinkContext, a: string, b: string): boolean {
  const [p, q] = [ctx.calendar.period(a), ctx.calendar.period(b)];
  if (!p || !q) return true;
  if (p.kind !== q.kind) return false;
  if (p.kind !== 'duration' || !p.start || !p.end || !q.start || !q.end) return true;
  const months = (x: { start?: string; end?: string }) => Math.round((Date.parse(x.end!) - Date.parse(x.start!)) / 86_400_000 / 30.44);
  return months(p) === months(q);
}

/**
 * Two money figures printed in the sentence before a growth, the current then the one compared with,
 * whose growth rounds to the printed percentage ("$26.2 million … $29.9 million …, a 12.4% decline"):
 * the two figures as printed, or null.
 */
function growthOfPrinted(reading: Reading, token: NumberToken, signed: string | null): string | null {
  const at = reading.sentence.indexOf(token.raw);
  if (at <= 0 || signed === null) return null;
  // The sentence's money figures, before the growth and after it ("amounted to $26.2 million, … or 12.4%, compared to revenues of $29.9 million").
  const money = moneyIn(reading.sentence).filter((t) => t.column - 1 !== at);
  if (money.length < 2 || money.length > 4) return null;
  // As the words state it, with its sign ("a 12.4% decline" is −12.4).
  const printed = parseDecimal(signed);
  const half = parseDecimal('5').times(powerOfTen(-(token.decimals + 1)));
  for (let i = 0; i < money.length - 1; i++) for (let j = i + 1; j < money.length; j++) {
    const a = money[i];
    const b = money[j];
    if (a.scale !== b.scale) continue;
    const prior = parseDecimal(b.value!);
    if (prior.isZero()) continue;
    const growth = parseDecimal(a.value!).div(prior).minus(1).times(100);
    if (growth.minus(printed).abs().lte(half)) return `${a.text} and ${b.text}`;
  }
  return null;
}

// A sentence's money figures, read once a sentence: every growth in it asks (issue 30: a line of megabytes
// with no full stop is one sentence, and was read again for each of its figures).
const moneyOf = new Kept<readonly NumberToken[]>(1_000);
function moneyIn(sentence: string): readonly NumberToken[] {
  return moneyOf.get(sentence, () => deepFreeze(extractLine(0, sentence).filter((t) => t.kind === 'money' && t.value !== null)));
}

// The words by which a line's label says it is the whole, shares of noncontrolling interests in it.
const WHOLE_OF_SHARES = /\s+(?:including|before|incl)\s+(?:non\s?controlling|minority)\s+interests?$/;

/** The line "<top's label> attributable to …" (not to noncontrolling interests) printed in a table of top's, as a match. */
function attributableOf(top: SubjectMatch, matches: readonly SubjectMatch[], subjects: readonly Subject[]): SubjectMatch | null {
  return attributableLines(top, matches, subjects)[0] ?? null;
}

/**
 * "Amounts attributable to common shareowners: Continuing operations" for "Earnings from continuing operations":
 * a line of the amounts attributable to holders, by what it then names, every word of which top's label has.
 */
function namesAfterHolders(label: string, topLabel: string): boolean {
  const after = /\b(?:attributable|available)\s+to\s+[^:–—]*[:–—]\s*(.+)$/i.exec(label);
  if (!after) return false;
  const named = contentWords(after[1]);
  const own = new Set(contentWords(topLabel));
  return named.length > 0 && named.every((w) => own.has(w));
}

/**
 * Every line printed in a table of top's label ("Net income") as that label attributable to someone other
 * than noncontrolling interests, in the order of the matches: "Net income attributable to Agree Realty
 * Corporation", then "… attributable to Common Stockholders" (after preferred dividends) or "… to OP Common
 * Unitholders". Each is a sound reading of words that name the label alone. A line printed right under top's as
 * "Attributable to: …" names no word of top's, so it is looked for among all `subjects`.
 */
function attributableLines(top: SubjectMatch, matches: readonly SubjectMatch[], subjects: readonly Subject[]): SubjectMatch[] {
  if (/attributable/i.test(top.subject.label) || /attributable|noncontrolling|non-controlling/i.test(top.words.map((w) => w.text).join(' '))) return [];
  // Which lines are found depends only on top's subject, the subjects matched (and which in full) and the release's
  // subjects: worked out once for each (issue 30: the tables of every match were gathered again for each claim, and a
  // release repeated n times prints each line in n times the tables, for n times the claims).
  let bySubjects = attributableKept.get(subjects);
  if (!bySubjects) attributableKept.set(subjects, (bySubjects = new WeakMap()));
  let byMatches = bySubjects.get(top.subject);
  if (!byMatches) bySubjects.set(top.subject, (byMatches = new Map()));
  const key = matches.map((m) => `${subjectNumber(m.subject)}${m.full ? '+' : '-'}`).join(' ');
  let lines = byMatches.get(key);
  if (!lines) byMatches.set(key, (lines = attributableSubjects(top, matches, subjects)));
  return lines.map(({ subject, opening }) =>
    opening ? { ...top, subject } : { ...matches.find((m) => m.subject === subject)!, words: top.words, full: true, qualifiers: top.qualifiers, between: top.between },
  );
}

const attributableKept = new WeakMap<readonly Subject[], WeakMap<Subject, Map<string, readonly { subject: Subject; opening: boolean }[]>>>();
const subjectNumbers = new WeakMap<Subject, number>();
let subjectsNumbered = 0;
function subjectNumber(s: Subject): number {
  let n = subjectNumbers.get(s);
  if (n === undefined) subjectNumbers.set(s, (n = subjectsNumbered++));
  return n;
}

/** The subjects of attributableLines, each found among the matches or among the lines opening "attributable to". */
function attributableSubjects(top: SubjectMatch, matches: readonly SubjectMatch[], subjects: readonly Subject[]): { subject: Subject; opening: boolean }[] {
  // "Total comprehensive income" and "Comprehensive income attributable to Westwood Holdings Group, Inc.".
  const plain = (label: string) => label.toLowerCase().replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^total\s+/, '');
  const base = plain(top.subject.label);
  // The tables that print top's label: the same line printed in the statement and in a reconciliation is one label.
  const tables = new Set(matches.filter((m) => m.full && plain(m.subject.label) === base).flatMap((m) => [...m.subject.byTable.keys()]));
  for (const t of top.subject.byTable.keys()) tables.add(t);
  // "Net income (loss) including noncontrolling interests": the whole of which the company's line is a share; its head is the line's name.
  const head = (label: string) => plain(label).replace(WHOLE_OF_SHARES, '').trim();
  // The names top goes by, its own ("Net income", a concept's) and those the tables print it as ("Net (Loss) Earnings",
  // Hasbro's 1Q20), each the head of the company's line ("Net (Loss) Earnings Attributable to Hasbro, Inc.") in the tables
  // that print it.
  const heads = new Set([head(top.subject.label), ...[...labelsByTable(top.subject).keys()].map(head)].filter((b) => b !== ''));
  const headTables = new Set([...tables, ...matches.filter((m) => m.full && heads.has(head(m.subject.label))).flatMap((m) => [...m.subject.byTable.keys()])]);
  // A label that says it includes noncontrolling interests says the company's line is another (Antero's 1Q20 cash flow
  // statement, "Net income (loss) including noncontrolling interests", beside "Net income (loss) attributable to Antero
  // Resources Corp" in a reconciliation): that line is the company's wherever it is printed.
  const whole = [top.subject.label, ...labelsByTable(top.subject).keys()].some((l) => WHOLE_OF_SHARES.test(plain(l)));
  const found: { subject: Subject; opening: boolean }[] = [];
  for (const m of matches) {
    const label = m.subject.label.toLowerCase();
    // "Net income (loss) available to common shareholders" is the share of it a per-share figure divides, as an attributable line is.
    if (m.subject.unit !== top.subject.unit || !/\b(?:attributable|available)\s+to\b/.test(label) || /non-?\s?controlling|minority/.test(label)) continue;
    const printed = [...m.subject.byTable.keys()];
    const named = (plain(label).startsWith(base) || namesAfterHolders(label, top.subject.label)) && printed.some((t) => tables.has(t));
    // The company's own line, by any name top goes by ("available to common stockholders", after preferred dividends, is
    // a narrower share, read only by top's own label: Internap's "Normalized net income" is not its line "available to
    // common stockholders").
    const own = /\battributable\s+to\b/.test(label) && [...heads].some((h) => plain(label).startsWith(`${h} `)) && (whole || printed.some((t) => headTables.has(t)));
    if (!named && !own) continue;
    if (found.some((f) => f.subject === m.subject)) continue;
    found.push({ subject: m.subject, opening: false });
  }
  // Top's line as each table prints it: the concept, and the rows of its names the words match in full.
  const lines = [top.subject, ...matches.filter((m) => m.full && heads.has(head(m.subject.label))).map((m) => m.subject)];
  for (const s of openingAttributable(subjects)) {
    const label = s.label.toLowerCase();
    if (s.unit !== top.subject.unit || /non-?\s?controlling|minority/.test(label) || found.some((f) => f.subject === s)) continue;
    if (lines.some((line) => sharedBelow(s, line))) found.push({ subject: s, opening: true });
  }
  return found;
}

// The lines whose label opens "attributable to", found once for a release's subjects: every claim asks, and scanning
// them all for each made `tieout check` grow with the square of the release (issue 30: 2 MB took 4 times 1 MB's time).
const ATTRIBUTABLE_OPENING = /^\s*attributable\s+to\b/i;
const openingOf = new WeakMap<readonly Subject[], readonly Subject[]>();
function openingAttributable(subjects: readonly Subject[]): readonly Subject[] {
  let found = openingOf.get(subjects);
  if (!found) openingOf.set(subjects, (found = subjects.filter((s) => ATTRIBUTABLE_OPENING.test(s.label))));
  return found;
}

/**
 * "NET PROFIT 25,879,617" and, on the next line of the same table, "Attributable to: Stockholders of parent 18,642,766"
 * (NCB's statement of income, the heading "Attributable to:" and its first line printed as one): a line that opens
 * with "attributable to", set right under top's line in each period both print, is the share of top it names.
 */
function sharedBelow(share: Subject, top: Subject): boolean {
  let below = 0;
  for (const [table, facts] of share.byTable) {
    const over = top.byTable.get(table);
    if (!over) continue;
    for (const [period, fact] of facts) {
      const line = over.get(period)?.line;
      if (line === undefined) continue;
      if (fact.line !== line + 1) return false;
      below++;
    }
  }
  return below > 0;
}

/** A line printed in a table of top's whose label is top's followed by more ("Voyage expenses – related party"). */
function extensionOf(top: SubjectMatch, matches: readonly SubjectMatch[]): SubjectMatch | null {
  for (const m of matches) {
    if (m === top || m.subject === top.subject || m.subject.unit !== top.subject.unit) continue;
    if (extendsSubject(top.subject, m.subject)) return m;
  }
  return null;
}

// Whether one subject's line extends another's depends on the two subjects alone: worked out once for each two of a
// release (issue 30: each claim asked it again over every table a line is printed in, and a release repeated n times
// prints each line in n times the tables, for n times the claims).
const extendsKept = new WeakMap<Subject, WeakMap<Subject, boolean>>();
const tablesKept = new WeakMap<Subject, ReadonlySet<string>>();
function extendsSubject(top: Subject, other: Subject): boolean {
  let known = extendsKept.get(top);
  if (!known) extendsKept.set(top, (known = new WeakMap()));
  let yes = known.get(other);
  if (yes === undefined) known.set(other, (yes = extendsLine(top, other)));
  return yes;
}

/**
 * Words that make a line whose label begins with another's name a line of its own: a share of the owners ("… attributable
 * to noncontrolling interests") or the amount per share.
 */
const OWN_LINE_OF_A_NAME = /non-?\s?controlling|minority|attributable|per\s+share/i;

function extendsLine(top: Subject, other: Subject): boolean {
  let tables = tablesKept.get(top);
  if (!tables) tablesKept.set(top, (tables = new Set(top.byTable.keys())));
  const base = [...top.byTable.values()][0]?.values().next().value?.label.trim().toLowerCase() ?? top.label.trim().toLowerCase();
  if (base.length < 4) return false;
  // Each label once, then whether a table printing it is top's (a line printed in many tables has one label).
  for (const [label, printedIn] of labelsByTable(other)) {
    // "Voyage expenses - related party", "Interest income, related party"; not "Net income (excl. net DVA)", a measure of its own.
    if (!label.startsWith(base) || !/^\s*(?:[-–—,:]|from\b|to\b|with\b)/.test(label.slice(base.length))) continue;
    if (OWN_LINE_OF_A_NAME.test(label)) continue;
    if (printedIn.some((t) => tables.has(t))) return true;
  }
  return false;
}

// The label a subject prints in each table (its first figure's, trimmed and in lower case), with the tables printing it.
const labelsOf = new WeakMap<Subject, Map<string, string[]>>();
function labelsByTable(subject: Subject): Map<string, string[]> {
  let labels = labelsOf.get(subject);
  if (labels) return labels;
  labels = new Map();
  for (const [table, facts] of subject.byTable) {
    const label = (facts.values().next().value?.label ?? '').trim().toLowerCase();
    const tables = labels.get(label);
    if (tables) tables.push(table);
    else labels.set(label, [table]);
  }
  labelsOf.set(subject, labels);
  return labels;
}

/** A money figure written after "per share" words ("earnings per diluted share were $0.27") is per share. */
function effectiveToken(reading: Reading): NumberToken {
  // "EUR 266.9 (249.7) million": the figure in parentheses is in the unit and scale of the one before it.
  const stated = reading.statedPrior;
  const t = stated ? { ...reading.token, kind: stated.kind, unit: stated.unit, scale: stated.scale } : reading.token;
  if (t.kind !== 'money' || t.scale !== 0) return t;
  const near = reading.before.slice(-8).map((w) => w.norm);
  const per = near.lastIndexOf('per');
  if (per >= 0 && near.slice(per + 1, per + 3).includes('share')) return { ...t, kind: 'per-share', unit: 'USD/share' };
  // "Diluted EPS of $0.45, compared to $0.38": an amount in units shortly after "EPS".
  if (near.slice(-6).includes('eps')) return { ...t, kind: 'per-share', unit: 'USD/share' };
  return t;
}

const PER_SHARE_LABEL = /\bper\s+(?:common\s+|ordinary\s+)?share\b/i;

/**
 * Whether an amount is of a line per share by the words before it: "Earnings per share … amounted to SEK 5.48" prints
 * no "per share" after the figure, but its words say it and name a line whose label says it too; an amount with a
 * scale ("$4.3 million") never is.
 */
function namedPerShare(reading: Reading, token: NumberToken, s: Subject): boolean {
  const said = reading.before.some((w, i) => w.norm === 'per' && /^shares?$/.test(reading.before[i + 1]?.norm ?? ''));
  return token.kind === 'money' && token.scale === 0 && said && PER_SHARE_LABEL.test(s.label);
}

/** An amount of a line per share (namedPerShare), read as per share. */
function perShareOf(reading: Reading, token: NumberToken, s: Subject): NumberToken {
  return s.unit.endsWith('/share') && namedPerShare(reading, token, s) ? { ...token, kind: 'per-share', unit: token.unit ? `${token.unit}/share` : token.unit } : token;
}

/**
 * Whether a line's figures are what the number measures: money in `dollar` (the currency its "$"
 * names), per share in it, a percentage, a count.
 */
function unitFits(reading: Reading, token: NumberToken, s: Subject, dollar: string): boolean {
  switch (reading.role) {
    case 'figure':
      // "Earnings per share … amounted to SEK 5.48": an amount with no scale, of a line its own words say is per share.
      if (token.kind === 'money') return s.unit === dollar || (s.unit === `${dollar}/share` && namedPerShare(reading, token, s));
      if (token.kind === 'per-share') return s.unit === `${dollar}/share`;
      if (token.kind === 'percent') return s.unit === 'percent';
      if (token.kind === 'number') return s.unit === 'shares' || s.unit === 'count';
      return false;
    case 'ratio':
      return s.unit === dollar || s.unit === 'shares' || s.unit === 'count';
    case 'change':
      if (token.kind === 'basis-points') return s.unit === 'percent';
      // An amount of change ("up $2.2 million") is a difference of amounts.
      if (token.kind === 'money') return s.unit === dollar;
      if (token.kind === 'per-share') return s.unit === `${dollar}/share`;
      return true;
  }
}

/** A figure printed in parentheses right after another figure: "266.9 (249.7)", "14.1% (17.7%)", "EUR 2.8 (EUR 2.2)". */
function priorInParentheses(token: NumberToken, ctx: LinkContext): boolean {
  const line = ctx.lines.get(token.line) ?? '';
  const before = line.slice(0, token.column - 1);
  const after = line.slice(token.end - 1);
  return /\d\s?(?:%|per\s?cent|percent|[mk]|mn|bn|million|billion)?\s?\(\s?(?:[A-Z]{3}\s?|[€£$]\s?)?$/.test(before) && /^\s?(?:%|per\s?cent|[mk]|mn|bn|million|billion)?\s?\)/.test(after);
}

/** The dollar a "$" figure is in: the one its prefix names ("US$", "C$", "NT$"), else the release's own. */
function dollarOf(token: NumberToken, ctx: LinkContext): string {
  // "EUR 266.9 million", "€1,307.0 million": the currency its mark names.
  if ((token.kind === 'money' || token.kind === 'per-share') && token.unit && !/^USD/.test(token.unit)) return token.unit.replace(/\/share$/, '');
  const before = (ctx.lines.get(token.line) ?? '').slice(0, token.column - 1);
  // Capital letters right before the "$" name its dollar where they name one ("C$", "NT$", "J$", "TT$"; currencies.ts).
  const prefix = /(?<![A-Za-z.])(?:U\.S\.|[A-Z]{1,3})$/.exec(before)?.[0];
  return (prefix && currencyOfSymbol(`${prefix}$`, ctx.dollar)) || ctx.dollar;
}

/** Subjects the words could name: those with a core word among them. */
function candidates(ctx: LinkContext, before: readonly Word[], after: readonly Word[]): Subject[] {
  const found = new Set<Subject>();
  for (const w of [...before, ...after]) for (const s of ctx.index.get(w.norm) ?? []) found.add(s);
  return [...found];
}

/** "non-GAAP" never names a GAAP figure, "GAAP" never a non-GAAP one; "diluted" never a basic one. */
function filterAttributes(matches: SubjectMatch[], reading: Reading, ctx?: LinkContext): SubjectMatch[] {
  const near = new Set([...reading.before.slice(-12), ...reading.after, ...reading.tail].map((w) => w.norm));
  const nongaap = near.has('nongaap') || near.has('adjusted');
  const gaap = near.has('gaap');
  const diluted = near.has('diluted');
  // "$0.89 per share ($0.88 per share on a diluted basis)": beside its diluted figure, the plain one is basic.
  const besideDiluted = ctx !== undefined && /^\s*\([^)]*\bdiluted\b/i.test((ctx.lines.get(reading.token.line) ?? '').slice(reading.token.end - 1, reading.token.end + 80));
  const basic = near.has('basic') || (!diluted && besideDiluted);
  const explicit = near.has('nongaap');
  // The basis the figure's own statement names, after the figure before it: "GAAP net income was $136.8 million and
  // non-GAAP net income was $138.1 million" (Ubiquiti, 2Q FY2025) states $138.1 million non-GAAP, even where the words
  // matched are the first statement's.
  const stated = ctx ? statementBasis(reading, ctx) : null;
  return matches.filter((m) => {
    const s = m.subject;
    // "GAAP operating income … was $1.59 billion and non-GAAP operating income was $2.13 billion": where the
    // figure's own subject words name a basis, that basis is its, whatever else its clause names.
    const own = stated ?? ownBasis(m, reading);
    if (own === 'gaap' && s.basis === 'nongaap') return false;
    if (own === 'nongaap' && s.basis !== 'nongaap' && !m.term.core.includes('adjusted')) return false;
    if (own === null && explicit && s.basis !== 'nongaap' && !m.term.core.includes('adjusted')) return false;
    // "Adjusted net income", "normalized EPS": a measure of its own, never the GAAP line its other words name.
    if (s.basis !== 'nongaap' && adjustedBefore(m, reading)) return false;
    // "Adjusted noninterest expense … from $98.4 million" (Cadence, 1Q20): "Noninterest expenses" under the heading
    // "Adjusted efficiency ratio" is non-GAAP by its table only; where a line's own label carries the adjusting word
    // ("Adjusted noninterest expenses (numerator)"), the words never name the other.
    if (s.basis === 'nongaap' && adjustedBefore(m, reading) && matches.some((o) => o.subject !== s && ownAdjusting(o, m, reading))) return false;
    // "Core net income … was $14.2 million, or $0.37 diluted earnings per share" (Horizon, 1Q20): a per-share figure of a
    // clause whose subject opens with an adjusting word is that measure's per share, never the GAAP line's.
    if (s.basis !== 'nongaap' && s.unit === 'USD/share' && adjustedOpening(m, reading)) return false;
    if (own === null && gaap && !nongaap && s.basis === 'nongaap') return false;
    if (s.dilution) {
      if (diluted && !basic && !s.dilution.includes('diluted')) return false;
      if (basic && !diluted && !s.dilution.includes('basic')) return false;
    }
    return true;
  }).map((m) => (!gaap && !nongaap && s(m).basis === 'nongaap' && !m.term.core.some((w) => w === 'adjusted' || w === 'normalized') ? { ...m, score: m.score - 0.5 } : m));
}

const s = (m: SubjectMatch) => m.subject;

/** Whether the figure's sentence names a basis anywhere: "GAAP", "non-GAAP", "adjusted" ("On a non-GAAP basis, …"). */
function namesBasis(reading: Reading): boolean {
  // Every figure of a sentence asks of the same sentence: answered once, or a sentence with no full stop is read once a figure.
  if (reading.sentence !== basisOf.sentence) basisOf = { sentence: reading.sentence, names: /\b(?:non-?\s?GAAP|GAAP|adjusted)\b/i.test(reading.sentence) };
  return basisOf.names;
}
let basisOf = { sentence: '', names: false };

/**
 * The match less the company's own name among its qualifiers: "HKFoods’ net sales" is the company's net sales, as
 * "the Group’s EBIT" is (HKFoods' bulletin, unseen wire set s8). A name the tables also print as a segment qualifies.
 */
function withoutOwner(m: SubjectMatch, ctx: LinkContext): SubjectMatch {
  if (m.qualifiers.length === 0) return m;
  const segment = (w: string) => [...ctx.segments].some((x) => x.split(' ').includes(w));
  const kept = m.qualifiers.filter((q) => {
    const ws = contentWords(q);
    return ws.length === 0 || !ws.every((w) => (ctx.entity.has(w) || SELF.has(w)) && !segment(w));
  });
  return kept.length === m.qualifiers.length ? m : { ...m, qualifiers: kept };
}

// Verbs by which someone changes a line item: "Dealers increased inventories by …", "We reduced debt by …".
const ACTION_VERB = /^(?:increased|decreased|reduced|raised|lowered|cut|grew|added|built|drew|lifted|boosted|trimmed)$/i;
// Words by which the prose names the reporting company rather than another party.
const SELF = new Set(['company', 'companies', 'group', 'management', 'corporation', 'bank', 'trust', 'partnership', 'fund', 'firm']);

/**
 * The party named before a verb whose object is the matched line, when it is not the company itself:
 * "Dealers" in "Dealers increased inventories by $1.3 billion" (theirs, not the company's inventories).
 */
function agentOther(m: SubjectMatch, reading: Reading, ctx: LinkContext): string | null {
  if (m.after || m.words.length === 0) return null;
  const first = m.words[0].start;
  const lead = reading.before.filter((w) => w.end <= first);
  const verb = lead.findLastIndex((w) => ACTION_VERB.test(w.text));
  if (verb <= 0 || lead.slice(verb + 1).some((w) => !isStop(w.norm))) return null;
  const agent = lead[verb - 1];
  if (isStop(agent.norm) || /^\d/.test(agent.norm) || SELF.has(agent.norm) || ctx.entity.has(agent.norm) || ctx.generic.has(agent.norm)) return null;
  return agent.text;
}

/** The noun phrase printed right after the figure (`reading.after`) where it names something the match does not. */
/** Whether the words matched before a figure are printed right after a figure before it, only "and" or a comma between them and this one. */
function nounOfFigureBefore(m: SubjectMatch, token: NumberToken, ctx: LinkContext): boolean {
  if (m.words.length === 0) return false;
  const line = ctx.lines.get(token.line) ?? '';
  const start = m.words[0].start;
  // "$22 million for expansion and upgrades and $37 million for the maintenance …" (Precision Drilling, 4Q24): the words
  // after a figure's own preposition are that figure's too.
  if (!/\d\s*(?:%|percent|per\s?cent|million|billion|thousand)?\s+(?:(?:for|of|in)\s+)?$/i.test(line.slice(Math.max(0, start - 34), start))) return false;
  return /^\s*,?\s*and\s+[$(]*$|^\s*,\s*[$(]*$/i.test(line.slice(m.words.at(-1)!.end, token.column - 1));
}

/**
 * The coordinated clause that parts a figure from the words matched before it, where those words are
 * the noun of a figure before ("$40 billion of operating cash flow, and returned almost $27 billion"):
 * the clause's words up to the figure ("and returned almost"), or null.
 */
function coordinatedAfter(m: SubjectMatch, token: NumberToken, ctx: LinkContext): string | null {
  if (m.words.length === 0) return null;
  const line = ctx.lines.get(token.line) ?? '';
  const start = m.words[0].start;
  const end = m.words.at(-1)!.end;
  // The words are a figure's own noun: "… $40 billion of operating cash flow".
  if (!/\d(?:\s*(?:percent|million|billion|thousand))?\s+(?:of|in)\s+$/i.test(line.slice(Math.max(0, start - 30), start))) return null;
  const gap = line.slice(end, token.column - 1);
  // A clause of its own between them and this figure: ", and returned almost", no figure or period between.
  const m2 = /^\s*,\s*(and\s+[a-z]+(?:\s+[a-z]+){0,3}\s*)$/i.exec(gap.replace(/[$(]+\s*$/, ''));
  if (!m2 || /\d/.test(gap)) return null;
  return m2[1].trim();
}

/**
 * A line item named fully in a clause of its own between top's words and the figure (", and net income was"),
 * after a figure of top's: that clause's subject, the best of those named at the same place; null when none.
 */
function ownClause(top: SubjectMatch, matches: readonly SubjectMatch[], token: NumberToken, ctx: LinkContext): SubjectMatch | null {
  if (top.after || top.words.length === 0) return null;
  const line = ctx.lines.get(token.line) ?? '';
  const topEnd = top.words.at(-1)!.end;
  let best: SubjectMatch | null = null;
  for (const m of matches) {
    if (!m.full || m.after || m.words.length === 0 || m.subject === top.subject || m.qualifiers.length > 0) continue;
    const start = m.words[0].start;
    if (start <= topEnd || (best && start <= best.words[0].start)) continue;
    // A figure of the first clause, then ", and" (", while", "; ") opening the clause that names m; only a verb after m.
    const gap = line.slice(topEnd, start);
    if (!/\d/.test(gap) || !/(?:,\s*(?:and|while|whereas|but)|;)\s*(?:the\s+|its\s+|our\s+)?$/i.test(gap)) continue;
    if (/\d/.test(line.slice(m.words.at(-1)!.end, token.column - 1))) continue;
    best = m;
  }
  return best;
}

// Nouns after an amount that make it a change of the line named before, not a thing of its own.
const CHANGE_NOUN = /^(?:increase|decrease|decline|improvement|reduction|rise|drop|gain|growth|jump|year|sequential|quarter|change|swing)$/;

/**
 * The noun an amount after "a" or "an" qualifies ("a $28.5 million restructuring charge", "an $18.1 million
 * impairment"): up to four words to the next stop word, or null when there is none, it is a change, or top's words name it.
 */
function nounOfAmount(token: NumberToken, top: SubjectMatch, ctx: LinkContext): string | null {
  const line = ctx.lines.get(token.line) ?? '';
  if (!/\b(?:a|an)\s+$/i.test(line.slice(Math.max(0, token.column - 5), token.column - 1))) return null;
  const phrase: Word[] = [];
  for (const w of wordsOf(line.slice(token.end - 1, token.end + 59))) {
    if (isStop(w.norm) || /^\d/.test(w.norm) || phrase.length === 4) break;
    phrase.push(w);
  }
  // Only words right after the amount: "$28.5 million restructuring charge", not "$28.5 million, and".
  if (phrase.length === 0 || !/^\s+[A-Za-z]/.test(line.slice(token.end - 1)) || CHANGE_NOUN.test(phrase[0].norm)) return null;
  const named = new Set(top.words.map((w) => w.norm));
  if (phrase.every((w) => named.has(w.norm) || WEAK.has(w.norm))) return null;
  return phrase.map((w) => w.text).join(' ');
}

// A change's noun printed right after a figure and naming its line: "$138 thousand or 158.6% increase in", "12% decline in".
const CHANGE_IN = /^\s*(?:thousand|million|billion)?\s*(?:or\s+\$?[\d.,]+\s*(?:%|percent|thousand|million|billion)?\s*)?(?:increase|decrease|decline|reduction|rise|drop|improvement)\s+(?:in|of)\s+/i;

/** The words naming the line of a change printed right after the figure ("… increase in FDIC insurance expense"), where top's words do not name them; else null. */
function changeNamedAfter(token: NumberToken, top: SubjectMatch, ctx: LinkContext): Word[] | null {
  const rest = (ctx.lines.get(token.line) ?? '').slice(token.end - 1, token.end + 119);
  const opening = CHANGE_IN.exec(rest);
  if (!opening) return null;
  const phrase: Word[] = [];
  for (const w of wordsOf(rest.slice(opening[0].length).split(/[.;:,()]/)[0]!)) {
    if (isStop(w.norm) || /^\d/.test(w.norm) || phrase.length === 5) break;
    phrase.push(w);
  }
  const named = new Set(top.words.map((w) => w.norm));
  if (phrase.length === 0 || phrase.every((w) => named.has(w.norm) || WEAK.has(w.norm))) return null;
  return phrase;
}

// Words before an amount that make it a part of what the sentence names before: "…, of which $60 million", "includes a $21.0 million".
const PART_BEFORE = /\b(?:of\s+which|including|includes|included|inclusive\s+of)\s+(?:an?\s+|the\s+)?(?:(?:approximately|about|nearly|almost|roughly|over)\s+)?\(?$/i;
// An amount of dollars as prose prints it, in parentheses or not: "$77.7 million", "($54.0 million)".
const DOLLARS = String.raw`\(?\$\s?\d[\d,]*(?:\.\d+)?\s*(?:million|billion|thousand)?\)?`;
// "includes <an item> of $77.7 million and <another> of ": the second item of a list of parts.
const LISTED_AFTER_INCLUDES = new RegExp(String.raw`\b(includes|included|including)\s+[^.;$]{1,80}?\s(?:of\s+)?${DOLLARS}\s*,?\s+and\s+[^.;$\d]{1,60}?\s+of\s+\(?$`, 'i');
// A comparative, a line's name, "of": "higher income tax expense of ".
const COMPARATIVE_OF = /\b(?:higher|lower|greater|smaller|increased|decreased|reduced)\s+(?:[A-Za-z&'’-]+\s+){1,5}of\s+[$(]*$/i;
// An amount, then ", or" before its twin: "$54.0 million, or " before "$10.52 per diluted share".
const TWIN_BEFORE = new RegExp(String.raw`${DOLLARS}\s*,?\s+or\s+$`, 'i');
// Words right after an amount (and its period) that tie it to a cause of its own: ", related to repair costs". "Primarily
// related to" explains the whole figure, so an adverb between is no part.
const PART_AFTER = /^\s*,?\s*(?:related|relating|attributable|attributed|associated)\s+(?:to|with)\s+(?<what>[^,.;()]{1,60})/i;
// Whose share "attributable to" names: the owners of the line, not a cause ("attributable to common stockholders").
const OWNERS = /^(?:the\s+)?(?:(?:our|its|common|ordinary|preferred)\s+)?(?:(?:share|stock|unit|equity)\s*holders|shareholders|stockholders|owners|holders|parent|company|non-?controlling|minority|members|partners)\b/i;

/**
 * The line named before "included" (", including", "of which") whose part the amount is, where the amount's own noun
 * after it names another line: "general and administrative expense included $18 million of merger … costs". Null when
 * the words before name no other line fully.
 */
function partWithin(token: NumberToken, top: SubjectMatch, matches: readonly SubjectMatch[], ctx: LinkContext): string | null {
  const line = ctx.lines.get(token.line) ?? '';
  const from = Math.max(0, token.column - 1 - 40);
  const before = PART_BEFORE.exec(line.slice(from, token.column - 1));
  if (!before) return null;
  const at = from + before.index;
  const whole = matches.find((m) => !m.after && m.full && m.subject !== top.subject && m.words.length > 0 && m.words.at(-1)!.end <= at && !/\d/.test(line.slice(m.words.at(-1)!.end, at)));
  return whole ? whole.subject.label : null;
}

/** A label's words in normal form, less its asides in parentheses ("Net income (loss)"). */
const normalWords = (text: string) => wordsOf(text.replace(/\([^()]*\)/g, ' ')).map((w) => w.norm);

/** The words matched are the label's first and last with a word of the label left out between ("adjusted earnings" of "Adjusted net earnings"). */
function omitsInside(m: SubjectMatch): boolean {
  const label = normalWords(m.term.label);
  const said = normalWords(words(m.words));
  if (said.length < 2 || said.length >= label.length || said[0] !== label[0] || said.at(-1) !== label.at(-1)) return false;
  let i = 0;
  for (const w of label) if (w === said[i]) i++;
  return i === said.length;
}

/** The words by which the sentence presents an amount as a part ("related to repair costs", "of which"), or null. */
function presentedAsPart(token: NumberToken, ctx: LinkContext): string | null {
  const line = ctx.lines.get(token.line) ?? '';
  // "included $54.0 million, or $10.52 per diluted share, of income" (Alexander's, 2024): an amount's twin after ", or"
  // is presented as the amount is.
  const twin = TWIN_BEFORE.exec(line.slice(Math.max(0, token.column - 1 - 40), token.column - 1));
  const amount = twin ? token.column - 1 - twin[0].length : token.column - 1;
  const before = PART_BEFORE.exec(line.slice(Math.max(0, amount - 40), amount));
  if (before) return before[0].trim().replace(/\s*\($/, '');
  // "operating loss includes eOne acquisition-related expenses of $77.7 million and purchased intangible amortization of
  // $25.0 million" (Hasbro, 1Q20, of eOne's; the company's amortization is $36.8 million): the items a sentence lists
  // after "includes" are each a part.
  const listed = LISTED_AFTER_INCLUDES.exec(line.slice(Math.max(0, amount - 200), amount));
  if (listed) return listed[1]!;
  if (token.kind !== 'money') return null;
  let at = token.end - 1;
  if (!/\b(?:related|relating|attributable|attributed|associated)\s+(?:to|with)\b/i.test(line.slice(at, at + 120))) return null;
  // Past a period named right after the amount ("during 2024", "for the twelve months ended December 31, 2024").
  const period = periodPhrases(line.slice(at, at + 120)).find((ph) => /^\s*,?\s*(?:during|in|for|over|of)?\s*(?:the\s+)?$/i.test(line.slice(at, at + ph.start)));
  if (period) at += period.end;
  else {
    const year = /^\s*,?\s*(?:during|in|for)\s+(?:fiscal\s+)?\d{4}\b/i.exec(line.slice(at, at + 40));
    if (year) at += year[0].length;
  }
  return causeAt(line, at, ctx);
}

/**
 * "$0.9 million interest income related to IEEPA tariff refunds" (Karat Packaging, 2Q26; the quarter's line is $1,161
 * thousand): the line named after the amount, then a cause of its own, is the part of the line that cause made.
 */
function partAfterItsLine(token: NumberToken, top: SubjectMatch, ctx: LinkContext): string | null {
  const line = ctx.lines.get(token.line) ?? '';
  const end = top.words.at(-1)?.end;
  if (end === undefined || end < token.end - 1 || /\d/.test(line.slice(token.end - 1, top.words[0]!.start))) return null;
  return causeAt(line, end, ctx);
}

/** The cause tied to what ends at `at` ("related to repair costs"), its lead and first words; null where none is, or it names owners. */
function causeAt(line: string, at: number, ctx: LinkContext): string | null {
  const m = PART_AFTER.exec(line.slice(at, at + 120));
  if (!m) return null;
  const what = m.groups!.what.trim();
  if (/^attribut/i.test(m[0].trim().replace(/^,\s*/, '')) && (OWNERS.test(what) || contentWords(what).some((w) => ctx.entity.has(w)))) return null;
  const lead = m[0].trim().replace(/^,\s*/, '').split(/\s+/).slice(0, 2).join(' ');
  const named = wordsOf(what);
  const stop = named.findIndex((w) => isStop(w.norm));
  return `${lead} ${named.slice(0, Math.min(3, stop < 0 ? 3 : Math.max(stop, 1))).map((w) => w.text).join(' ')}`;
}

function nounAfter(reading: Reading, m: SubjectMatch): string | null {
  const matched = new Set(m.words.map((w) => w.norm));
  const content = reading.after.filter((w) => !isStop(w.norm) && !/^\d/.test(w.norm));
  if (content.length === 0 || content.every((w) => matched.has(w.norm))) return null;
  const last = reading.after.findLastIndex((w) => !isStop(w.norm));
  return words(reading.after.slice(0, last + 1));
}

// The words that make a figure what an event gave rise to: "giving rise to approximately $2.1 billion in …".
// Verbs by which an item acts on a line ("negatively impacted … by", "benefited … by", "hurt … by"): the amount after
// "by" is the item's effect. A direction verb in the passive ("were lowered by $0.02 due to a loss") says the same.
const EFFECT_VERB = /^(?:impact(?:ed|s)?|affect(?:ed|s)?|benefit(?:ed|ted|s)?|hurt|helped|penali[sz]ed|weighed|pressured|depressed|burdened)$/i;
const PASSIVE_DIRECTION = /^(?:reduced|lowered|increased|decreased|raised|boosted|lifted|cut|trimmed)$/i;
const BE = /^(?:is|are|was|were|be|been|being)$/i;
// A verb by which the line itself moves ("increased in the second quarter by $83.3 million"): the amount is its change.
// "helped improve segment profit … by almost 7 percent" (Internap, 2Q10): the item helped, the line moved, a change.
const OWN_MOVE =
  /^(?:(?:increas|decreas|declin|improv|reduc|expand|contract|climb|gain|jump|surg|widen|narrow|trimm?|dropp?|slipp?)(?:e|es|ed|ing|s)?|rise|rises|rising|rose|risen|fall|falls|falling|fell|grow|grows|growing|grew|grown|lower|lowered|lowering|up|down|higher)$/i;
// "by" right before the amount, a qualifier between.
const BY_RIGHT_BEFORE = /\bby\s+(?:(?:almost|nearly|about|approximately|around|roughly|over|more\s+than)\s+)?\(?$/i;
const BY_REACH = 200;

/**
 * The words of an effect ("negatively impacted … by") where the amount follows "by" after a verb by which an item acts
 * on a line, in its sentence and with no verb of the line's own movement between; else null.
 */
function effectBy(token: NumberToken, ctx: LinkContext): string | null {
  const line = ctx.lines.get(token.line) ?? '';
  const lead = line.slice(0, token.column - 1);
  // "by" and its qualifier stand within the last few dozen characters: the end alone is searched (a line may be long).
  const tail = lead.slice(-BY_REACH);
  const found = BY_RIGHT_BEFORE.exec(tail);
  const cut = lead.length - tail.length;
  if (!found || (found.index === 0 && cut > 0 && /\w/.test(lead[cut - 1]!))) return null;
  const by = { index: cut + found.index };
  const sentence = sentences(line).find((s) => s.start <= token.column - 1 && token.column - 1 < s.end);
  const clause = lead.slice(sentence?.start ?? 0, by.index).split(/[;:]/).at(-1)!;
  const ws = clause.split(/[^A-Za-z’']+/).filter(Boolean).slice(-20);
  for (let i = ws.length - 1; i >= 0; i--) {
    const passive = PASSIVE_DIRECTION.test(ws[i]) && i > 0 && (BE.test(ws[i - 1]) || (i > 1 && /ly$/i.test(ws[i - 1]) && BE.test(ws[i - 2])));
    if (EFFECT_VERB.test(ws[i]) || passive) return `${ws.slice(passive ? ws.slice(0, i).findLastIndex((w) => BE.test(w)) : i).join(' ')} by`.replace(/^(\S+)\s+.*\s+(\S+\s+by)$/, '$1 … $2');
    if (OWN_MOVE.test(ws[i])) {
      // "tariff refunds reduced costs of goods sold by $25.8 million, …, and increased other income, net by $0.9 million"
      // (Karat Packaging, 2Q26; the quarter's line is $1.4 million): an amount, the verb's object a line item and its
      // subject, set back before "and", something else: the item's effect on the line. "Revenue increased in the second
      // quarter by", "We increased the dividend by": the line's own change; "Dealers increased inventories by", the agent
      // right before the verb, is agentOther's. A percentage ("helped improve segment profit … by almost 7 percent") is the
      // line's change.
      const object = ws.slice(i + 1).some((w) => !PERIOD_WORDS.has(normalize(w)) && ctx.index.has(normalize(w)));
      const agent = ws.slice(0, i).map(normalize);
      const coordinated = i > 0 && isStop(normalize(ws[i - 1]!));
      if (token.kind === 'money' && coordinated && object && !agent.some((w) => w === 'we' || w === 'our' || SELF.has(w) || ctx.entity.has(w))) return `${ws[i]} ${ws.slice(i + 1).join(' ')} by`.replace(/^(\S+)\s+.*\s+(\S+\s+by)$/, '$1 … $2');
      return null;
    }
  }
  return null;
}

const RISE_TO_BEFORE = /\b(?:giv(?:e|es|ing)|gave|given)\s+rise\s+to\s+(?:(?:approximately|about|around|roughly|some|nearly|almost)\s+)?$/i;

/** A line whose figures are themselves growth rates: a percentage line named by its label or its sections as growth or a change. */
function isGrowthRate(subject: Subject): boolean {
  return subject.unit === 'percent' && GROWTH_RATE.test(`${subject.label} ${subject.key.replace(/-+/g, ' ')}`);
}

const GROWTH_RATE = /\b(?:growth|y\s?\/?\s?y|yoy|q\s?\/?\s?q|year over year|change)\b/i;

// A level stated right after a name: "of 41.2%", "was 38.2 percent", "at 12.4%".
const PERCENT_LEVEL = String.raw`\s+(?:of|was|were|is|at|to|reached)\s+(?:approximately\s+|about\s+)?[-−+]?\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b)`;

/**
 * The words of a match, less its weak ones ("GAAP"), where its sentence prints them with a percentage as their level
 * ("gross margin of 41.2%"): that printing; null where it prints none.
 */
function namedAsPercentage(m: SubjectMatch, reading: Reading): string | null {
  const words = m.words.filter((w) => !WEAK.has(w.norm)).map((w) => w.text);
  if (words.length === 0) return null;
  const name = words.map((w) => escapeRegExp(w)).join(String.raw`[\s-]+`);
  // Another figure than the change itself: "an increase in diluted EPS of 17.5%" (Connection, 1Q20) states the change.
  const own = (reading.token.value ?? '').replace(/^[-−+]/, '');
  for (const m of reading.sentence.matchAll(new RegExp(String.raw`\b${name}${PERCENT_LEVEL}`, 'gi'))) {
    const figure = /[\d,]+(?:\.\d+)?(?=\s?(?:%|percent|per\s+cent))/i.exec(m[0])?.[0]?.replace(/,/g, '');
    if (figure !== undefined && figure !== own) return m[0];
  }
  return null;
}

// A basis stated right after a figure: "on a GAAP basis", "on a non-GAAP basis".
const ITS_BASIS = /^\s*,?\s*on\s+an?\s+(?:non-?\s?GAAP|GAAP|adjusted)\s+basis\b/i;

// A printed figure: where the statement of the figure after it begins. Not a note's digit set against a word ("basis1").
const FIGURE_BEFORE = /(?<![A-Za-z])\d[\d,.]*(?:\s?(?:%|percent\b|million\b|billion\b|thousand\b))?\)?/g;

/**
 * The basis the words between the figure before this one and this one name, alone: "and non-GAAP net income was" →
 * nongaap; null where they name none, or both.
 */
function statementBasis(reading: Reading, ctx: LinkContext): 'gaap' | 'nongaap' | null {
  const line = ctx.lines.get(reading.token.line) ?? '';
  const at = reading.token.column - 1;
  // The last figure before it: looked for in the text just before first (a line may be megabytes long); a window whose
  // figures are two or more ends them where the whole line does (only its first may start cut).
  let from = -1;
  for (let reach = 2_000; ; reach *= 8) {
    const start = Math.max(0, at - reach);
    let found = 0;
    for (const m of line.slice(start, at).matchAll(FIGURE_BEFORE)) {
      from = start + m.index + m[0].length;
      found++;
    }
    if (start === 0 || found >= 2) break;
    from = -1;
  }
  if (from < 0) return null;
  // "$2.71 on a GAAP basis and $3.80 on a non-GAAP basis" (Adobe, 1Q FY2023): a basis right after a figure is that figure's.
  const after = ITS_BASIS.exec(line.slice(from, at));
  if (after) from += after[0].length;
  const own = reading.before.filter((w) => w.start >= from).map((w) => w.norm);
  // "On an adjusted basis1, earnings per share were $0.82" (Kelly Services, 4Q24): the adjusted measure's figure.
  const non = own.includes('nongaap') || ADJUSTED_BASIS.test(line.slice(from, at));
  const plain = own.includes('gaap');
  return non && !plain ? 'nongaap' : plain && !non ? 'gaap' : null;
}
const ADJUSTED_BASIS = /\bon\s+an?\s+adjusted\s+basis\d?\b/i;

/** The basis the matched words themselves, or the word right before them, name: "GAAP net income", "non-GAAP net income". */
function ownBasis(m: SubjectMatch, reading: Reading): 'gaap' | 'nongaap' | null {
  if (m.words.length === 0) return null;
  const words = m.words.map((w) => w.norm);
  const from = (m.after ? reading.after : reading.before).findIndex((w) => w.start === m.words[0].start);
  const prev = from > 0 ? (m.after ? reading.after : reading.before)[from - 1] : null;
  if (prev && prev.end >= m.words[0].start - 2) words.unshift(prev.norm);
  const non = words.includes('nongaap');
  const plain = words.includes('gaap');
  return non && !plain ? 'nongaap' : plain && !non ? 'gaap' : null;
}

// Words that make the line item after them a non-GAAP measure of its own.
const ADJUSTING = new Set(['adjusted', 'normalized', 'normalised', 'core', 'underlying', 'comparable']);

/** The word right before the matched words adjusts them, and the subject's own name does not say so. */
function adjustedBefore(m: SubjectMatch, reading: Reading): boolean {
  if (m.after || m.words.length === 0) return false;
  const at = reading.before.findIndex((w) => w.start === m.words[0].start);
  const prev = at > 0 ? reading.before[at - 1] : null;
  return prev !== null && ADJUSTING.has(prev.norm) && !m.term.core.some((c) => isCore(c, prev.norm)) && prev.end >= m.words[0].start - 2;
}

/** The adjusting word before `m`'s matched words is a core word of `o`'s own label. */
function ownAdjusting(o: SubjectMatch, m: SubjectMatch, reading: Reading): boolean {
  const at = reading.before.findIndex((w) => w.start === m.words[0]?.start);
  const prev = at > 0 ? reading.before[at - 1] : null;
  if (prev === null || !o.term.core.some((c) => isCore(c, prev.norm))) return false;
  // The same label with the adjusting word: "Adjusted noninterest expenses (numerator)" beside "Noninterest expenses".
  const label = (x: SubjectMatch) => new Set(contentWords(x.subject.label.replace(/\([^)]*\)/g, ' ')));
  const mine = label(m);
  const theirs = label(o);
  return theirs.size === mine.size + 1 && [...mine].every((w) => theirs.has(w));
}

/** The clause's subject opens with an adjusting word that the matched words and the subject's own name leave out. */
function adjustedOpening(m: SubjectMatch, reading: Reading): boolean {
  const first = reading.before[0];
  return first !== undefined && ADJUSTING.has(first.norm) && !m.words.some((w) => w.start === first.start) && !m.term.core.some((c) => isCore(c, first.norm));
}

function periodOf(named: NamedPeriod | null, ctx: LinkContext, base: string | null): PeriodRef & { how: string } {
  if (!named) return { id: ctx.calendar.currentId, words: say.releasePeriod(), future: false, how: 'default' };
  // "compared to EUR 629 million a year ago" after a figure whose period no words name (ams's "of Q4/24 revenues, or
  // EUR 608 million", unseen wire set s9): a year before the release's own period is assumed, not established.
  const assumed = base === null && (named.spec.type === 'relative' || (named.spec.type === 'same' && named.spec.year === undefined));
  return { ...ctx.calendar.resolve(named.spec, named.words, base ?? ctx.calendar.currentId), how: assumed ? 'default' : named.how };
}

/**
 * The checkable readings of a subject at the periods the words name. A change that names no
 * period to compare with, and a figure compared with that names none, are read against the
 * periods a year and a quarter before: where the tables print both, the words do not say which.
 */
function optionsFor(
  m: SubjectMatch,
  base: SubjectMatch | undefined,
  reading: Reading,
  token: NumberToken,
  current: PeriodRef & { how: string },
  ctx: LinkContext,
): Option[] {
  const subject = m.subject;
  const periods: Named[] = [];
  const add = (id: string | null, words: string, how: Named['how']) => {
    if (id && subject.facts.has(id) && !periods.some((p) => p.id === id)) periods.push({ id, words, how });
    else if (id && !subject.facts.has(id) && reading.role === 'change' && !periods.some((p) => p.id === id)) periods.push({ id, words, how });
  };
  const balance = (id: string) => (subject.facts.has(id) ? id : (ctx.calendar.endOf(id) ?? id));
  if (reading.compared && current.id) {
    // "compared with $51.8 million": the period a year or a quarter before the sentence's.
    for (const basis of ['yoy', 'qoq'] as const) add(balance(ctx.calendar.shift(current.id, basis) ?? ''), '', 'only');
  } else if (current.id) {
    const at = balance(current.id);
    add(at, current.how === 'default' ? '' : current.words, current.how === 'default' ? 'default' : at !== current.id ? 'span-end' : 'named');
  }
  const out: Option[] = [];
  for (const period of periods) {
    if (reading.role === 'change') {
      const priors: Named[] = [];
      if (reading.prior) {
        const p = periodOf(reading.prior, ctx, period.id);
        if (p.id) priors.push({ id: p.id, words: p.words, how: 'named' });
      } else {
        for (const basis of ['yoy', 'qoq'] as const) {
          const id = ctx.calendar.shift(period.id, basis);
          if (id) priors.push({ id, words: '', how: 'only' });
        }
      }
      for (const prior of priors) {
        // A percentage's change is in points, an amount's in the same money; a percentage of an amount is its growth.
        const fn = subject.unit === 'percent' || token.kind === 'money' || token.kind === 'per-share' ? 'change' : 'growth';
        // A period compared with itself ("the fourth quarter in the prior year" read as this one) is no change; nor
        // one with a period of another length (a quarter with a half year: a misread "same period", Karat, 2Q26).
        if (!subject.facts.has(period.id) || !subject.facts.has(prior.id) || prior.id === period.id || !sameSpan(ctx, period.id, prior.id)) continue;
        const expression: Expression = { type: 'call', fn, current: subject.expression(period.id), prior: subject.expression(prior.id) };
        const opt = option(m, undefined, expression, period, prior, [], reading, token, ctx);
        if (opt) out.push(opt);
      }
    } else if (reading.role === 'ratio') {
      if (!base || !subject.facts.has(period.id) || !base.subject.facts.has(period.id)) continue;
      // "The allowance for loan losses totaled $28.5 million, or 1.64% of total loans" (Home Bancorp, 1Q20): a line printed
      // as a deduction ("(28,490)") is stated as its size in a share as in an amount.
      const fact = subject.facts.get(period.id)!;
      const negated = fact.value !== null && parseDecimal(fact.value).isNeg() && !parseDecimal(token.value!).isNeg() && sizeStated(fact.label, m, reading, subject);
      const left: Expression = negated ? { type: 'negate', arg: subject.expression(period.id) } : subject.expression(period.id);
      const expression: Expression = { type: 'binary', op: '/', left, right: base.subject.expression(period.id) };
      const opt = option(m, base, expression, period, undefined, negated ? [say.outflow(fact.label)] : [], reading, token, ctx);
      if (opt) out.push(opt);
    } else {
      const fact = subject.facts.get(period.id);
      if (!fact) continue;
      let expression = subject.expression(period.id);
      const notes: string[] = [];
      const negative = fact.value !== null && parseDecimal(fact.value).isNeg() && !parseDecimal(token.value!).isNeg();
      if (negative && sizeStated(fact.label, m, reading, subject)) {
        expression = { type: 'negate', arg: expression };
        notes.push(say.outflow(fact.label));
      }
      let opt = option(m, undefined, expression, period, undefined, notes, reading, token, ctx);
      // "Net interest income increased to $4.4 million" beside "Interest income, net (4,449)" printed among the expenses
      // (Ulta's Q2 FY23): a line printed negative, beside a positive figure of the prose, is read by its size; the sign
      // is the table's presentation. A figure printed wrong is then a mismatch of sizes, as it is of either sign.
      // Not where the label names what its negative figures are ("Income tax benefit (expense)"): there the sign is the reading.
      if (negative && expression.type !== 'negate' && opt?.check.verdict === 'mismatch' && !/\([a-z][a-z ]*\)/i.test(fact.label)) {
        opt = option(m, undefined, { type: 'negate', arg: expression }, period, undefined, [say.printedNegative(fact.label)], reading, token, ctx) ?? opt;
      }
      if (opt) out.push(opt);
    }
  }
  return out;
}

/**
 * The base of a share, from the numerator's own block where that prints a line the words name fully: "International
 * operating income was $19 million, or 2.7% of revenue" (Best Buy, Q2 FY24) is over the "Revenue" printed under
 * "International Segment Results" beside that operating income, 693, not over the company's revenue, 9,583. Else the
 * best match of the words.
 */
function baseInBlock(m: SubjectMatch, bases: readonly SubjectMatch[]): SubjectMatch | undefined {
  const blocks = new Set([...m.subject.facts.values()].filter((f) => f.section.length > 0).map((f) => `${f.table}\u0000${f.section.join('\u0000')}`));
  const inBlock = (b: SubjectMatch) => b.full && b.subject !== m.subject && [...b.subject.facts.values()].some((f) => blocks.has(`${f.table}\u0000${f.section.join('\u0000')}`));
  return bases.find(inBlock) ?? bases[0];
}

function option(
  match: SubjectMatch,
  base: SubjectMatch | undefined,
  expression: Expression,
  period: Named,
  prior: Named | undefined,
  notes: string[],
  reading: Reading,
  token: NumberToken,
  ctx: LinkContext,
  name?: string,
): Option | null {
  try {
    const check = claimCheck({ expression, name }, token, ctx.lines.get(token.line) ?? '', { ...ctx.claims, defaultPeriod: period.id });
    return { match, base, expression, period, prior, notes, check };
  } catch (e) {
    if (e instanceof ClaimError) return null;
    throw e;
  }
}

/**
 * The words that speak of the figure: the line's name as matched, those between it and the figure ("adjusted EBITDA
 * loss of $30.9 million"), and those after the figure.
 */
function wordsAround(m: SubjectMatch, reading: Reading): Word[] {
  const named = m.words.length ? Math.max(...m.words.map((w) => w.end)) : Infinity;
  return [...m.words, ...reading.before.filter((w) => w.start >= named), ...reading.after];
}

/** The prose's own words say the figure is an outflow or a loss (a label saying so would excuse "net income of $1.3 million"). */
function outflow(m: SubjectMatch, reading: Reading): boolean {
  return wordsAround(m, reading).some((w) => OUTFLOW.test(w.text));
}

/**
 * Whether the prose states a negative figure's size. The words a line's label puts in parentheses name what its
 * negative figures are ("Income tax benefit (expense)": (6,981) is an expense of 6,981), and the words before them
 * what its positive ones are: a claim naming the first ("Income tax expense was $7.0 million", Green Plains' 4Q24)
 * states the size; one naming the second ("a benefit of $7.0 million") does not, whatever the word usually means.
 * Else outflows and deductions are stated as their size.
 */
function sizeStated(label: string, m: SubjectMatch, reading: Reading, subject: Subject): boolean {
  // The printed words, not their normal forms: those make "loss" and "income" one word.
  const plain = (w: string) => w.toLowerCase().replace(/sses$/, 'ss').replace(/(?<=[a-z]{3}[^s])s$/, '');
  const said = new Set(wordsAround(m, reading).map((w) => plain(w.text)));
  const inside = [...label.matchAll(/\(([a-z][a-z ]*)\)/gi)].flatMap((p) => p[1]!.split(/\s+/)).filter((w) => w.length > 2 && !isStop(w.toLowerCase()) && !/^(?:non-?)?gaap$|^unaudited$/i.test(w)).map(plain);
  if (inside.some((w) => said.has(w))) return true;
  const outside = label.replace(/\([^)]*\)/g, ' ').split(/[^A-Za-z]+/).map(plain);
  if (inside.length > 0 && outside.some((w) => said.has(w) && OUTFLOW.test(w))) return false;
  return outflow(m, reading) || deduction(subject);
}

/**
 * A line the tables print as a deduction: "Less: Interest income", or a line printed negative in every
 * period that is no result (no income, profit or margin): "Capital Deployment (2,761)". The prose states its size.
 */
function deduction(subject: Subject): boolean {
  const labels = [...subject.byTable.values()].flatMap((facts) => [...facts.values()].map((f) => f.label));
  if (labels.some((l) => /^\s*\(?less\b/i.test(l))) return true;
  const values = [...subject.facts.values()].map((f) => f.value);
  if (values.length === 0 || values.some((v) => v === null || !parseDecimal(v).isNeg())) return false;
  return !subject.terms.some((t) => t.core.some((c) => /income|profit|margin|earning|ebitda/.test(c)) && !t.core.some((c) => COST_WORD.test(c)));
}

// Words that make a line named with "income" a cost of it, not a result: "Income tax expense (193)" printed among the
// deductions of Amcor's statement of income (FY23) is a tax of 193, as the prose says.
const COST_WORD = /^(?:tax|taxes|expense|expenses|cost|costs|charge|charges|provision)$/;

/** A differing figure is a mismatch only when it is of the same size: else the words likely name something else. */
function plausible(o: Option, token: NumberToken, reading: Reading): boolean {
  if (reading.role !== 'figure' || o.check.computed === null) return true;
  const printed = parseDecimal(token.value!).abs();
  const computed = parseDecimal(o.check.computed).abs();
  if (printed.isZero() || computed.isZero()) return printed.isZero() === computed.isZero();
  const ratio = printed.div(computed);
  return ratio.gte(0.5) && ratio.lte(2);
}

// What may stand between a change and the amount it reaches: words, no figure and no clause's end ("year-over-year to ").
const TO_LEVEL = /^[^\d;,.$]{0,40}\bto\s+$/i;

/** The amount a change's clause says it reaches, printed right after it: "increased 14% year-over-year to $607 million". */
function levelReached(reading: Reading, token: NumberToken): NumberToken | null {
  const at = reading.sentence.indexOf(token.raw);
  if (at < 0) return null;
  const after = at + token.raw.length;
  const next = moneyIn(reading.sentence).find((t) => t.column - 1 >= after);
  if (!next || !TO_LEVEL.test(reading.sentence.slice(after, next.column - 1))) return null;
  return next;
}

/**
 * Whether an option's line can be the one a change reaching `level` speaks of: its figure of the period is an amount
 * within a factor of two of the level (a percentage is none). A figure in no unit an amount compares with says nothing.
 */
function reaches(o: Option, level: NumberToken): boolean {
  const fact = o.match.subject.facts.get(o.period.id);
  if (!fact || fact.value === null) return true;
  if (fact.unit === 'percent' || fact.unit === 'percentage-points' || fact.unit === 'basis-points') return false;
  if (fact.unit !== level.unit) return true;
  const printed = parseDecimal(level.value!).abs().times(powerOfTen(level.scale));
  const own = parseDecimal(fact.value).abs().times(powerOfTen(fact.scale));
  if (printed.isZero() || own.isZero()) return printed.isZero() === own.isZero();
  const ratio = printed.div(own);
  return ratio.gte(0.5) && ratio.lte(2);
}

function sameSizes(a: Option[], b: Option[]): boolean {
  const size = (o: Option) => (o.check.computed === null ? null : parseDecimal(o.check.computed).abs().toString());
  return a.length === b.length && a.every((o, i) => size(o) !== null && size(o) === size(b[i]));
}

function sameFigures(a: Option[], b: Option[]): boolean {
  return a.length === b.length && a.every((o, i) => o.check.computed === b[i].check.computed);
}

/** One option per distinct recomputed value: the same figure printed in two tables is one candidate. */
function distinctFigures(options: Option[]): Option[] {
  const seen = new Map<string, Option>();
  for (const o of options) {
    const key = `${o.check.computed}|${o.check.period}`;
    if (!seen.has(key)) seen.set(key, o);
  }
  return [...seen.values()];
}

function linked(o: Option, confidence: Confidence, reading: Reading, ctx: LinkContext, heading: string | null = null, segment: string | null = null): Outcome {
  const label = (p: Named): PeriodEvidence => ({ ...p, label: ctx.calendar.period(p.id)?.label ?? p.id });
  const notes = [...o.notes];
  if (heading) notes.push(say.underHeading(heading));
  if (segment) notes.push(say.segmentBefore(segment));
  if (o.match.qualifiers.length > 0) notes.push(say.qualifiers(o.match.qualifiers));
  if (!o.match.full) notes.push(say.partial(o.match.term.core.length, o.match.words.length));
  return {
    status: 'linked',
    link: {
      expression: o.expression,
      confidence,
      check: o.check,
      evidence: {
        subject: { words: words(o.match.words), key: o.match.subject.key, label: o.match.subject.label, matched: o.match.term.source },
        ...(o.base && {
          base: { words: words(o.base.words), key: o.base.subject.key, label: o.base.subject.label, matched: o.base.term.source },
        }),
        period: label(o.period),
        ...(o.prior && { prior: label(o.prior) }),
        notes,
      },
    },
  };
}

function candidate(o: Option): Candidate {
  return { expression: o.expression, title: o.check.title, computed: o.check.computed, verdict: o.check.verdict };
}

/** Matched words as printed; words apart in the sentence are joined by "…". */
function words(ws: readonly Word[]): string {
  let out = '';
  ws.forEach((w, i) => {
    if (i > 0) out += w.start - ws[i - 1].end > 2 ? ' … ' : ' ';
    out += w.text;
  });
  return out;
}

function noPeriod(top: SubjectMatch, reading: Reading, current: PeriodRef, ctx: LinkContext): Outcome {
  const when = reading.role === 'change' && reading.prior ? periodOf(reading.prior, ctx, current.id).words : current.words;
  return { status: 'unlinked', reason: say.noFactInPeriod(top.subject.label, when), candidates: [] };
}

/** The share of a term's core words the match found. */
function coverage(m: SubjectMatch): number {
  const found = new Set(m.words.map((w) => w.norm));
  return m.term.core.filter((c) => c.split('|').some((alt) => found.has(alt))).length / m.term.core.length;
}

/** Whether the words around a number speak of money or of a business's results. */
function financial(reading: Reading, token: NumberToken): boolean {
  if (token.kind === 'money' || token.kind === 'per-share') return true;
  return [...reading.before.slice(-10), ...reading.after].some((w) => FINANCIAL.has(w.norm));
}

/**
 * What a number is about, in the sentence's words: the noun phrase right after it
 * ("2,807 customers", "100 percent uptime"), else the one right before it ("selling
 * capacity by 24 percent").
 */
function describe(reading: Reading, ctx: LinkContext): string {
  const line = ctx.lines.get(reading.token.line) ?? '';
  const phrase = (ws: Word[]) => (ws.length === 0 ? '' : line.slice(ws[0].start, ws[ws.length - 1].end));
  const after = wordsOf(line.slice(reading.token.end - 1, reading.token.end + 200), reading.token.end - 1);
  const noun: Word[] = [];
  let end = reading.token.end - 1;
  for (const w of after) {
    // A noun phrase runs on over spaces and hyphens only: a full stop or comma ends it.
    if (isStop(w.norm) || noun.length === 5 || !/^[\s-]+$/.test(line.slice(end, w.start))) break;
    noun.push(w);
    end = w.end;
  }
  if (noun.length > 0) return phrase(noun);
  const before = [...reading.before];
  while (before.length > 0 && isStop(before[before.length - 1].norm)) before.pop();
  const tail: Word[] = [];
  for (let i = before.length - 1; i >= 0 && tail.length < 5; i--) {
    if (isStop(before[i].norm) || (tail.length > 0 && !/^[\s-]+$/.test(line.slice(before[i].end, tail[0].start)))) break;
    tail.unshift(before[i]);
  }
  return phrase(tail);
}

/** The word right before a plain number is a name's (capitalized mid-sentence, or a product code), not a quantity's. */
/**
 * Why a printed number names, orders, dates or refers to something rather than measures it, or
 * null: a length of time ("13-week", "12 months"), an ordinal ("53rd"), part of a name ("RTX 4080",
 * "4Q"), a time of day the extractor did not read whole ("12:01 GMT"), a reference to a part of
 * the release ("TABLE 4", "Note 5"), a footnote's mark run into the footnote before it, or a year
 * the extractor took for a count ("maturities in 2026", "© 2022 NVIDIA"). `named`: the words name
 * a line item fully, which a bare four-digit figure may then be.
 */
export function namedBy(token: NumberToken, ctx: Pick<LinkContext, 'lines'>, named: boolean): string | null {
  if (token.kind !== 'number') return null;
  const line = ctx.lines.get(token.line) ?? '';
  const follows = line.slice(token.end - 1, token.end + 40);
  const just = line.slice(Math.max(0, token.column - 12), token.column - 1);
  if (/^[- ]?(?:weeks?|months?|years?|days?|quarters?)\b/i.test(follows)) return say.duration(`${token.text}${follows.match(/^[- ]?\w+/)![0]}`);
  if (/^(?:st|nd|rd|th)\b/i.test(follows)) return say.ordinal(`${token.text}${follows.slice(0, 2)}`);
  if (partOfName(token, ctx) || /\b(?:table|exhibit|note|schedule|appendix|item|section|page)\s$/i.test(just)) return say.partOfName(nameOf(token, ctx));
  if (/^:\d\d\b/.test(follows) || /\b\d{1,2}:$/.test(just)) return CLASS_REASONS.time!;
  if (/[.;:]\s+\($/.test(just) && /^\)\s+[A-Z]/.test(follows)) return CLASS_REASONS.footnote!;
  if (/^(?:19|20)\d\d$/.test(token.text) && !named) return say.year(token.text);
  return null;
}

function partOfName(token: NumberToken, ctx: Pick<LinkContext, 'lines'>): boolean {
  const line = ctx.lines.get(token.line) ?? '';
  // Only the text around the number matters; a window keeps a line of thousands of numbers linear.
  const before = line.slice(Math.max(0, token.column - 201), token.column - 1);
  const after = line.slice(token.end - 1, token.end + 40);
  // Joined to letters: "H100", "TOP500", "Quantum-2", "3D", "80x".
  if (/(?:[A-Za-z]-?|\d-)$/.test(before) || /^[A-Za-z]/.test(after)) return true;
  const m = NAME_BEFORE.exec(before);
  if (!m) return false;
  const word = m[1].replace(/[™®℠]$/, '');
  const atSentenceStart = /(?:^|[.!?:]\s+|^\s*-\s+)$/.test(before.slice(0, m.index)) && (m.index > 0 || token.column <= 201);
  return !atSentenceStart && (/^[A-Z]/.test(word) || /[A-Z]/.test(word.slice(1))) && !FINANCIAL.has(normalize(word));
}

// The word right before a number, with a trademark sign it may carry ("RTX™ 4090").
const NAME_BEFORE = /([A-Za-z][\w-]*[™®℠]?)\s$/;

function nameOf(token: NumberToken, ctx: Pick<LinkContext, 'lines'>): string {
  const line = ctx.lines.get(token.line) ?? '';
  const before = line.slice(Math.max(0, token.column - 201), token.column - 1);
  const joinedBefore = /[A-Za-z\d][\w-]*[™®℠]?-?$/.exec(before)?.[0] ?? '';
  const joinedAfter = /^[A-Za-z]\w*/.exec(line.slice(token.end - 1, token.end + 40))?.[0] ?? '';
  if (joinedBefore || joinedAfter) return `${joinedBefore}${token.text}${joinedAfter}`;
  return `${NAME_BEFORE.exec(before)?.[1] ?? ''} ${token.text}`.trim();
}

/**
 * The part's table printed last before the figure, with no heading since, where the figure's sentence does not name the
 * part itself (its own words then say what they name); null for none.
 */
function partTableAbove(reading: Reading, ctx: LinkContext): { id: string; part: string } | null {
  const line = reading.token.line;
  let above: LinkContext['tableSpans'][number] | null = null;
  for (const t of ctx.tableSpans) {
    if (t.endLine >= line) break;
    above = t;
  }
  if (!above?.part) return null;
  // A heading since the table ends its part, unless it names only a span of the part's results ("Twelve months ended
  // June 30, 2023", "June 2023 quarter" under Amcor's "Rigid Packaging" table, FY2023 Q4).
  // Headings are in order: only those between the table's end and the line are read, found by halving.
  const { headings } = ctx;
  let lo = 0;
  for (let hi = headings.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (headings[mid]!.line <= above.endLine) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < headings.length && headings[k]!.line < line; k++) if (!namesOnlyPeriods(headings[k]!.text)) return null;
  const own = sentenceWordSet(reading.sentence);
  if (contentWords(above.part).every((w) => own.has(w))) return null;
  return { id: above.id, part: above.part };
}

/** The one table whose title holds every content word of a heading ("Domestic Coke"), or null. */
function tableUnder(heading: string, ctx: LinkContext): string | null {
  const words = contentWords(heading).filter((w) => !ctx.generic.has(w));
  if (words.length === 0) return null;
  const tables = [...ctx.tableWords].filter(([, title]) => words.every((w) => title.has(w))).map(([id]) => id);
  return tables.length === 1 ? tables[0] : null;
}

/**
 * A heading that names something the tables do not print ("Data Center", "Gaming"), which then
 * qualifies its figures; or a segment they print only as a column of its own ("Consumer Banking"
 * over its figures in the segment results), whose page of the release speaks of that segment's
 * lines: "Net charge-offs of $1.2 billion" under it is not the consolidated line of that name.
 */
function headingQualifier(reading: Reading, ctx: LinkContext): string | null {
  if (!reading.heading || ATTRIBUTION.test(reading.heading.text)) return null;
  // A note's text set as a short line ("(b) See Non-GAAP Financial Measures reconciliation on page 16", U.S. Bancorp's,
  // 4Q21) heads nothing.
  if (NOTE_OPENING.test(reading.heading.text)) return null;
  // The periods it names are no qualifier: "Q4 2024 SUMMARY", "Year Ended December 31, 2024 Financial Results".
  const words = headingWords(reading.heading.text, ctx);
  if (words.length === 0) return null;
  if (!ctx.segments.has(words.join(' ')) && words.some((w) => ctx.index.has(w))) return null;
  return reading.heading.text.trim();
}

// A note's mark in parentheses, "(b)", "(12)"; one opening a line, "(b) ".
const NOTE_MARK = String.raw`\((?:[A-Za-z]|\d{1,2})\)`;
const NOTE_MARKS = new RegExp(NOTE_MARK, 'g');
const NOTE_OPENING = new RegExp(String.raw`^\s*${NOTE_MARK}\s`);

/** The label of the line a heading names whole, when that line is not the subject the words name; else null. */
function headingNamesLine(reading: Reading, top: SubjectMatch, ctx: LinkContext): string | null {
  if (!reading.heading) return null;
  const heading = headingOf(reading.heading, ctx);
  // A table printed since the heading ends the part it heads (Graphano's "2) From Battery Cells and Materials", then the
  // six months' revenue table and its paragraphs, under no heading of their own).
  if (heading.tableAfter < reading.token.line) return null;
  const { words } = heading;
  if (words.length === 0 || words.every((w) => top.term.core.includes(w) || top.subject.terms.some((t) => t.core.includes(w)))) return null;
  const line = heading.rows.find((s) => s !== top.subject);
  return line ? line.label : null;
}

/** What a heading says of the lines under it: its naming words, the rows labelled with them whole, the first table line after it. */
interface HeadingLines {
  words: string[];
  rows: Subject[];
  tableAfter: number;
}

// The row subjects by each of their terms' core words, in the subjects' order: indexed once a release, as every heading
// looks its words up (scanning every subject for each heading grew with the square of a long release).
const termRows = new WeakMap<LinkContext, Map<string, Subject[]>>();
function rowsByTerm(ctx: LinkContext): Map<string, Subject[]> {
  let index = termRows.get(ctx);
  if (!index) {
    termRows.set(ctx, (index = new Map()));
    for (const s of ctx.subjects) {
      if (s.kind !== 'row') continue;
      for (const key of new Set(s.terms.map((t) => t.core.join(' ')))) {
        const rows = index.get(key);
        if (rows) rows.push(s);
        else index.set(key, [s]);
      }
    }
  }
  return index;
}

// Every figure under a heading asks the same of it: worked out once a heading.
const headings = new WeakMap<LinkContext, Map<number, HeadingLines>>();
function headingOf(heading: { text: string; line: number }, ctx: LinkContext): HeadingLines {
  let known = headings.get(ctx);
  if (!known) headings.set(ctx, (known = new Map()));
  let found = known.get(heading.line);
  if (!found) {
    const words = contentWords(withoutNoteMarks(heading.text)).filter((w) => !ctx.generic.has(w));
    const key = words.join(' ');
    const rows = rowsByTerm(ctx).get(key) ?? [];
    let tableAfter = Infinity;
    for (const line of ctx.tableLines) if (line > heading.line && line < tableAfter) tableAfter = line;
    known.set(heading.line, (found = { words, rows, tableAfter }));
  }
  return found;
}

/**
 * The line that introduces a list, where it names what the list's figures are of ("The EFT
 * Processing Segment reports the following results for …:"): its words less its periods and
 * the words that organize a release. "Euronet reports the following consolidated results for
 * the fourth quarter 2024 compared with the same period of 2023:" names nothing.
 */
function leadQualifier(reading: Reading, ctx: LinkContext): string | null {
  if (!reading.lead || ATTRIBUTION.test(reading.lead.text)) return null;
  return namingWords(reading.lead.text, ctx).length > 0 ? reading.lead.text.trim().replace(/:$/, '') : null;
}

/** The words of a heading or a list's introduction that name something: less its periods, numbers, and the words that organize a release. */
function namingWords(text: string, ctx: LinkContext): string[] {
  return headingWords(text, ctx).filter((w) => !LEAD_WORDS.has(w));
}

/** A heading's words less its periods, numbers, note marks and the words that organize a release. */
function headingWords(text: string, ctx: LinkContext): string[] {
  // Every figure under a heading asks it again: worked out once a text and release.
  let known = headingWordsOf.get(ctx);
  if (!known) headingWordsOf.set(ctx, (known = new Map()));
  let words = known.get(text);
  // A note's mark in parentheses ("4Q24 Financial Highlights(B)", Bank of America's) names nothing.
  if (!words) known.set(text, (words = contentWords(withoutNoteMarks(withoutPeriods(text).replace(NOTE_MARKS, ' ')).replace(/\d+/g, ' ')).filter((w) => !ctx.generic.has(w))));
  return words;
}
const headingWordsOf = new WeakMap<LinkContext, Map<string, string[]>>();

/**
 * A heading or a list's introduction that names who speaks ("From Bill Demchak, PNC Chairman, President and Chief
 * Executive Officer:" over his remarks): the speaker's words are about the company, no part of it.
 */
const ATTRIBUTION = /\b(?:chairman|chairwoman|chairperson|president|chief\s+(?:\w+\s+){1,2}officer|ceo|cfo|coo)\b/i;

/** A text with the period phrases it holds blanked. */
function withoutPeriods(text: string): string {
  let rest = text;
  for (const ph of [...periodPhrases(text)].reverse()) rest = rest.slice(0, ph.start) + ' ' + rest.slice(ph.end);
  return rest;
}

/** Whether a heading names a span and nothing else ("Twelve months ended June 30, 2023", "June 2023 quarter", "Q4 2024"). */
function namesOnlyPeriods(text: string): boolean {
  const words = contentWords(withoutPeriods(text));
  return /[A-Za-z0-9]/.test(text) && words.every((w) => PERIOD_WORDS.has(w));
}
const PERIOD_WORDS = new Set(
  contentWords(
    'quarter quarters month months week weeks year years half fiscal ended ending period periods three six nine twelve thirteen first second third fourth ' +
      'year-to-date ytd january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
  ),
);

// Words of a list's introduction that say how it is presented, not what its figures are of.
const LEAD_WORDS = new Set(
  contentWords('following include includes including as follows compared compare with versus same date period periods consolidated total company basis below key were was are is'),
);

// Bases other than the tables': constant currency, excluding items, organic, operational (as pharmaceutical companies
// name growth excluding foreign exchange: Pfizer's "R&D Expenses increased 10% operationally", where the printed figures
// grew 8.9%), pro forma, per share; a comparable basis ("or 15.7% on a comparable 13-week basis", Dave & Buster's
// fourth quarter of 13 weeks against one of 14, where the printed figures grew 8.8%).
const OTHER_BASIS =
  /\b(?:constant[\s-]+currency|currency[\s-]+neutral|fx[\s-]+neutral|ex[\s-]+fx|excluding|exclusive\s+of|organic(?:ally)?|operationally|operational\s+(?:basis|growth|declines?|decreases?|increases?|changes?)|like[\s-]+for[\s-]+like|pro[\s-]+forma|on\s+a\s+per[\s-]+share\s+basis|on\s+a\s+comparable\s+(?:[\w-]+\s+){0,2}basis|on\s+an?\s+\d+[\s-]+week\s+basis)\b/i;

const OTHER_BASIS_OPENING = new RegExp(`^${OTHER_BASIS.source}`, 'i');

// A basis stated right after the figure: "$3.23 Diluted EPS or $3.29 As Adjusted" (PNC's 1Q22 headline).
const AFTER_BASIS = /^\s*(?:as\s+adjusted|on\s+an?\s+adjusted\s+basis|adjusted\b)/i;

/** The basis the words state for the figure when it is not the tables': the words right after it to its clause's break, or its clause before it. */
function otherBasis(reading: Reading, ctx: LinkContext): string | null {
  const line = ctx.lines.get(reading.token.line) ?? '';
  const end = reading.token.end - 1;
  // A sentence a page break cut after the figure ("or decreased 2.4% on a" | "comparable 13-week basis.", a PDF's
  // text): its words go on on the next line that prints any.
  const rest = line.slice(end, end + 120);
  const cut = !/[.;:!?)]\s*$|[.;]\s/.test(rest) && /\w\s*$/.test(rest) ? nextWords(ctx.lines, reading.token.line) : '';
  const after = (cut ? `${rest} ${cut}` : rest).split(/[;.]\s|\)|,\s+(?!respectively)/)[0];
  const start = reading.token.column - 1;
  // The clause before it, back to the sentence's start or a semicolon, asides in parentheses kept
  // only where the figure is inside them ("(10% increase on a constant currency basis)").
  const sentenceStart = line.lastIndexOf(reading.sentence.slice(0, 20), start);
  // The semicolon looked for in the sentence only: a line of megabytes with none is not scanned for each figure.
  const sentence = line.slice(Math.max(0, sentenceStart), start);
  const before = sentence.slice(sentence.lastIndexOf(';') + 1);
  const open = before.lastIndexOf('(');
  const inAside = open > before.lastIndexOf(')');
  const lead = inAside ? before.slice(open) : before.replace(/\([^()]*\)/g, ' ');
  // "~€202 million, excluding sales deductions related to prior years": a basis opening the clause after the comma.
  const next = /^\s*,\s+(?!respectively)/.exec(line.slice(end, end + 120)) ? line.slice(end, end + 120).replace(/^\s*,\s+/, '') : '';
  // A figure and its per-share amount set in apposition share their basis: "Net income … was $27.3 million, or $0.66
  // per diluted share exclusive of the beneficial impact of certain tax adjustments" (Dave & Buster's Q4 fiscal 2018).
  const pair = /^or\s+[-$€£¥(]?\d/.test(next) ? next.split(/[;.]\s|\)|,\s+(?!respectively)/)[0] : '';
  const m = OTHER_BASIS.exec(after) ?? AFTER_BASIS.exec(after) ?? OTHER_BASIS_OPENING.exec(next) ?? OTHER_BASIS.exec(pair) ?? OTHER_BASIS.exec(lead);
  return m ? m[0].trim() : null;
}

/** The first words of the next line that prints any, within two lines (a page's blank lines between). */
function nextWords(lines: ReadonlyMap<number, string>, at: number): string {
  for (let k = at + 1; k <= at + 3; k++) {
    // Blank lines are no prose: absent from the map.
    const text = lines.get(k);
    if (text !== undefined && text.trim() !== '') return text.slice(0, 120);
  }
  return '';
}

// The word by which a line's counterpart is named: a net figure is the one less the other.
const COUNTERPART: Record<string, string> = { expense: 'income', income: 'expense', cost: 'income', loss: 'gain', gain: 'loss', payable: 'receivable', receivable: 'payable', outflow: 'inflow', inflow: 'outflow' };

/**
 * The counterpart line the release prints beside the gross line a "net" figure's words matched: "Net finance
 * expenses were €33.2 million" is Finance expenses less Finance income (Ascendis 4Q24: 59,425 − 26,233), never
 * Finance expenses alone. Which line nets which is not established: left unlinked.
 */
function grossOfNet(m: SubjectMatch, ctx: LinkContext): string | null {
  if (!m.words.some((w) => w.norm === 'net')) return null;
  const label = contentWords(m.subject.label);
  if (label.includes('net')) return null;
  const at = label.findIndex((w) => COUNTERPART[w] !== undefined);
  if (at < 0) return null;
  const other = [...label.slice(0, at), COUNTERPART[label[at]!]!, ...label.slice(at + 1)].join(' ');
  return ctx.subjects.find((x) => x !== m.subject && contentWords(x.label).join(' ') === other)?.label ?? null;
}

/**
 * What the words count in or out of their line, set off right after its name: "Capital expenditures, including principal
 * payments on finance leases, were $7.90 billion" (Meta, 4Q23) is the purchases of property and equipment and those
 * payments together (7,592 + 307), no line the tables print alone. Null where the words set off nothing so, or where
 * the line's own label says what it includes or excludes.
 */
function countedWith(m: SubjectMatch, reading: Reading, token: NumberToken): string | null {
  const at = reading.sentence.indexOf(token.raw);
  const last = m.words.at(-1)?.text;
  if (at <= 0 || !last) return null;
  const escaped = escapeRegExp(last);
  const set = new RegExp(String.raw`(?<![\p{L}])${escaped},\s*((?:including|excluding|inclusive of|exclusive of)\s+[^,;()]{3,80}),`, 'iu').exec(reading.sentence.slice(0, at));
  if (!set) return null;
  return /\b(?:including|excluding|inclusive|exclusive|incl|excl)\b/i.test(m.subject.label) ? null : set[1]!;
}

/**
 * The line whose label names itself in parentheses by the "net" figure's words ("Revenues less cost of revenues (net
 * revenue)"), where the words matched a line no printing of which says "net" ("Total Revenues"): an exchange's net
 * revenue is its revenues less the rebates it pays, a line of its own. Null unless exactly one line is so named.
 */
function netNamedInParentheses(m: SubjectMatch, ctx: LinkContext): Subject | null {
  const said = new Set(m.words.map((w) => w.norm));
  if (!said.has('net')) return null;
  const printed = [...m.subject.byTable.values()].flatMap((facts) => [...facts.values()].map((f) => f.label));
  if (printed.some((label) => contentWords(label).includes('net'))) return null;
  const named = ctx.subjects.filter((x) => {
    if (x === m.subject || x.kind === 'measure') return false;
    const alias = OWN_NAME.exec(withoutNoteMarks(x.label.trim()))?.[1];
    const words = alias ? contentWords(alias) : [];
    return words.length >= 2 && words.includes('net') && words.every((w) => said.has(w));
  });
  return named.length === 1 ? named[0] : null;
}

// A name printed in parentheses at a label's end: "Revenues less cost of revenues (net revenue)".
const OWN_NAME = /\(([A-Za-z][A-Za-z\s-]*)\)$/;

/** A heading without the note marks printed after its last word: "Global Banking1,2" → "Global Banking". */
function withoutNoteMarks(text: string): string {
  return text.replace(/(?<=[A-Za-z])[\d¹²³⁴⁵⁶⁷⁸⁹⁰,]+$/u, '');
}
