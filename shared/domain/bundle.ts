/**
 * The case-file bundle contract `pingcha-case/1` (shared/design/bundle-format.md) as one zod
 * schema. The importer validates every case.json with it; a JSON Schema for users is
 * generated from it (`pingcha schema bundle`).
 */
import { z } from 'zod';
import { DOCUMENT_TYPES } from './documentTypes.ts';

export const BUNDLE_FORMAT = 'pingcha-case/1';

export const CASE_TYPES = ['penalty', 'inspection', 'enforcement'] as const;
export const PROCEDURES = ['general', 'simple'] as const;
export const CASE_SOURCES = ['inspection', 'complaint', 'referral', 'assigned', 'other'] as const;
export const PARTY_TYPES = ['individual', 'organization', 'individual_business'] as const;
export const PENALTY_KINDS = ['warning', 'fine', 'confiscation', 'suspension', 'revocation', 'other'] as const;

export type CaseType = (typeof CASE_TYPES)[number];
export type Procedure = (typeof PROCEDURES)[number];
export type PartyType = (typeof PARTY_TYPES)[number];

export const ISO_DATE_MESSAGE = 'must be a date written YYYY-MM-DD';

/** A calendar date `YYYY-MM-DD` that really exists (2023-02-30 is refused). */
export const isoDate = z.string().refine(
  (value) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  },
  { message: ISO_DATE_MESSAGE },
);

const optionalDate = isoDate.nullable().optional();

/** Relative, `/`-separated, inside the bundle. The importer re-checks after resolving. */
export const bundlePath = z
  .string()
  .min(1)
  .refine((p) => !p.startsWith('/') && !/^[a-zA-Z]:/.test(p) && !p.includes('\\'), {
    message: 'must be a relative path written with /',
  })
  .refine((p) => !p.split('/').some((part) => part === '..'), { message: 'must not leave the bundle (..)' });

export const officerSchema = z.object({
  name: z.string().min(1),
  certificateNo: z.string().min(1).nullable().optional(),
  certificateValidUntil: optionalDate,
  role: z.string().nullable().optional(),
});

export const partySchema = z.object({
  type: z.enum(PARTY_TYPES),
  name: z.string().min(1),
  idNumber: z.string().nullable().optional(),
  address: z.string().nullable().optional(),
});

export const DATE_KEYS = [
  'violation',
  'discovered',
  'filed',
  'noticeServed',
  'statementDeadline',
  'hearingRequested',
  'hearingNoticeServed',
  'hearingHeld',
  'legalReview',
  'collectiveDiscussion',
  'decided',
  'delivered',
  'paid',
  'closed',
  'published',
  // Extensions (backward compatible): inspections and compulsory measures, unpaid fines.
  'inspected',
  'measureStarted',
  'measureEnded',
  'demandServed',
] as const;
export type DateKey = (typeof DATE_KEYS)[number];

export const datesSchema = z
  .object(Object.fromEntries(DATE_KEYS.map((k) => [k, optionalDate])) as Record<DateKey, typeof optionalDate>)
  .partial();

export const FLAG_KEYS = [
  'hearingRequested',
  'hearingWaived',
  'legalReviewRequired',
  'collectiveDiscussionRequired',
  'firstViolation',
  'referredForCrime',
] as const;
export type FlagKey = (typeof FLAG_KEYS)[number];

export const flagsSchema = z
  .object(
    Object.fromEntries(FLAG_KEYS.map((k) => [k, z.boolean().nullable().optional()])) as Record<
      FlagKey,
      z.ZodOptional<z.ZodNullable<z.ZodBoolean>>
    >,
  )
  .partial();

export const bundleDocumentSchema = z.object({
  file: bundlePath,
  /** Unknown values import as `other` with a warning, so any string is accepted here. */
  type: z.string().min(1),
  title: z.string().nullable().optional(),
  date: optionalDate,
  pages: z.number().int().positive().nullable().optional(),
});

export const caseBundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  caseNumber: z.string().trim().min(1),
  caseType: z.enum(CASE_TYPES).default('penalty'),
  procedure: z.enum(PROCEDURES).nullable().optional(),
  agency: z.string().nullable().optional(),
  unit: z.string().nullable().optional(),
  sector: z.string().nullable().optional(),
  cause: z.string().nullable().optional(),
  source: z.enum(CASE_SOURCES).nullable().optional(),
  party: partySchema.nullable().optional(),
  officers: z.array(officerSchema).default([]),
  legalBasis: z
    .object({ violated: z.string().nullable().optional(), penalty: z.string().nullable().optional() })
    .nullable()
    .optional(),
  penalty: z
    .object({
      kinds: z.array(z.enum(PENALTY_KINDS)).default([]),
      fineYuan: z.number().nonnegative().nullable().optional(),
      confiscationYuan: z.number().nonnegative().nullable().optional(),
    })
    .nullable()
    .optional(),
  flags: flagsSchema.default({}),
  dates: datesSchema.default({}),
  documents: z.array(bundleDocumentSchema).min(1),
});

export type CaseBundle = z.infer<typeof caseBundleSchema>;
export type CaseBundleInput = z.input<typeof caseBundleSchema>;
export type BundleDocument = z.infer<typeof bundleDocumentSchema>;
export type Officer = z.infer<typeof officerSchema>;
export type CaseDates = z.infer<typeof datesSchema>;
export type CaseFlags = z.infer<typeof flagsSchema>;

export const KNOWN_DOCUMENT_TYPES: readonly string[] = DOCUMENT_TYPES;

/**
 * Turns a zod issue path into the JSON path a reviewer can find in case.json,
 * e.g. `documents[2].file` or `party.name`.
 */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}
