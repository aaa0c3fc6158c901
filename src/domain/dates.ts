// Whether an ISO 8601 date or date-time names a moment that exists. Date.parse does not say:
// V8 reads "2024-02-30" as 1 March and "2024-04-31" as 1 May.

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
const daysIn = (y: number, m: number) => (m === 2 && leap(y) ? 29 : DAYS[m - 1]!)

/**
 * Why a string that looks like `YYYY-MM-DD` (optionally `THH:MM[:SS[.fff]][Z|±HH:MM]`) names no real
 * date or time, or null when it does (or when it does not start with a date at all: the shape is
 * the schema's business). Examples: "2024-02-30" → "February 2024 has 29 days"; "2024-13-01" →
 * "there is no month 13"; "2024-01-01T24:00" → "there is no hour 24".
 */
export function dateProblem(s: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-](\d{2}):?(\d{2}))?)?/.exec(s)
  if (!m) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (month < 1 || month > 12) return `there is no month ${month}`
  if (day < 1 || day > daysIn(year, month)) return `${MONTHS[month - 1]} ${year} has ${daysIn(year, month)} days`
  if (m[4] !== undefined && Number(m[4]) > 23) return `there is no hour ${Number(m[4])}`
  if (m[5] !== undefined && Number(m[5]) > 59) return `there is no minute ${Number(m[5])}`
  if (m[6] !== undefined && Number(m[6]) > 59) return `there is no second ${Number(m[6])}`
  if (m[7] !== undefined && (Number(m[7]) > 23 || Number(m[8]) > 59)) return `there is no UTC offset ${m[7]}:${m[8]}`
  return null
}
