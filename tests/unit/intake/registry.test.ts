import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITIES, type EntityKind } from '../../../src/shared/intake/entities';
import {
  answerSchema,
  patchValueSchema,
  type FieldDef,
} from '../../../src/shared/intake/fieldTypes';
import { codeLabel } from '../../../src/shared/intake/labels';

// The field registry is the one description of every stored fact; these tests tie it to the
// canonical schema (shared/domain/case-facts.schema.json) so that neither can drift.

type Node = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Node>;
  items?: Node;
  'x-la-only'?: boolean;
  'x-informational'?: boolean;
};
const schema = JSON.parse(
  readFileSync(join(process.cwd(), 'src/main/data/case-facts.schema.json'), 'utf8'),
) as Node & { $defs: Record<string, Node> };
const deref = (n: Node): Node =>
  n.$ref ? (schema.$defs[n.$ref.split('/').pop() as string] as Node) : n;

/** Leaf paths of an object node, nested objects flattened with dots (as the registry does). */
function leaves(node: Node, prefix = ''): { path: string; node: Node }[] {
  const n = deref(node);
  return Object.entries(n.properties ?? {}).flatMap(([key, child]) => {
    const c = deref(child);
    const path = `${prefix}${key}`;
    return c.properties && !child.$ref?.endsWith('/AssuranceAssessment')
      ? leaves(c, `${path}.`)
      : [{ path, node: child }];
  });
}

/** Keys stored outside the registry: ids, references, links and nested lists. */
const SPECIAL: Record<EntityKind, string[]> = {
  case: [
    'case_id',
    'opened_at',
    'mission.mission_id',
    'mission.sending_state',
    'mission.receiving_state',
  ],
  principal: ['person_ref'],
  dependant: ['person_ref'],
  risk: ['risk_id', 'subject_ref', 'evidence_refs'],
  action: ['action_id', 'evidence_refs'],
  evidence: ['evidence_id', 'supports', 'chain_of_custody', 'file_ref'],
  legal: ['caracas_reservations'],
  safeConduct: [],
  reservation: [],
};
const LISTS = [
  'principal',
  'dependants',
  'risks',
  'host_actions',
  'evidence',
  'legal_context',
  'safe_conduct_requests',
];

const caseLeaves = leaves(schema).filter((l) => !LISTS.includes(l.path.split('.')[0] ?? ''));
const defLeaves = (def: string) => leaves(schema.$defs[def] as Node);
const listItem = (path: string[]) => {
  let n: Node = schema;
  for (const p of path) n = deref(deref(n).properties?.[p] as Node);
  return deref(n.items as Node);
};
const SCHEMA_LEAVES: Record<EntityKind, { path: string; node: Node }[]> = {
  case: caseLeaves,
  principal: defLeaves('Person'),
  dependant: defLeaves('Dependant'),
  risk: [
    ...defLeaves('RiskClaim').filter((l) => l.path !== 'assurances'),
    { path: 'assurances', node: {} },
    ...defLeaves('AssuranceAssessment').map((l) => ({ ...l, path: `assurances.${l.path}` })),
  ],
  action: defLeaves('HostStateAction'),
  evidence: defLeaves('EvidenceItem'),
  legal: defLeaves('LegalContext'),
  safeConduct: leaves(listItem(['safe_conduct_requests'])),
  reservation: leaves(listItem(['legal_context', 'caracas_reservations'])),
};

describe('the intake field registry', () => {
  for (const kind of Object.keys(ENTITIES) as EntityKind[]) {
    it(`covers every CaseFacts field of ${kind}, and nothing else`, () => {
      const registry = ENTITIES[kind].fields.filter((f) => !f.notInFacts).map((f) => f.path);
      const expected = SCHEMA_LEAVES[kind]
        .map((l) => l.path)
        .filter((p) => !SPECIAL[kind].includes(p));
      expect([...registry].sort()).toEqual([...expected].sort());
    });

    it(`marks ${kind}'s LA-only and informational fields as the schema does`, () => {
      const byPath = new Map(SCHEMA_LEAVES[kind].map((l) => [l.path, l.node]));
      for (const f of ENTITIES[kind].fields) {
        const node = byPath.get(f.path);
        if (!node) continue;
        // SPEC §1.1 lists more LA-only fields than the schema tags (1F, 33(2) grounds): the
        // registry may add, never drop.
        if (node['x-la-only']) expect(f.laOnly, f.path).toBe(true);
        expect(Boolean(f.informational), f.path).toBe(Boolean(node['x-informational']));
      }
    });
  }

  it('gives every column a unique name per table, and every question a label and a reason', () => {
    for (const kind of Object.keys(ENTITIES) as EntityKind[]) {
      const cols = ENTITIES[kind].fields.map((f) => f.column);
      expect(new Set(cols).size, kind).toBe(cols.length);
      for (const f of ENTITIES[kind].fields) {
        expect(f.label.length, f.path).toBeGreaterThan(3);
        expect(f.why.length, f.path).toBeGreaterThan(10);
      }
    }
  });

  it('labels every enumeration value in plain words', () => {
    for (const kind of Object.keys(ENTITIES) as EntityKind[]) {
      for (const f of ENTITIES[kind].fields) {
        if (f.type.kind === 'enum' || f.type.kind === 'codes') {
          for (const v of f.type.values) expect(codeLabel(v), v).not.toMatch(/_/);
        }
      }
    }
  });
});

describe('answer validation', () => {
  const field = (kind: EntityKind, path: string) =>
    ENTITIES[kind].fields.find((f) => f.path === path) as FieldDef;

  it('accepts only real dates with an offset, in a plausible year', () => {
    const s = answerSchema(field('case', 'arrival.arrived_at'));
    expect(s.safeParse('2026-03-02T09:30:00Z').success).toBe(true);
    expect(s.safeParse('2026-03-02T09:30:00+02:00').success).toBe(true);
    for (const bad of [
      '2026-02-30T09:30:00Z',
      '2025-02-29T00:00:00Z',
      '0000-01-01T00:00:00Z',
      '2026-03-02',
      '2026-03-02T09:30:00',
      'soon',
    ]) {
      expect(s.safeParse(bad).success, bad).toBe(false);
    }
    expect(s.safeParse('2024-02-29T00:00:00Z').success).toBe(true);
  });

  it('keeps numbers in range and whole where they must be', () => {
    const years = answerSchema(field('action', 'max_penalty_years'));
    expect(years.safeParse(4).success).toBe(true);
    expect(years.safeParse(-1).success).toBe(false);
    expect(years.safeParse(201).success).toBe(false);
    expect(years.safeParse(Number.NaN).success).toBe(false);
    expect(patchValueSchema(field('action', 'max_penalty_years')).safeParse(null).success).toBe(
      true,
    );
    expect(patchValueSchema(field('risk', 'real')).safeParse(null).success).toBe(false);
  });

  it('refuses repeated codes and unknown codes in a set', () => {
    const parties = answerSchema(field('legal', 'sending_state_parties'));
    expect(parties.safeParse(['CAT', 'ICCPR']).success).toBe(true);
    expect(parties.safeParse(['CAT', 'CAT']).success).toBe(false);
    expect(parties.safeParse(['NATO']).success).toBe(false);
    const nats = answerSchema(field('principal', 'nationalities'));
    expect(nats.safeParse(['ECU', 'P1X']).success).toBe(true);
    expect(nats.safeParse(['ecu']).success).toBe(false);
  });
});
