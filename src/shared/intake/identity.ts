import { z } from 'zod';
import { optionalText, stateCode, textLimits } from '../schemas/text';
import { factDate } from './fieldTypes';

// The restricted PersonIdentity (SPEC §1.1: "Personal data is split into a restricted
// PersonIdentity and a pseudonymous Person. The engine reads Person only."). Shown only on an
// explicit reveal, which is itself recorded in the audit log (SPEC §4.4: every read is logged).

export const IDENTITY_FIELDS = [
  { key: 'fullName', column: 'full_name', label: 'Full name, as given' },
  { key: 'otherNames', column: 'other_names', label: 'Other names and spellings' },
  { key: 'dateOfBirth', column: 'date_of_birth', label: 'Date of birth' },
  { key: 'placeOfBirth', column: 'place_of_birth', label: 'Place of birth' },
  { key: 'documentType', column: 'document_type', label: 'Identity document' },
  { key: 'documentNumber', column: 'document_number', label: 'Document number' },
  { key: 'documentIssuer', column: 'document_issuer', label: 'Issuing state (ISO alpha-3)' },
  { key: 'notes', column: 'notes', label: 'Identity notes' },
] as const;
export type IdentityKey = (typeof IDENTITY_FIELDS)[number]['key'];

const text = (max: number) => optionalText(max).nullable().optional();

/** What an update may set; null or an empty string clears a field. */
export const identityValuesSchema = z.strictObject({
  fullName: text(textLimits.name),
  otherNames: text(textLimits.line),
  dateOfBirth: factDate.nullable().optional(),
  placeOfBirth: text(textLimits.name),
  documentType: text(textLimits.name),
  documentNumber: text(100),
  documentIssuer: stateCode.nullable().optional(),
  notes: text(textLimits.paragraph),
});
export type IdentityValues = z.infer<typeof identityValuesSchema>;

/** What anyone may see without revealing: which fields hold something, never their content. */
export type IdentityStatus = {
  personId: number;
  personRef: string | null;
  filled: IdentityKey[];
  hasPhoto: boolean;
};

export type RevealedIdentity = IdentityStatus & {
  values: Record<IdentityKey, string | null>;
  /** `data:` URL of the photo (CSP allows data: images), after its hash was checked. */
  photo: string | null;
  revealedAt: string;
};
