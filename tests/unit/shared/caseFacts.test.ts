// The zod schema of the engine input must agree with the canonical JSON Schema
// (src/main/data/case-facts.schema.json): same properties, same required lists, same enums, strict
// objects everywhere; and every golden file's facts must parse.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as enums from '../../../src/shared/caseFacts/enums';
import { caseFactsSchema, formatIssues, toJsonPath } from '../../../src/shared/caseFacts';
import { loadGoldenCases } from '../../support/golden';

type Json = Record<string, unknown>;

const jsonSchema = JSON.parse(
  readFileSync(join(__dirname, '../../../src/main/data/case-facts.schema.json'), 'utf8'),
) as Json;
const defs = jsonSchema.$defs as Record<string, Json>;

const resolve = (node: Json): Json => {
  let n = node;
  while (typeof n.$ref === 'string') {
    const name = n.$ref.replace('#/$defs/', '');
    const target = defs[name];
    if (target === undefined) throw new Error(`unresolved ${n.$ref}`);
    n = target;
  }
  return n;
};

/** Zod renders `T | null` as anyOf [T, null]; the JSON Schema as type: [T, "null"]. */
const unwrapNull = (node: Json): { node: Json; nullable: boolean } => {
  const anyOf = node.anyOf as Json[] | undefined;
  if (anyOf !== undefined && anyOf.length === 2 && anyOf.some((x) => x.type === 'null')) {
    return { node: anyOf.find((x) => x.type !== 'null') as Json, nullable: true };
  }
  return { node, nullable: false };
};

const compare = (jsonNode: Json, zodNode: Json, path: string, seen: string[]): void => {
  const j = resolve(jsonNode);
  const { node: zn, nullable } = unwrapNull(zodNode);
  const jType = j.type;
  const jNullable = Array.isArray(jType) && jType.includes('null');
  expect(nullable, `${path} nullable`).toBe(jNullable);
  const baseType: unknown = Array.isArray(jType)
    ? (jType as unknown[]).find((t) => t !== 'null')
    : jType;
  if (j.enum !== undefined) {
    expect(zn.enum, `${path} enum`).toEqual(j.enum);
  }
  if (typeof j.pattern === 'string') expect(zn.pattern, `${path} pattern`).toBe(j.pattern);
  if (j.format === 'date-time') expect(zn.format, `${path} format`).toBe('date-time');
  if (typeof j.minimum === 'number') expect(zn.minimum, `${path} minimum`).toBe(j.minimum);
  if (baseType !== undefined) expect(zn.type, `${path} type`).toBe(baseType);
  seen.push(path);
  if (baseType === 'object') {
    const jp = (j.properties ?? {}) as Record<string, Json>;
    const zp = (zn.properties ?? {}) as Record<string, Json>;
    expect(Object.keys(zp).sort(), `${path} properties`).toEqual(Object.keys(jp).sort());
    expect([...((zn.required as string[]) ?? [])].sort(), `${path} required`).toEqual(
      [...((j.required as string[]) ?? [])].sort(),
    );
    expect(zn.additionalProperties, `${path} additionalProperties`).toBe(false);
    expect(j.additionalProperties, `${path} additionalProperties (JSON)`).toBe(false);
    for (const key of Object.keys(jp))
      compare(jp[key] as Json, zp[key] as Json, `${path}.${key}`, seen);
  }
  if (baseType === 'array') {
    compare(j.items as Json, zn.items as Json, `${path}[]`, seen);
  }
};

