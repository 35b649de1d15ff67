import type { Unit } from '../types.ts';
import type { UnitHint } from './parse-value.ts';
import { readHeaderUnit, scaleOfWord } from '../units/unit-statements.ts';
import { CURRENCY_SYMBOL } from '../units/currencies.ts';
import { MEASURE } from '../measures.ts';
import { Kept } from '../kept.ts';
import { lineItem } from './labels.ts';

/** What a figure measures, before its currency is known. */
export type UnitKind = 'money' | 'per-share' | 'per-unit' | 'shares' | 'percent' | 'basis-points' | 'percentage-points' | 'ratio' | 'count' | 'reference';

// A "stock unit" is a share where the company calls its stock so (FosRich, Jamaica: "Earning per stock unit 0.32"
// under its comprehensive income, "Earnings per stock unit was 3 cents" in its prose).
// "Adjusted diluted earnings per common shares" (Karat Packaging, 2Q26): the plural misprinted is per share still.
const PER_SHARE = /\bper\s+(?:basic\s+|diluted\s+|common\s+|ordinary\s+)*(?:shares?|ads|adr|stock\s+unit)\b|\beps\b/i;
// "– Per Brookfield share" (Brookfield Corporation's distributable earnings): a share named by its company or class,
// the name capitalized, as "per common share" is by its kind.
const PER_NAMED_SHARE = /\b[Pp]er\s+(?:[A-Z][A-Za-z'’&.-]*\s+){1,2}(?:[Ss]hare|SHARE)\b/;
const SHARES = /\bshares\b/i;
/** "per common shares": a plural misprinted after "per" names a figure per share, no count. */
const PER_SHARES = /\bper\s+(?:basic\s+|diluted\s+|common\s+|ordinary\s+)*shares\b/gi;
// A trust's or partnership's units are its shares where a weighted average or a basis counts them: Killam
// Apartment REIT's "Weighted average number of units -- diluted (000s)", Slate Grocery's "Weighted average number of
// units outstanding", under "AFFO per unit -- diluted" and "FFO per WA units" (a product's units have no basis:
// MasterCraft's "Net sales per unit" stays money).
// A company's "stock units" are its shares: Eppley's "Weighted average number of stock units outstanding ('000)" under
// its earnings per stock unit (Jamaica, 1Q23).
// The units themselves, no class between ("Weighted-average OP Units outstanding", Acadia Realty's operating partnership
// units beside its shares, are no count of its shares).
const TRUST_UNITS = /^(?!.*\b(?:per|shares?)\b)(?:.*\b(?:weighted[\s-]+average|wa)\s+(?:number\s+of\s+)?(?:stock\s+)?units\b|.*\bnumber\s+of\s+units\b.*\b(?:basic|diluted)\b)/i;
const PER_TRUST_UNIT = /\bper\s+(?:wa\s+|trust\s+)?units?\b(?=.*\b(?:basic|diluted)\b)|\bper\s+wa\s+units?\b|\b(?:basic|diluted)\b.*\bper\s+units?\b/i;
// "Net income (loss) attributable to Common Shareholders - basic earnings per share": the income a per-share figure is
// worked out from, named for it after a dash; money, not per share.
const FOR_PER_SHARE = /^(?:(?!\bper\b).)*\b(?:income|earnings|loss|profit)\b(?:(?!\bper\b).)*\s[-–—]\s*(?:for\s+)?(?:basic|diluted)(?:\s+and\s+diluted)?\s+(?:earnings|income|net\s+income|eps)(?:\s+per\s+(?:common\s+)?share)?\s*$/i;
// "Denominator for FFO per diluted share" (Vornado's, 4Q24, under the shares it adds up): the count of shares a figure
// per share divides by, named after that figure; no figure per share.
const DENOMINATOR_FOR = /^\s*denominators?\s+(?:for|of|used\s+(?:for|in))\b.*\bper\b/i;
const SHARE_COUNT = /\b(?:weighted|used|comput\w*|calculat\w*|denominator|number\s+of)\b/i;
// "(cents)", "(in pence)", and with the currency whose hundredth it is: Copa's "Yield (US$ Cents)", "(in US$ Cents)";
// a parenthesis that ends in them, whatever it names before: Amcor's "EPS (diluted US cents)" (52.9 is $0.529);
// and closing a label after a dash or a colon: FosRich's "Post-split - Cents", "(Loss)/earning per stock unit: Cents".
const MINOR = new RegExp(String.raw`\((?:[^(),]*?\s)?(?:${CURRENCY_SYMBOL}\s*)?(?:cents?|pence|penny|sen)\)|\b(?:cents|pence)\s+per\b|\s[-–—:]\s*(?:cents|pence)\s*$|:\s*(?:cents|pence)\s*$`, 'i');
/**
 * What a figure in cents is per where its line names a share's earnings or payout, or only its basis: a share. Other
 * lines in cents are per a unit of what the company sells (Copa's "Yield", "RASM", "CASM (US$ Cents)": cents per
 * passenger or seat mile), never per share.
 */
const MINOR_PER_SHARE = /\b(?:earnings|eps|dividends?|distributions?|shares?|basic|diluted|loss|profit|income)\b/i;

/**
 * An average amount per thing counted: "Average revenue per unit (ARPU)", "Account size ARPU", "Average monthly
 * revenue per subscriber", "ARPA". Money per unit, printed in units ($7.31 a pager a month at Spok, 1Q20, under
 * "in thousands"), and never a sum: the total of such lines is their average weighted by the things counted.
 */
// A hotel's or a fleet's average daily rate and its revenue per available room (RevPAR) are money a room or a vessel
// earns a day, printed in dollars (MGM's 4Q22 "Average daily rate (ADR) $ 260", "Revenue per available room (REVPAR)
// $ 238", under no unit statement: $260 thousand by the release's scale).
const THINGS_EARNING = String.raw`(?:units?|users?|subscribers?|accounts?|customers?|members?|devices?|connections?|lines?|households?|clients?|rooms?|seats?|locations?|stores?|orders?)`;
const AVERAGE_PER_UNIT = new RegExp(
  String.raw`\b(?:ARPU|ARPA|ARPPU|ARPAU|RevPAR)\b|\baverage\s+(?:[\w'’-]+\s+){1,4}per\s+${THINGS_EARNING}\b|\baverage\s+daily\s+rates?\b|` +
    String.raw`\b(?:revenues?|sales|income|profit)\s+per\s+(?:available|occupied)\s+${THINGS_EARNING}\b`,
  'i',
);
/** How often a stock turns over: "Inventory turns", "Receivables turnover": a multiple, never money (PC Connection, 1Q20). */
const TURNS = /\bturns$|\b(?:inventory|stock|receivables?|assets?|payables?)\s+turnover(?:\s+ratio)?$/i;
/**
 * A multiple of earnings or EBITDA: "Trailing price/earnings ratio", "P/E ratio", "Net debt to underlying EBITDA
 * ratio", "Adjusted market capitalization/LTM Adjusted EBITDA": a quotient of two amounts, never an amount in the
 * table's thousands (PC Connection, 1Q20: 13.0 and 7.4 under "(Amounts … in thousands, except … P/E ratio …)"), and so
 * with a qualifier after a comma (Hanesbrands, 4Q24: "Net debt/EBITDA, as adjusted 3.4", no $3.4 thousand).
 */
const MULTIPLE = /\b(?:price\s*[/-]?\s*(?:to\s*[/-]?\s*)?earnings|p\/e)\s+(?:ratio|multiple)\b|\b(?:debt|leverage|capitali[sz]ation|enterprise\s+value|borrowings)\b[^/]*?(?:\/|\bto\b)\s*(?:(?:ltm|ttm|trailing(?:\s+twelve[\s-]+months?)?|annuali[sz]ed|adjusted|underlying|consolidated|pro[\s-]forma)\s+)*ebitda(?:\s+(?:ratio|multiple))?(?:\s*,\s*[a-z][a-z\s-]*)?$/i;
/**
 * Debt over an amount of earnings or equity, its line naming nothing else: "Debt/Income (loss) from continuing
 * operations (23.5)", which Hanesbrands (4Q24) prints above its net debt to EBITDA and defines as debt divided by that
 * income; "Debt to equity 0.37". A quotient; never debt at the table's scale.
 */
const DEBT_QUOTIENT = /^(?:net\s+|total\s+)?debt\s*(?:\/|\bto\b)\s*(?:adjusted\s+)?(?:income|earnings|equity)(?:\s+(?:from|of)\s+[a-z][a-z\s-]*)?(?:\s*,\s*[a-z][a-z\s-]*)?(?:\s+ratio)?$/i;
/**
 * The price of a share: "Closing price", "Closing stock price", "Share price", "Stock price at period end": money per
 * share, printed in units under a table's thousands (PC Connection's "Closing price $ 41.21" among its stock's figures).
 * A price named with no such word ("Market price", "Average price") may be of anything sold, and is left to its note.
 */
const SHARE_PRICE = /^(?:(?:closing|period[\s-]end|quarter[\s-]end|year[\s-]end|ending)\s+(?:(?:common\s+)?(?:stock|share)\s+)?(?:market\s+)?price|(?:closing\s+)?(?:common\s+)?(?:stock|share)\s+price(?:\s+at\s+(?:the\s+)?(?:period|quarter|year)[\s-]end)?)$/i;
/** Days a balance stands for: "Days sales outstanding", "Days payable outstanding", "Days in inventory": days, never money. */
const DAYS_OF = /^(?:average\s+)?days?\s+(?:(?:sales|payables?|receivables?|inventory)(?:\s+(?:outstanding|on\s+hand))?|(?:in|of)\s+(?:inventory|receivables?|payables?|sales))$/i;
/** Years a balance has left to run: "Weighted average years to debt maturity" (Killam's 4.0), never money. */
const YEARS_TO = /^(?:(?:weighted[\s-]+)?average\s+)?(?:remaining\s+)?years?\s+(?:to|until)\s+(?:[a-z]+\s+)?(?:maturity|expiry|expiration|reset)$/i;
/** The ratios' own abbreviations, whatever words the line spells them with ("A/R Days Revenue Outstanding (DSO)"). */
const DAYS_ABBREVIATION = /\((?:DSO|DIO|DPO|DOH|DSI)\)/;
/**
 * A line whose head noun is days or hours: "Total calendar days for fleet", "Inventory Days", "Total voyage days", Copa's
 * "Block Hours", Precision Drilling's "Service rig operating hours": time counted.
 * Not a bucket of an ageing or a maturity ("Over 90 days", "1 to 29 days", "Past due 30 days"): amounts of that age.
 */
const HEAD_DAYS = /^(?!.*\d)(?!.*\b(?:over|past|due|within|after|before|than|less|more|to|up|beyond|greater|under|aged?|delinquent)\b)(?:[a-z/&'’-]+\s+){0,3}(?:days|hours)(?:\s+(?:for|of|in|on)\s+(?:the\s+)?(?:[a-z'’-]+\s*){1,3})?$/i;

/** A unit stated in a row label or section header: "(%)", "(bp)", "(\$m)", "Per share data (\$)", "(pence)". */
export interface TextUnit {
  kind: UnitKind | null;
  currency: string | null;
  scale: number | null;
  minor: boolean;
  /** A count of shares that per-share figures are computed over: "Weighted average shares used for computation of:". */
  shareCount: boolean;
  /** The line names an exchange rate ("Foreign exchange rate (quarterly average)"): a ratio where its figures print as one (`printsRate`). */
  rate?: true;
  /** The rate names its pair of currencies ("FX (NTD/USD)"): a ratio whatever its decimals and its section (`namesPair`). */
  pair?: true;
  /**
   * Money per unit of a measure, the measure it is per: "lb" for "(per lb)", "bbl" for "($/bbl)", "BOE" for "Operating
   * netback per BOE". Its figures are amounts per that unit (USD/lb), in units, and never summed with money.
   */
  per?: string;
  /**
   * A caption of earnings per share's computation, "Numerator" (amounts of earnings) or "Denominator"
   * (counts of shares): its kind decides its rows' over what their labels name ("Less: Cumulative
   * dividends on preferred shares" is an amount of the numerator, no count of shares).
   */
  governs?: true;
  /** A count naming a size by figures ("1 to 100 units", ">1,000 units"): a bucket, which a section per unit averages over. */
  sized?: true;
  /** A count of a product's active users (`namesActivePeople`): printed at its table's scale where that names no currency. */
  people?: true;
}

const NUMERATOR = /^\s*numerators?\b\s*:?\s*$/i;
const DENOMINATOR = /^\s*denominators?\b\s*:?\s*$/i;

/**
 * Physical volumes and counts that a line item names as its head noun: "Unit sales volume",
 * "Units sold", "Boats", "Sales volumes (thousands of tons)", "Terminals handling volumes",
 * "Shipments", "Number of stores". Not money per unit ("Net sales per unit", "Adjusted EBITDA
 * per ton"), nor money named after a volume ("Revenue from shipments", "Cost of units sold").
 */
const COUNT_HEAD = new RegExp(
  String.raw`\b(?:units?|volumes?|tons|tonnes|barrels|boats|vehicles|shipments|deliveries|subscribers|employees|headcount|` +
    // People and the places that serve them, counted: Bank of America's "Active digital banking users (in thousands)"
    // 41,365 and "Financial centers" 4,173 among its dollars in millions ("Revenue from customers" names money first).
    String.raw`users|customers|clients|households|branches|atms|(?:financial|banking)\s+centers|cubic\s+(?:yards|met(?:re|er)s)|` +
    // Carriers' and drillers' things counted: Copa's "Revenue Passengers Carried (000s)" and "Departures", Precision
    // Drilling's "Contract drilling rig fleet" 214 and "Average Precision active rig count" (a noun's count, as
    // "Store count"), under their tables' dollars.
    String.raw`passengers|departures|flights|rigs|(?:rig|vessel|aircraft|ship|truck|railcar|barge)s?\s+fleet|(?<!\b(?:shares?|stock)\s+)count)` +
    // "Units in service", "Ending units in service" (Spok's pagers, 1Q20): the things counted, where they stand.
    String.raw`(?:\s+(?:sold|shipped|delivered|produced|serviced|handled|opened|closed|served|processed|carried|boarded|on\s*board|in\s+service|in\s+operation))?` +
    // Where they stand, after them: "Average rigs under term contract", "Employees at year end".
    String.raw`(?:\s+(?:under|at)\s+(?:[a-z'’-]+\s*){1,4})?$`,
  'i',
);
const COUNT_START = /^(?:(?:total|average|ending|beginning|period[- ]end|end\s+of\s+period)\s+)?(?:total\s+)?number\s+of\b(?!\s+(?:weighted\s+)?(?:average\s+)?(?:common\s+|ordinary\s+)?shares\b)/i;
const MONEY_WORDS = /\b(?:per|costs?|revenues?|prices?|values?|amounts?|expenses?|income|margins?|proceeds|payments?|fees?|receivables?|payables?|deposits?|dollars?|advances|backlog)\b|[$£€¥]/i;
/** "(thousands of tons)", "(in millions of units)", "(000s of barrels)": a count and the scale it is printed in. */
const SCALED_SHARES = /^(?:in\s+)?(?:(?:thousands?|millions?|billions?|000s?|'000)\s+(?:of\s+)?shares|shares\s+in\s+(?:thousands|millions|billions))$/i;
/** ", 1000 tonnes", ", thousands of barrels", ", '000 units" closing a label: a count printed in that scale (never money: ", 1000 euros"). */
// Not a comma inside a figure: "101 to 1,000 units" (Spok's account sizes) names no scale.
const TRAILING_COUNT_SCALE = /(?<!\d),\s*(1[,.\s]?000(?:[,.\s]?000)?|thousands?|'000|000s?|millions?)\s+(?:of\s+)?(?!(?:u\.?s\.?\s+)?dollars\b|euros?\b|pounds\b|yen\b|[A-Z]{3}\b)[a-z]+\s*$/i;
/** "(#)", "(# in thousands)": the sign of a number of things, and its scale. */
const COUNT_SIGN = /^#(?:\s+in\s+(?<scale>thousands?|millions?|billions?))?$/i;
/** Accounts as the head noun of a line item ("New accounts", "Open accounts"). */
const COUNTED_ACCOUNTS = /\baccounts$/i;
const SCALED_COUNT = /^(?:in\s+)?(thousands?|millions?|billions?|000s?|'000)\s+of\s+(?!(?:u\.?s\.?\s+)?dollars\b|euros\b|pounds\b|yen\b)[a-z]/i;

const TIME = String.raw`(?:hours?|days?|weeks?|months?|years?)`;
/** "(bbls/d)", "(MMcf/d)", "(BOE per day)", "('000s square feet)", "(thousands of sqm)", "(months)", "(in years)". */
const MEASURE_NOTE = new RegExp(
  String.raw`^(?:in\s+)?(?:(?<scale>thousands?|'000s?|’000s?|000s?|millions?)\s+(?:of\s+)?)?(?:(?:contained|payable|recovered|attributable|equivalent|metric|dry|wet|net|gross)\s+)?(?:${MEASURE}(?:\s*(?:\/|per)\s*(?:d|day))?|${TIME})$`,
  'i',
);
/** "($/bbl)", "(US$/BOE)", "(C$ per GJ)", "($/Mcf)": money per unit of a measure, printed in units. */
const PER_MEASURE_NOTE = new RegExp(String.raw`^(?:in\s+)?(?<cur>${CURRENCY_SYMBOL}|dollars?)\s*(?:\/|per)\s*(?<measure>${MEASURE}|${TIME})$`, 'i');
/** "(per lb)", "(per BOE)", "(per tonne milled)": what a line's money is per, in a note of its own. */
const PER_MEASURE_ONLY = new RegExp(String.raw`^per\s+(?<measure>${MEASURE})(?:\s+[a-z]+)?$`, 'i');
/** A line item of money per unit of a measure, "Operating netback per BOE", "Adjusted EBITDA per ton": in units. */
// A word may name which of the measure ("Avg. Price Per Fuel Gallon", Copa; "Revenue per utilization day", Precision
// Drilling); a day or other time only after money named ("Production per day" is a volume's rate).
const PER_MEASURE_ITEM = new RegExp(String.raw`^(?<what>.*?)\bper\s+(?:[a-z]+\s+)?(?:(?<measure>${MEASURE})|(?<time>${TIME}))(?=$|[\s(,*:])`, 'i');

/**
 * The name of the measure money is per, as a unit reads: "lbs" → "lb", "Barrels" → "barrel", "BOE" kept, "tonnes" →
 * "tonne"; spaces as in "square feet" become one.
 */
function measureName(printed: string): string {
  const word = printed.replace(/\s+/g, ' ').trim();
  const upper = word === word.toUpperCase() && /[A-Z]/.test(word);
  const one = /(?:lbs|bbls|tonnes|tons|ounces|barrels|gallons|litres|liters|acres|hectares|hours|days|weeks|months|years)$/i.test(word) ? word.slice(0, -1) : word;
  return upper ? one : /^(?:m{0,2}boe|[mb]{0,2}cfe?|bcfe?|mmbtu|gj|kt|[mgt]?wh|kwh)$/i.test(one) ? one.toUpperCase().replace(/^(M{1,2})CF(E?)$/, (_, m: string, e: string) => `${m}cf${e.toLowerCase()}`) : one.toLowerCase();
}
const PER_MEASURE_INLINE = new RegExp(String.raw`(?:^|\s)(?<cur>${CURRENCY_SYMBOL})\s*\/\s*(?:per\s+)?(?<measure>${MEASURE}|${TIME})(?=$|[\s,*])`, 'i');
const ENDS_IN_MEASURE = new RegExp(String.raw`\b(?:${MEASURE}|${TIME})\s*$`, 'i');

/**
 * A currency's exchange rate as a line item names it: "Foreign exchange rate (quarterly average)", "Average
 * exchange rate", "FX rate": one currency in another, a ratio, never an amount to sum (Sears 2004 prints the
 * Canadian dollar's rate under Sears Canada's operating income). Not money named after a rate: "Impact of
 * foreign exchange rates", "Effect of exchange rate changes on cash", "Exchange rate gains". The words alone
 * do not settle it: a bank's value at risk prints "Foreign exchange rate" or "Currency rates" as a risk
 * category, in money; so a line so named is a rate only where its figures print as rates are quoted
 * (`printsRate`, build-table.ts).
 */
const RATE_HEAD = /\b(?:exchange|fx|currency|conversion)\s+rates?$/i;
/** The decimals an exchange rate is quoted to (0.7353, 1.0823), which no amount of a table prints. */
const RATE_DECIMALS = 3;

/** Whether every figure of a line prints as an exchange rate is quoted, to three decimals or more. */
export function printsRate(values: readonly (string | null)[]): boolean {
  const printed = values.filter((v): v is string => v !== null);
  return printed.length > 0 && printed.every((v) => (/\.(\d+)$/.exec(v)?.[1]?.length ?? 0) >= RATE_DECIMALS);
}
const RATE_AMOUNT = /\b(?:effects?|impacts?|changes?|movements?|fluctuations?|gains?|loss(?:es)?|differences?|adjustments?|on|of)\b/i;

/** Whether a line item names an exchange rate (its label less parentheses and footnote marks). */
export function namesRate(text: string): boolean {
  const item = text.replace(/\([^()]*\)/g, ' ').replace(/[:*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, ' ').replace(/\s+/g, ' ').trim();
  return RATE_HEAD.test(item) && !RATE_AMOUNT.test(item) && !MONEY_WORDS.test(item.replace(RATE_HEAD, ''));
}

/** A pair of currencies in parentheses: "(NTD/USD)", "(US$/CAD$)", "(NT$/US$)". */
const PAIR = /\(\s*(?:[A-Z]{2,3}\$?|\$)\s*\/\s*(?:[A-Z]{2,3}\$?|\$)\s*\)/;
const FX_HEAD = /^(?:(?:average|period[- ]end|closing|spot)\s+)?(?:fx|foreign\s+exchange|exchange)(?:\s+rates?)?$/i;

/**
 * An exchange rate named by its pair of currencies, "FX (NTD/USD)" (ASE's, under "Per share data", 32.16 New Taiwan
 * dollars to the US dollar), "Foreign exchange rate (US$/CAD$)": a quotation whatever its decimals, never an amount
 * nor a figure per share of the section it is printed in.
 */
export function namesPair(text: string): boolean {
  const item = text.replace(/\([^()]*\)/g, ' ').replace(/[:*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, ' ').replace(/\s+/g, ' ').trim();
  return PAIR.test(text) && (FX_HEAD.test(item) || RATE_HEAD.test(item));
}

/** "Revenue" as a carrier's word for the paying passengers or freight it counts: "Revenue Passengers Carried", "revenue ton-miles". */
const PAYING = /\brevenue\s+(?=(?:passengers?|tons?|tonnes?|ton[\s-]miles|passenger[\s-](?:miles|kilometers|kilometres))\b)/i;

/**
 * A product's active users, counted: "Daily Active Uniques", "Monthly active users", "Daily active people", and the
 * abbreviations the industry prints for them, DAU, WAU and MAU (a letter may qualify them: Reddit's "DAUq", Q1 2026,
 * 126.8 million under "(in millions, except percentages and ARPU)"), DAP and MAP (Meta's "people"), closing the line or
 * followed by the part of the users it counts ("DAUq: Global", "Logged-in DAUq: U.S."): "MAP pricing" is no count. People, never money: a line
 * that names money with them ("Revenue per DAU", "ARPU") is not one.
 */
// "Active Buyers" alone counts them too (eBay's supplemental operating data, 1Q23, 133 under "(In millions, except
// percentages)": read as USD millions).
const ACTIVE_PEOPLE_WORDS = /\b(?:(?:daily|weekly|monthly|annual)\s+)?active\s+(?:uniques|users|people|accounts|members|visitors|players|customers|buyers|sellers|listeners|subscribers|riders|merchants)\b(?!\s+(?:receivable|payable))/i;
const ACTIVE_PEOPLE_ABBREVIATION = /(?<![\w$])(?:[DWM]AU|[DM]AP)[a-z]?s?\s*(?:$|[:,]|\s[-–—]\s)/;

/** Whether a line item names a count of a product's active users (its label less parentheses and footnote marks). */
export function namesActivePeople(text: string): boolean {
  const item = text.replace(/\([^()]*\)/g, ' ').replace(/[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!item || MONEY_WORDS.test(item) || MONEY_ABBREVIATION.test(item) || /\bARP\w*\b/.test(item)) return false;
  return ACTIVE_PEOPLE_WORDS.test(item) || ACTIVE_PEOPLE_ABBREVIATION.test(item);
}

/** Whether a line item names a count or volume (its label less parentheses and footnote marks). */
export function namesCount(text: string): boolean {
  const item = text.replace(/\([^()]*\)/g, ' ').replace(/[:*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, ' ').replace(/\s+/g, ' ').trim();
  // "Revenue passengers", "revenue tons": the paying ones, counted; "revenue" is no money of the line there.
  if (!item || MONEY_WORDS.test(item.replace(PAYING, ' '))) return false;
  // Money per unit, and a partnership's units of equity ("Common units", "Limited partners' units"), or a trust's
  // units exchangeable for or redeemable in its own (H&R REIT's "Exchangeable units 166,800" among its liabilities).
  if (/\bper\b|\b(?:common|preferred|subordinated|partners?'?|partnership|limited|restricted|incentive|exchangeable|redeemable|class\s+[a-z])\s+units\b/i.test(item)) return false;
  // Money paid on or for the things named ("Employees' taxes paid upon vesting of restricted stock units", Ultra Clean's
  // statement of cash flows, thousands of dollars): the count noun is what the payment is of, not the line's head.
  if (headNamesMoney(item)) return false;
  if (COUNT_START.test(item)) return true;
  const head = COUNT_HEAD.exec(item);
  // A count noun that is the object of a preposition is no head noun: "Change to the benefit component of
  // options granted to employees" (Delta Galil's cash flow, thousands of dollars) is money given to employees.
  return head !== null && !OBJECT_OF.test(item.slice(0, head.index));
}

/**
 * A caption closed by a colon whose head noun is stores or restaurants heads the count of them, each line under it a
 * kind ("Domestic Retail Stores:" over "Full-line 871", "Specialty 1,109" and "Total Domestic Retail Stores 1,996",
 * Sears' 2004 store count under its dollars in millions). Only a caption: a line so named may be a tenant's category
 * in money ("Grocery Stores", a shopping centre REIT's base rent).
 */
const CAPTION_COUNT_HEAD = /\b(?:stores|restaurants)$/i;

/** Whether a caption (a label-only line closed by a colon: `colon`) names the things its lines count. */
export function captionCounts(text: string, colon: boolean): boolean {
  const item = text.replace(/\([^()]*\)/g, ' ').replace(/[:*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, ' ').replace(/\s+/g, ' ').trim();
  return colon && CAPTION_COUNT_HEAD.test(item) && !MONEY_WORDS.test(item) && !/\b(?:sales|rents?|rental)\b/i.test(item);
}

/**
 * Things a table's title may name as what its figures count, as a reader takes "Global Hubs" or "Membership" over
 * bare whole numbers: places that serve, the people served or employed, the craft and wells worked. Not nouns that
 * also name money or its holders ("Units", "Facilities", "Centers", "Fleet": business units, credit facilities, cost
 * centers, a fleet's value).
 */
const TITLE_COUNTED = new RegExp(
  String.raw`\b(?:stores|shops|restaurants|cafes|outlets|boutiques|locations|sites|doors|hubs|factories|branches|offices|hotels|clinics|warehouses|` +
    String.raw`theat(?:er|re)s|points\s+of\s+(?:access|sale|distribution|presence)|vessels|ships|aircraft|rigs|wells|` +
    String.raw`employees|headcount|associates|members|membership|subscribers|customers|users|franchisees|(?:store|restaurant|unit|door|location|site)\s+counts?)$|` +
    String.raw`^(?:total\s+)?number\s+of\s+(?!(?:weighted\s+)?(?:average\s+)?(?:common\s+|ordinary\s+)?shares\b)`,
  'i',
);

/**
 * Whether a table's title names the things its figures count (its head noun less "(Unaudited)" and what a
 * preposition adds: "Global Points of Access (Unaudited)", "Global Hubs", "Stores by Region"), or a measure in words ("Gross
 * square feet"): with no unit stated, no
 * currency printed and whole numbers alone, its figures are counts, not the release's money (`build-table.ts`).
 */
export function titleCounts(title: string): boolean {
  const words = title.replace(/\([^()]*\)/g, ' ').replace(/[:*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!words || MONEY_WORDS.test(words) || /\b(?:sales|rents?|rental|fees|revenues?|earnings|results)\b/i.test(words)) return false;
  // "Stores by Region", "Membership by line of business", "Employees at year end": the head noun is before the qualifier.
  const head = words.replace(/\s+(?:by|at|in|for|as\s+of)\s+.*$/i, '');
  // Or a measure named in words ("Gross square feet for …", Ulta's store update read as the importer once titled it).
  return TITLE_COUNTED.test(head) || (MEASURE_IN_WORDS.test(head) && !/\bper\b/i.test(head));
}

/** Whether a line's words name money ("Net revenues", "Cost of …", "Proceeds from …", a currency's sign). */
export function namesMoney(text: string): boolean {
  return MONEY_WORDS.test(text) || /\b(?:sales|rents?|rental|fees|revenues?|earnings|income|profit|loss(?:es)?|ebitda|cash|debt|capital|assets?|liabilit(?:y|ies)|equity|spend(?:ing)?|capex)\b/i.test(text);
}

/**
 * What a column's heading counts. "Number of leases", "No. of stores", "# of employees", "Store count" and
 * "Headcount" say so in words; a few nouns name a count alone ("Employees", "Subscribers", "Units"); a noun of
 * things that are also segments or liabilities counts only with the act it counts ("Leases signed", "Stores
 * opened", "Homes closed", "Properties owned"): "Operating leases | Finance leases" heads lease liabilities in
 * dollars, "Stores | Digital" a retailer's sales, "Volume" the volume effect of a price/volume bridge.
 */
const COLUMN_COUNT_WORDS = /^(?:total\s+)?(?:number\s+|(?:no\.?|#)\s+(?=of\s))(?!(?:of\s+)?(?:weighted\s+)?(?:average\s+)?(?:common\s+|ordinary\s+)?shares\b)|\b(?:head)?count$/i;
const COLUMN_COUNT_ALONE = /^(?:total\s+)?(?:headcount|employees|subscribers|units)$/i;
// The act may be dated by the words after it ("Total stores open at beginning of the quarter", "Number of stores closed
// during the quarter", Ulta's store update; read here with "at", "of", "the" and the end's "end" dropped), the period
// itself read apart.
const COLUMN_COUNT_ACT = /\b(?:leases|tenants|stores|restaurants|branches|locations|sites|properties|hotels|rooms|homes|units|vessels|wells|rigs|deliveries|shipments)\s+(?:sold|shipped|delivered|closed|open|opened|signed|renewed|expiring|owned|leased|acquired|in\s+operation|at\s+(?:period|year|quarter)[-\s]end)(?:\s+(?:at|during|as|in|the|beginning|start|end|of|period|quarter|year|month|fiscal))*$/i;

/**
 * Whether a column's heading (its words less the period and unit it states, which drops its "of": "Number leases")
 * names a count: its figures are
 * counts, whatever money the release or table states ("Number of leases" beside "Annual MGR + variable rents
 * (EURm)" in Mercialys' lease schedule). Money words in it ("Number of … per lease", "Rent") make it no count.
 */
export function headsCount(text: string): boolean {
  const item = text.replace(/\([^()]*\)/g, ' ').replace(/[:*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!item || MONEY_WORDS.test(item) || /\b(?:rents?|rental|sales|gains?|losses|charges?)\b/i.test(item)) return false;
  return COLUMN_COUNT_WORDS.test(item) || COLUMN_COUNT_ALONE.test(item) || COLUMN_COUNT_ACT.test(item) || countHeadingScale(text) !== null;
}

/**
 * Whether a column's header states a unit of physical measure or of time in parentheses, as a line states one, and
 * names no money: its figures are counts (Danaos' fleet list, 4Q24: "Vessel Size (TEU)" 13,100 and "Capacity (DWT)"
 * 207,855 were thousands of dollars).
 */
export function headsMeasure(header: string): boolean {
  const words = header.replace(/\([^()]*\)/g, ' ');
  if (MONEY_WORDS.test(words)) return false;
  // Or names the measure in its words, as what its figures are, never what money is per ("Sales per square foot"):
  // Ulta's "Total gross square feet at beginning of the quarter", "Gross square feet for stores opened … during the
  // quarter" (2Q FY2023) were thousands of dollars.
  if (MEASURE_IN_WORDS.test(words) && !namesMoney(words) && !/\bper\s+(?:[a-z]+\s+)?$/i.test(words.slice(0, words.search(MEASURE_IN_WORDS) + 1))) return true;
  return [...header.matchAll(/\(([^()]{1,30})\)/g)].some((m) => MEASURE_NOTE.test(m[1]!.trim()));
}
const MEASURE_IN_WORDS = new RegExp(String.raw`(?:^|\s)(?:total\s+)?(?:(?:gross|net|rentable|leasable|selling|retail)\s+)*${MEASURE}(?=$|[\s,.:])`, 'i');

/**
 * Whether a column's heading (its words less the period it states) names a year as what its figures are: "Year Built",
 * "Expected Delivery Year" (Danaos' fleet list, 4Q24). Where its figures print as years are printed (`printsYear`), they
 * name a year, and measure nothing: 2012 is no $2,012 thousand.
 */
export function headsYears(text: string): boolean {
  const item = text.replace(/\([^()]*\)/g, ' ').replace(/[:*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, ' ').replace(/\s+/g, ' ').trim();
  return /\byear\b/i.test(item) && !MONEY_WORDS.test(item) && !/\b(?:ended|ending|to\s+date|ytd|full|fiscal|prior|current|change|growth|over)\b/i.test(item);
}

/** A figure printed as a year is: four digits, no separator, 1900 to 2099. */
export function printsYear(raw: string): boolean {
  return /^(?:19|20)\d\d$/.test(raw.trim());
}

/**
 * A column heading naming things counted and the scale they are printed in: Apple's "CPU Units k" and "Units k" beside
 * "Rev $m" (3Q FY2004: 361 thousand Macs shipped in the Americas beside $881 million of revenue), "Units (000s)",
 * "Subscribers in thousands". The scale after the noun makes it a count even with a word before it ("CPU"), and a word
 * saying how final the figures are ("Actual") is no word of what they count. The power of ten, or null.
 */
const COLUMN_COUNT_SCALED = /^(?:(?:actual|reported|total)\s+)*(?:[A-Za-z]+\s+)?(?:units|headcount|employees|subscribers|users|customers|members|shipments|deliveries)\s+(?:in\s+)?(?<scale>k|000s?|'000s?|’000s?|thousands?|millions?)$/i;

export function countHeadingScale(text: string): number | null {
  const item = text.replace(/\((?:in\s+)?([^()]*)\)/g, ' $1 ').replace(/[:*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (MONEY_WORDS.test(item)) return null;
  const scale = COLUMN_COUNT_SCALED.exec(item)?.groups?.scale;
  return scale === undefined ? null : scaleOfWord(scale.replace(/^['’]/, ''));
}

/** The preposition a noun at the end of a line item is the object of ("… granted to employees", "Loans to employees"). */
// Its adjectives between ("Net sales from external customers", Watts' segment table, 4Q24: money, not a count of customers).
const OBJECT_OF = /\b(?:to|for|from|by|with|among)\s+(?:the\s+|its\s+|our\s+)?(?:(?!(?:to|for|from|by|with|among)\b)[a-z'’-]+\s+){0,2}$/i;

/** Amounts of money a line item names as its head noun, before what they go to ("Dividends … allocated to …"). */
const MONEY_HEAD = /\b(?:dividends?|earnings|income|distributions?|proceeds|payments?|costs?|expenses?|amounts?|value)\b/i;
/** Words after a head noun that say whom or what it goes to, where "shares" names no count. */
const MODIFIER = /\b(?:allocated|attributable|applicable|available|distributed|paid|payable|declared)\s+(?:to|on|for)\b/i;

/**
 * Whether "shares" in a line item is only in what its head noun goes to, the head naming money: PNC's
 * "Dividends and undistributed earnings allocated to nonvested restricted shares" (6) is net income
 * allocated to those shares, in millions of dollars, no count of them. A row's unit comes from what its
 * figures are, its head noun, not from a word of its label.
 */
function moneyHead(text: string): boolean {
  const m = MODIFIER.exec(text);
  if (!m) return false;
  const head = text.slice(0, m.index);
  return MONEY_HEAD.test(head) && !SHARES.test(head) && !SHARE_COUNT.test(head) && !PER_SHARE.test(head);
}

/**
 * The head of a line item: its words before the first that attaches what it is of, on or for, or what was done with
 * it ("Employees' taxes" of "Employees' taxes paid upon vesting of restricted stock units").
 */
const HEAD_END = /\s(?:of|for|on|upon|from|to|under|related|relating|paid|received|withheld)\b/i;
/** Money paid or received as the head of a line item: taxes, payments, proceeds, dividends, costs. */
const PAID_HEAD = /\b(?:tax(?:es)?|payments?|proceeds|dividends?|distributions?|costs?|expenses?|cash)\b/i;

/**
 * Whether a line item's head names money paid or received, and the shares or units it names are only what the money
 * is paid on or for: "Employees' taxes paid upon vesting of restricted stock units" (850, Ultra Clean's financing
 * activities, 1Q20), "Payments for repurchases of common shares", "Proceeds from issuance of shares". Not a count
 * whose head is the shares ("Shares withheld for taxes"), nor an act on them ("Purchase of treasury shares", a count
 * in a roll-forward of shares, money among amounts: left to the table, `sharesAmongMoney`).
 */
export function headNamesMoney(item: string): boolean {
  const end = HEAD_END.exec(item);
  if (!end) return false;
  const head = item.slice(0, end.index);
  return PAID_HEAD.test(head) && !SHARES.test(head) && !SHARE_COUNT.test(head) && !PER_SHARE.test(head);
}

/** Amounts named by their abbreviations, which no word of MONEY_WORDS spells: "EBITDA (millions)" is money. */
const MONEY_ABBREVIATION = /\b(?:ebitda|ebitdar|ebit|ebt|ffo|affo|noi|capex|opex|eps|gmv|aum|arr)\b/i;

/**
 * The lines of a table that state a scale and no currency where its lines of money state their currency with their
 * scale: Copa's highlights print "Operating Revenues (US$ millions)" and "Net Profit (Loss) (US$ millions)" beside "RPMs
 * (millions)", "ASMs (millions)" and "Fuel Gallons Consumed (millions)". The writer names the currency where the figures
 * are money, so a line stating its scale alone is a count in that scale, unless its words name money.
 */
export function countsByScaleAlone(labels: readonly string[], read: LabelUnits): Set<number> {
  const units = labels.map((l) => read.ofText(l));
  if (!units.some((u) => u.currency !== null && u.scale !== null && (u.kind === null || u.kind === 'money'))) return new Set();
  const out = new Set<number>();
  units.forEach((u, i) => {
    const words = labels[i]!.replace(/\([^()]*\)/g, ' ');
    if (u.kind === null && u.currency === null && u.scale !== null && !u.minor && !MONEY_WORDS.test(words) && !MONEY_ABBREVIATION.test(words)) out.add(i);
  });
  return out;
}

/** The unit a text states (frozen: every row's label asks, twice, and a company's releases print the same labels). */
export function unitOfText(text: string, releaseCurrency: string): Readonly<TextUnit> {
  if (text.length > KEPT_LENGTH) return statedUnit(text, releaseCurrency);
  return stated.get(`${releaseCurrency}\0${text}`, () => Object.freeze(statedUnit(text, releaseCurrency)));
}

/**
 * The unit a row's own label states: as `unitOfText`, and a "%" standing as a word of it, outside parentheses and
 * after no figure, makes its figures percentages as "(%)" does: "Operative EBITDA, %", "EBITDA %, O&G divestment
 * adjusted", "Equity ratio, % at period-end" (Kemira's key figures). Never a caption's: "Selling, General, and
 * Administrative Expense % (SG&A Expense %)" heads Lattice's reconciliation of that percentage, and its word would
 * make the amounts of the next reconciliation percentages where the caption's section stays open.
 */
export function unitOfRowLabel(printed: string, releaseCurrency: string, label?: string): Readonly<TextUnit> {
  const text = withoutRate(printed);
  return rowLabelUnit(text, unitOfText(text, releaseCurrency), label);
}

/**
 * A rate the label prints in parentheses ("Dividends declared ($0.25 per Common Share)", OpenText's changes in equity,
 * 3Q FY24) read out: what the line's figures come to at that rate, money; the rate names no unit of theirs.
 */
function withoutRate(printed: string): string {
  return PRINTED_RATE.test(printed) ? printed.replace(PRINTED_RATES, ' ').replace(/\s+/g, ' ').trim() : printed;
}

/** `unitOfRowLabel` of a label whose rate is read out (`text`), given the unit `text` states. */
function rowLabelUnit(text: string, unit: Readonly<TextUnit>, label?: string): Readonly<TextUnit> {
  // A line its words name a percentage, where the text states no unit: see PERCENT_BY_NAME.
  if (unit.kind === null && unit.currency === null && PERCENT_BY_NAME.some((name) => name.test(text))) return Object.freeze({ ...unit, kind: 'percent' as const });
  // A growth or change in per cent is a percentage of whatever measures the label names: Amcor's "% growth - Adjusted
  // EBITDA, EBIT, Net income and EPS   (11)  (14)  (23)  (21)" is no amount per share for its "EPS" (added to 540
  // of EBITDA by a footing, it was a false mismatch).
  if (unit.kind === 'per-share' && unit.currency === null && GROWTH_PERCENT.test(text.replace(/\([^()]*\)/g, ' '))) return Object.freeze({ ...unit, kind: 'percent' as const });
  // The whole label's closing ", %" when the line item cut it off with its qualifier: Outokumpu's "Return on capital
  // employed, rolling 12 months (ROCE), % (2)", whose line item is "Return on capital employed".
  if (unit.kind !== null || !(PERCENT_WORD.test(text.replace(/\([^()]*\)/g, ' ')) || (label !== undefined && CLOSING_PERCENT.test(label)))) return unit;
  return Object.freeze({ ...unit, kind: 'percent' as const });
}

/**
 * The units a table's labels state, each worked out once a table. Ingest's passes over a table each ask every label
 * again; `stated` keeps labels across tables and releases (a company prints the same ones) but is cleared when full, so
 * a table of more distinct labels than it keeps would have every pass work each out anew (60,000 rows: 600,000 times).
 */
export class LabelUnits {
  readonly #texts = new Map<string, Readonly<TextUnit>>();
  readonly #items = new Map<string, Readonly<TextUnit>>();
  readonly currency: string;

  constructor(currency: string) {
    this.currency = currency;
  }

  /** `unitOfText`'s answer for `text`. */
  ofText(text: string): Readonly<TextUnit> {
    let unit = this.#texts.get(text);
    if (unit === undefined) this.#texts.set(text, (unit = unitOfText(text, this.currency)));
    return unit;
  }

  /** The unit the line item of a row's label states: `unitOfRowLabel` of its `lineItem`. */
  ofItem(label: string): Readonly<TextUnit> {
    let unit = this.#items.get(label);
    if (unit === undefined) {
      const text = withoutRate(lineItem(label));
      this.#items.set(label, (unit = rowLabelUnit(text, this.ofText(text))));
    }
    return unit;
  }

  /** As `ofItem`, and the whole label's closing ", %" makes a percentage (`unitOfRowLabel` given the label). */
  ofRowLabel(label: string): Readonly<TextUnit> {
    const text = withoutRate(lineItem(label));
    return rowLabelUnit(text, this.ofText(text), label);
  }

  /** `ofText` of the line item of a row's label. */
  ofItemText(label: string): Readonly<TextUnit> {
    return this.ofText(lineItem(label));
  }
}

/**
 * A line item naming a return on a base of equity, capital or assets ("Return on average assets", "Return on average
 * tangible common shareholders' equity", "Annualized return on invested capital", "Return on capital employed"). Not the
 * money a pension's assets earn ("Return on plan assets", "Expected return on plan assets"), nor a return of capital.
 */
const RETURN_ON = /^(?:(?:annuali[sz]ed|adjusted|core|operating|underlying|pre-?tax|after-?tax)\s+)*return\s+on\s+(?!plan\b)(?:[\w'’&-]+\s+){0,5}(?:equity|capital|assets)\b/i;

/** "… as a percentage of …", "… as a percent of …", "… as a % of …". */
const AS_PERCENTAGE_OF = /\bas\s+(?:an?\s+)?(?:percentage|percent|%)\s+of\b/i;

/** A quotient of lines the table marks with letters, "(A)/(C)", "(B) / (D)", "(a)÷(b)", printed after a line item. */
const LETTER_QUOTIENT = /\([A-Za-z]\)\s*[/÷]\s*\([A-Za-z]\)(?:\s*\(\w{1,2}\))*\s*$/;

/**
 * One balance over another, named "<capital, equity, loans …> to <assets, loans, deposits …>": U.S. Bancorp's "Tangible
 * common equity to tangible assets (b) 6.8" and "Tangible common equity to risk-weighted assets" under "($ in
 * millions)", after the block of capital ratios printing "%" on its first line only. Not a movement of one into the
 * other ("Reclassification of equity to liabilities", "Transfers of loans to …", "Contributions to …").
 */
const QUOTIENT_OF_BALANCES =
  /^(?!.*\b(?:reclassif|transfer|payment|proceed|contribution|distribution|repayment|advance|conver|issu|sale|purchase|change|adjustment|reconcil)\w*\b)(?:[\w'’&-]+\s+){0,6}(?:equity|capital|loans|deposits|charge-?offs|allowance(?:\s+for\s+[\w\s-]+?)?|reserves?|(?:nonperforming|non-performing)\s+\w+|NPAs?|debt|borrowings)\s+to\s+(?:(?:average|total|tangible|adjusted|gross|net|period-end|ending|risk-weighted|risk\s+weighted)\s+)*(?:assets|loans(?:\s+and\s+leases)?|deposits|equity|capital|RWAs?)(?:\s+ratio)?\s*(?:,|\(|$)/i;

/**
 * Lines whose words name a percentage, printed with "%" or not, where the text states no unit of its own:
 * - a return on equity, capital or assets: Bank of America prints "Return on average allocated capital (1) 32" bare
 *   beside "Net interest yield 2.44%" (no $32 million, nor a sum);
 * - a quotient of lines the table letters, a ratio of two amounts: Wells Fargo prints "Tier 1 capital to total RWAs
 *   (B)/(D) 12.9" and "… (ROTCE) (annualized) (A)/(C) 15.3" under its dollars in millions, the first line of each block
 *   alone printing "%" (a quotient per share says so: "Book value per common share (A)/(C)" states a unit);
 * - one amount taken as a percentage of another: U.S. Bancorp's "Allowance for credit losses as a percentage of
 *   Period-end loans 1.97" under "($ in millions)";
 * - one balance over another (QUOTIENT_OF_BALANCES).
 */
const PERCENT_BY_NAME: readonly RegExp[] = [RETURN_ON, LETTER_QUOTIENT, AS_PERCENTAGE_OF, QUOTIENT_OF_BALANCES];

const CLOSING_PERCENT = /,\s*%\s*(?:\(\w{1,2}\)\s*)*$/;

/** A rate in parentheses: an amount in a currency per share or unit ("($0.25 per Common Share)", "(€1.20 per share)"). */
const PRINTED_RATE = /\(\s*(?:[$€£¥]|[A-Z]{1,3}\$|[A-Z]{3}\s)\s?\d[\d,]*(?:\.\d+)?\s+per\s+[^()]*\)/;
const PRINTED_RATES = new RegExp(PRINTED_RATE.source, 'g');

const GROWTH_PERCENT = /(?:^|\s)%\s*(?:growth|change)\b/i;

const PERCENT_WORD = /(?<![\d.]\s*)(?:^|[\s,])%(?=$|[\s,*])/;

const KEPT_LENGTH = 200;
const stated = new Kept<Readonly<TextUnit>>(20_000);

/**
 * A unit statement's exception: the rows it names are not what the statement covers, and say nothing of the
 * rows under it. "(Expressed in United States Dollars, except number of shares)" heads Imperial Petroleum's
 * reconciliation, whose amounts are dollars; the counts of shares are read so by their own labels.
 */
const EXCEPTION = /,?\s*\bexcept(?:\s+for)?\b[^()]*(?=\)\s*$)/i;

function statedUnit(text: string, releaseCurrency: string): TextUnit {
  const out: TextUnit = { kind: null, currency: null, scale: null, minor: MINOR.test(text), shareCount: false };
  if (NUMERATOR.test(text)) return { ...out, kind: 'money', governs: true };
  if (DENOMINATOR.test(text)) return { ...out, kind: 'shares', shareCount: true, governs: true };
  const item = /^\s*\(/.test(text) ? text.replace(EXCEPTION, '') : text;
  if (TRUST_UNITS.test(item)) out.kind = 'shares', out.shareCount = SHARE_COUNT.test(item);
  else if (PER_TRUST_UNIT.test(item)) out.kind = 'per-share';
  else if (namesCount(item)) {
    out.kind = 'count';
    if (/\d/.test(item.replace(/\([^()]*\)/g, ' '))) out.sized = true;
  }
  else if (namesActivePeople(item)) {
    out.kind = 'count';
    out.people = true;
  }
  else if (namesPair(item)) out.rate = out.pair = true;
  else if (namesRate(item)) out.rate = true;
  else if (SHARES.test(item.replace(PER_SHARES, ' ')) && (moneyHead(item) || headNamesMoney(item))) out.kind = 'money';
  else if (SHARES.test(item.replace(PER_SHARES, ' '))) {
    out.kind = 'shares';
    out.shareCount = SHARE_COUNT.test(item);
  }
  else if (DENOMINATOR_FOR.test(item)) {
    out.kind = 'shares';
    out.shareCount = true;
  }
  else if (FOR_PER_SHARE.test(item)) out.kind = 'money';
  else if (PER_SHARE.test(item) || PER_NAMED_SHARE.test(item) || (out.minor && MINOR_PER_SHARE.test(item.replace(MINOR, ' ')))) out.kind = 'per-share';
  else if (out.minor) out.kind = 'per-unit';
  else if (AVERAGE_PER_UNIT.test(item)) out.kind = 'per-unit';
  else if (TURNS.test(item)) out.kind = 'ratio';
  else if (DAYS_OF.test(item) || YEARS_TO.test(item.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim()) || DAYS_ABBREVIATION.test(item) || HEAD_DAYS.test(item.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim())) out.kind = 'count';
  for (const m of text.matchAll(/\(([^()]{1,30})\)/g)) {
    const inner = m[1].trim();
    if (/^%$|^percent(?:age)?s?$|^in\s+%$/i.test(inner)) out.kind ??= 'percent';
    else if (COUNT_SIGN.test(inner)) {
      // "(#)", "(# in thousands)", "(# in millions)": a number of things, in that scale (JPMorgan's "Mobile active
      // customers (# in millions)").
      const scale = COUNT_SIGN.exec(inner)!.groups!.scale;
      if (out.kind !== null && out.kind !== 'count') continue;
      out.kind = 'count';
      if (scale) out.scale ??= scaleOfWord(scale);
    }
    else if (/^(?:bps?|basis\s+points)$/i.test(inner)) out.kind ??= 'basis-points';
    else if (/^(?:pts|ppts?|pp|percentage\s+points)$/i.test(inner)) out.kind ??= 'percentage-points';
    else if (SCALED_SHARES.test(inner)) {
      // "(in thousand shares)", "(thousands of shares)", "(shares in millions)": share counts in that scale.
      const unit = readHeaderUnit(inner, releaseCurrency);
      if (unit.scale === null) continue;
      out.kind = 'shares';
      out.shareCount = true;
      out.scale ??= unit.scale;
    } else if (PER_MEASURE_NOTE.test(inner)) {
      const { cur, measure } = PER_MEASURE_NOTE.exec(inner)!.groups!;
      if (out.kind === null) {
        out.kind = 'per-unit';
        out.per = measureName(measure!);
      }
      out.currency ??= /^dollars?$/i.test(cur) ? readHeaderUnit('$', releaseCurrency).currency : readHeaderUnit(cur, releaseCurrency).currency;
      out.scale ??= 0;
    } else if (PER_MEASURE_ONLY.test(inner)) {
      // "(per lb)", "(per tonne)": money per unit of a measure, in the release's currency, printed in units.
      if (out.kind === null) {
        out.kind = 'per-unit';
        out.per = measureName(PER_MEASURE_ONLY.exec(inner)!.groups!.measure!);
      }
      out.scale ??= 0;
    } else if (MEASURE_NOTE.test(inner)) {
      const scale = MEASURE_NOTE.exec(inner)!.groups!.scale;
      if (out.kind !== null && out.kind !== 'count') continue;
      out.kind = 'count';
      if (scale) out.scale ??= scaleOfWord(scale.replace(/^['’]/, '').replace(/^000s$/i, '000'));
    } else if (SCALED_COUNT.test(inner)) {
      out.kind = 'count';
      out.scale ??= scaleOfWord(SCALED_COUNT.exec(inner)![1].replace(/^'/, ''));
    } else {
      const unit = readHeaderUnit(inner, releaseCurrency);
      // "(in '000s of US$)": the scale's quote and "of" are no other words.
      if (unit.rest.replace(/[\s,;'’]+|\b(?:in|of)\b/gi, '') !== '') continue;
      out.currency ??= unit.currency;
      out.scale ??= unit.scale;
    }
  }
  // Accounts counted in a scale the line states with no currency: Bank of America's "New accounts (in thousands)" 940
  // under its dollars in millions (accounts with no scale of their own may be balances: "Savings accounts").
  if (out.kind === null && out.currency === null && out.scale !== null && COUNTED_ACCOUNTS.test(item.replace(/\([^()]*\)/g, ' ').trim()) && !MONEY_WORDS.test(item.replace(/\([^()]*\)/g, ' '))) out.kind = 'count';
  // A count's scale after a comma closing the label: Outokumpu's "Stainless steel deliveries, 1000 tonnes" (422 is 422,000 tonnes).
  const tail = TRAILING_COUNT_SCALE.exec(item);
  if (tail && (out.kind === null || out.kind === 'count') && out.scale === null) {
    out.kind = 'count';
    out.scale = /^1[,.\s]?000[,.\s]?000$|^millions?$/i.test(tail[1]!) ? 6 : 3;
  }
  // Money per unit of a measure or time written into the line: Danaos' "Time Charter Equivalent US$/per day".
  const inline = out.kind === null ? PER_MEASURE_INLINE.exec(item.replace(/\([^()]*\)/g, ' ')) : null;
  if (inline) {
    out.kind = 'per-unit';
    out.per = measureName(inline.groups!.measure!);
    out.currency ??= readHeaderUnit(inline.groups!.cur!, releaseCurrency).currency;
    out.scale ??= 0;
  }
  // Money per unit of a measure ("Operating netback per BOE"; not "Barrels per day"), where the line states no other unit.
  const per = out.kind === null ? PER_MEASURE_ITEM.exec(item.replace(/\([^()]*\)/g, ' ')) : null;
  if (per && !ENDS_IN_MEASURE.test(per.groups!.what) && !/^\s*$/.test(per.groups!.what) && (per.groups!.measure !== undefined || MONEY_WORDS.test(per.groups!.what))) {
    out.kind = 'per-unit';
    out.per = measureName(per.groups!.measure ?? per.groups!.time!);
    out.scale ??= 0;
  }
  // A share's price, or a multiple, where nothing else states the line's unit.
  const bare = item.replace(/\([^()]*\)/g, ' ').replace(/[:*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (out.kind === null && out.currency === null && out.scale === null && SHARE_PRICE.test(bare)) out.kind = 'per-share';
  if (out.kind === null && out.currency === null && out.scale === null && (MULTIPLE.test(bare) || DEBT_QUOTIENT.test(bare))) out.kind = 'ratio';
  // A volume stated in money is money: "Average daily volume ($ billions)", "Loan volume (in millions of dollars)".
  if (out.kind === 'count' && (out.currency || /\b(?:dollars?|euros?|pounds?)\b|[$£€¥]/i.test(text))) out.kind = null;
  return out;
}

/**
 * The kind of a figure. The printed value decides first (%, BPS, pts, 24.5c); then a column
 * that holds notes or percentages ("Note", "% of total", "%"); then the row's own label ("… per
 * share" is money per share unless it counts "shares"; "(%)"); then the innermost section that
 * says either; otherwise money.
 */
export function inferKind(label: TextUnit, sections: TextUnit[], hint: UnitHint | null, column: { percent: boolean; reference: boolean; count?: boolean }): UnitKind {
  if (hint === 'minor-currency') return label.kind === 'shares' ? 'money' : 'per-share';
  if (hint) return hint;
  if (column.reference) return 'reference';
  if (column.percent) return 'percent';
  // A column headed "Number of leases" counts whatever its row is ("2025", "Total"), unless the row's own words
  // say its figures are something else per unit ("Average rent per lease", "% of total").
  if (column.count && (label.kind === null || label.kind === 'money' || label.kind === 'count')) return 'count';
  // "Basic earnings per share" under "Weighted average shares used for computation of:" counts shares.
  const innermost = sections.findLast((s) => s.kind);
  // Under "Account size ARPU" the lines name what the average is per ("1 to 100 units $ 12.01"): per unit. A line that
  // names things counted with no size is their count ("Service rig fleet" printed on under Precision Drilling's
  // "Operating costs per utilization day:").
  if (innermost?.kind === 'per-unit' && (label.kind === null || (label.kind === 'count' && label.sized))) return 'per-unit';
  if (label.kind === 'per-share' && innermost?.shareCount && !innermost.governs) return 'shares';
  // A line in cents naming nothing it is per, under a caption per share: per share ("Post-split - Cents" under FosRich's
  // "Earning per stock unit:"), never per a unit sold.
  if (label.minor && label.kind === 'per-unit' && label.per === undefined && innermost?.kind === 'per-share') return 'per-share';
  // Under "Numerator" or "Denominator" the caption says what the lines are; a per-share line after them ("EPS - Basic") is per share.
  if (innermost?.governs && label.kind !== 'per-share') return innermost.kind!;
  if (label.kind) return label.kind;
  // A line stating a currency is no count, whatever its section counts: "Less: Voyage Expenses (in '000s of US$)"
  // printed on under Danaos' "Less Off-hire Days:" is thousands of dollars.
  if (label.currency !== null && innermost?.kind === 'count') return 'money';
  for (let i = sections.length - 1; i >= 0; i--) if (sections[i].kind) return sections[i].kind!;
  return 'money';
}

/** The Unit of a kind in a currency: money is its ISO code ('USD'), money per share 'USD/share', per thing counted 'USD/unit'. */
export function unitOf(kind: UnitKind, currency: string, per?: string | null): Unit {
  if (kind === 'per-unit' && per) return `${currency}/${per}`;
  if (kind === 'money') return currency;
  if (kind === 'per-share') return `${currency}/share`;
  if (kind === 'per-unit') return `${currency}/unit`;
  return kind;
}

/**
 * Printed units: money and shares follow the scale in force; per-share money, percentages,
 * points and counts are printed in units (cents: -2), counts unless their own words state a
 * scale ("Sales volumes (thousands of tons)": `countScale` 3).
 */
export function scaleOfKind(kind: UnitKind, scale: number, minor: boolean, countScale: number | null = null): number {
  if (minor) return -2;
  if (kind === 'count') return countScale ?? 0;
  return kind === 'money' || kind === 'shares' ? scale : 0;
}
