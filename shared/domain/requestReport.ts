import { z } from 'zod';
import { requestChannels, requestStatuses, type RequestChannel, type RequestStatus } from './request';
import { countWorkingDaysBetween } from './requestDeadline';

/**
 * Laporan Layanan Informasi Publik (Perki 1/2021): a year's requests, answers, objections and disputes,
 * as counts only — no requester's personal data ever enters it.
 */

const text = (max: number) => z.string().trim().max(max, { message: 'v.tooLong' });

export const reportNarrativeSchema = z.object({ kebijakan: text(20000), kendala: text(20000), rekomendasi: text(20000) }).strict();
export type ReportNarrative = z.infer<typeof reportNarrativeSchema>;

const count = z.number().int().nonnegative();

export const annualReportSchema = z.object({
  year: z.number().int(),
  total: count,
  /** Per channel, twelve monthly counts (January first). */
  byChannel: z.array(z.object({ channel: z.enum(requestChannels), months: z.array(count).length(12), total: count })),
  byMonth: z.array(count).length(12),
  byStatus: z.array(z.object({ status: z.enum(requestStatuses), count })),
  answered: count,
  /** Working days from receipt to the answer. */
  medianWorkingDays: z.number().nullable(),
  withinTen: count,
  withinSeventeen: count,
  extended: count,
  groundsCited: z.array(z.object({ code: z.string(), count })),
  objections: z.object({ total: count, pending: count, outcomes: z.array(z.object({ outcome: z.string(), count })) }),
  disputes: z.object({ total: count, mediasi: count, ajudikasi: count, outcomes: z.array(z.object({ outcome: z.string(), count })) }),
  narrative: reportNarrativeSchema,
  narrativeVersion: z.number().int().nonnegative(),
});
export type AnnualReport = z.infer<typeof annualReportSchema>;

export interface ReportRequestRow {
  channel: RequestChannel;
  status: RequestStatus;
  receivedOn: string;
  answeredOn: string | null;
  extended: boolean;
}

function tally<T extends string>(values: readonly T[]): { key: T; count: number }[] {
  const map = new Map<T, number>();
  for (const v of values) map.set(v, (map.get(v) ?? 0) + 1);
  return [...map.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key, n]) => ({ key, count: n }));
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The report's figures from the year's rows; pure, so the PDF, the XLSX and the screen show the same numbers. */
export function buildAnnualReport(input: {
  year: number;
  requests: readonly ReportRequestRow[];
  groundCodes: readonly string[];
  objectionOutcomes: readonly (string | null)[];
  disputes: readonly { stage: 'mediasi' | 'ajudikasi'; outcome: string | null }[];
  holidays: ReadonlySet<string>;
  narrative: ReportNarrative;
  narrativeVersion: number;
}): AnnualReport {
  const monthOf = (date: string) => Number(date.slice(5, 7)) - 1;
  const byMonth = Array.from({ length: 12 }, () => 0);
  const byChannel = requestChannels.map((channel) => ({ channel, months: Array.from({ length: 12 }, () => 0), total: 0 }));
  for (const r of input.requests) {
    const m = monthOf(r.receivedOn);
    byMonth[m] = (byMonth[m] ?? 0) + 1;
    const c = byChannel.find((x) => x.channel === r.channel);
    if (c) {
      c.months[m] = (c.months[m] ?? 0) + 1;
      c.total += 1;
    }
  }
  const times = input.requests
    .filter((r) => r.answeredOn !== null)
    .map((r) => countWorkingDaysBetween(r.receivedOn, r.answeredOn ?? r.receivedOn, input.holidays));
  return {
    year: input.year,
    total: input.requests.length,
    byChannel,
    byMonth,
    byStatus: requestStatuses.map((status) => ({ status, count: input.requests.filter((r) => r.status === status).length })),
    answered: times.length,
    medianWorkingDays: median(times),
    withinTen: times.filter((t) => t <= 10).length,
    withinSeventeen: times.filter((t) => t <= 17).length,
    extended: input.requests.filter((r) => r.extended).length,
    groundsCited: tally(input.groundCodes).map(({ key, count: n }) => ({ code: key, count: n })),
    objections: {
      total: input.objectionOutcomes.length,
      pending: input.objectionOutcomes.filter((o) => o === null).length,
      outcomes: tally(input.objectionOutcomes.filter((o): o is string => o !== null)).map(({ key, count: n }) => ({
        outcome: key,
        count: n,
      })),
    },
    disputes: {
      total: input.disputes.length,
      mediasi: input.disputes.filter((d) => d.stage === 'mediasi').length,
      ajudikasi: input.disputes.filter((d) => d.stage === 'ajudikasi').length,
      outcomes: tally(input.disputes.map((d) => d.outcome ?? 'proses')).map(({ key, count: n }) => ({ outcome: key, count: n })),
    },
    narrative: input.narrative,
    narrativeVersion: input.narrativeVersion,
  };
}

/** The two register books a PPID keeps (Perki 1/2021): requests and objections. */
export const registerBooks = ['permohonan', 'keberatan'] as const;
export const registerBookSchema = z.enum(registerBooks);
export type RegisterBookKind = z.infer<typeof registerBookSchema>;