describe('caseFactsSchema agrees with case-facts.schema.json', () => {
  const zodJson = z.toJSONSchema(caseFactsSchema) as Json;

  it('has the same structure, required lists, enums, patterns and strictness at every level', () => {
    const seen: string[] = [];
    compare(jsonSchema, zodJson, '$', seen);
    // Every field of the JSON Schema was visited (sanity check on the walker itself).
    expect(seen.length).toBeGreaterThan(150);
  });

  it('exports every enumeration of the JSON Schema as a const tuple with the same values', () => {
    const pairs: [string, readonly string[]][] = [
      ['Tri', enums.TRI],
      ['PremisesType', enums.PREMISES_TYPES],
      ['RelationsStatus', enums.RELATIONS_STATUSES],
      ['ArrivalMode', enums.ARRIVAL_MODES],
      ['Pursuer', enums.PURSUERS],
      ['HarmType', enums.HARM_TYPES],
      ['Perpetrator', enums.PERPETRATORS],
      ['Destination', enums.DESTINATIONS],
      ['ConventionGround', enums.CONVENTION_GROUNDS],
      ['HostActionType', enums.HOST_ACTION_TYPES],
      ['OffenceClass', enums.OFFENCE_CLASSES],
      ['ProcessIntegrity', enums.PROCESS_INTEGRITIES],
      ['ConductFromPremises', enums.CONDUCTS],
      ['EvidenceKind', enums.EVIDENCE_KINDS],
      ['EvidenceGrade', enums.EVIDENCE_GRADES],
      ['Instrument', enums.INSTRUMENTS],
      ['Role', enums.ROLES],
    ];
    for (const [name, values] of pairs) expect(values, name).toEqual(defs[name]?.enum);
    const prop = (def: string, key: string) =>
      (defs[def]?.properties as Record<string, Json>)[key] ?? {};
    expect(enums.PREMISES_AREAS).toEqual(prop('Mission', 'premises_area').enum);
    expect(enums.RESIDENCE_STATUSES).toEqual(prop('Person', 'residence_status_in_host').enum);
    expect(enums.AGE_BANDS).toEqual(prop('Person', 'age_band').enum);
    expect(enums.VULNERABILITIES).toEqual((prop('Person', 'vulnerabilities').items as Json).enum);
    expect(enums.PROFILES).toEqual((prop('Person', 'profile').items as Json).enum);
    expect(enums.RELATIONSHIPS).toEqual(prop('Dependant', 'relationship').enum);
    expect(enums.CONNECTING_LINKS).toEqual(
      (prop('ControlFacts', 'connecting_links_to_sending_state').items as Json).enum,
    );
    expect(enums.ASSURANCE_RELIABILITIES).toEqual(prop('AssuranceAssessment', 'reliability').enum);
    expect(enums.FLAGRANT_DENIAL_CATEGORIES).toEqual(
      prop('RiskClaim', 'flagrant_denial_category').enum,
    );
    expect(enums.PRETEXT_INDICATORS).toEqual(
      (prop('HostStateAction', 'pretext_indicators').items as Json).enum,
    );
    expect(enums.EXIT_ROUTES).toEqual(prop('Urgency', 'exit_route').enum);
    expect(enums.CONFIDENTIALITIES).toEqual(prop('EvidenceItem', 'confidentiality').enum);
    const scr = (jsonSchema.properties as Record<string, Json>).safe_conduct_requests as Json;
    expect(enums.SAFE_CONDUCT_ANSWERS).toEqual(
      ((scr.items as Json).properties as Record<string, Json>).answer?.enum,
    );
  });
});

describe('golden facts', () => {
  it.each(loadGoldenCases().map((g) => [g.id, g.facts] as const))('%s parses', (_id, facts) => {
    const r = caseFactsSchema.safeParse(facts);
    expect(r.success ? [] : formatIssues(r.error)).toEqual([]);
  });
});

describe('validation details', () => {
  const minimal = {
    mission: { premises_type: 'EMBASSY_CHANCERY', sending_state: 'AAX', receiving_state: 'BBX' },
    legal_context: { sending_state_parties: [] },
  };

  it('accepts the minimal document (mission + legal_context)', () => {
    expect(caseFactsSchema.safeParse(minimal).success).toBe(true);
  });

  it('rejects unknown keys at every level, naming the key', () => {
    const r = caseFactsSchema.safeParse({
      ...minimal,
      control: { physically_on_premises: 'Y', free_to_leave_at_will: 'N' },
    });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(formatIssues(r.error)).toContainEqual({
        path: '$.control.free_to_leave_at_will',
        message: 'Unrecognized key: "free_to_leave_at_will"',
      });
    }
  });

  it('reports JSON paths such as $.risks[0].harm_type', () => {
    const r = caseFactsSchema.safeParse({
      ...minimal,
      risks: [{ risk_id: 'R1', harm_type: 'INTEGRITY_OR_LIBERTY', destination: 'HOST_TERRITORY' }],
    });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(formatIssues(r.error).map((i) => i.path)).toEqual(['$.risks[0].harm_type']);
  });

  it('enforces uniqueItems, state-code patterns, date-times and minimums', () => {
    const bad = caseFactsSchema.safeParse({
      ...minimal,
      principal: { nationalities: ['AAX', 'AAX', 'aax'] },
      as_of: '2026-03-02',
      host_actions: [
        { type: 'CONVICTION', offence_class_mission_view: 'NONE', max_penalty_years: -1 },
      ],
    });
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(
        formatIssues(bad.error)
          .map((i) => i.path)
          .sort(),
      ).toEqual([
        '$.as_of',
        '$.host_actions[0].max_penalty_years',
        '$.principal.nationalities',
        '$.principal.nationalities[2]',
      ]);
    }
  });

  it('quotes non-identifier keys in paths', () => {
    expect(toJsonPath(['a', 0, 'b-c'])).toBe('$.a[0]["b-c"]');
  });
});
