import fc from 'fast-check';
import { it } from 'vitest';
import { assess } from '../../../src/main/domain/assessment';
import { caseFactsArbitrary } from '../../support/arbitraries';
import { sha256 } from '../../support/golden';
it('stats', () => {
  const t: Record<string, number> = {};
  const inc = (k: string) => (t[k] = (t[k] ?? 0) + 1);
  for (const f of fc.sample(caseFactsArbitrary(), 3000)) {
    const r = assess(f, { sha256 });
    for (const s of r.subjects) for (const x of s.risks) {
      inc('risks');
      if (x.synthetic) inc('synthetic');
      if (x.limbs.foreseeable==='Y'&&x.limbs.personal==='Y'&&x.limbs.present==='Y'&&x.limbs.real==='Y') inc('allY');
      if (x.established) inc('established');
      if (x.established && x.relevant) inc('engaged');
    }
    for (const w of r.warnings) inc(w.slice(0, 4));
    inc('subjects:' + r.subjects.length);
  }
  console.log(JSON.stringify(t));
}, 60000);
