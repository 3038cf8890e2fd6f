// Copies the domain data the project ships or tests against from the team's shared folder.
// authorities.json is copied verbatim; the records its export drops live in
// src/main/data/authorities.additions.json (the library loader refuses an id found in both).
// Run by hand when ../shared/domain changes (`node scripts/sync-shared.mjs [SHARED_DIR]`);
// nothing at build, run or test time reads ../shared, because a user's machine has no such folder.
import { cpSync, readdirSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const shared = resolve(process.argv[2] ?? '../shared');
const domain = join(shared, 'domain');
mkdirSync('tests/fixtures/golden', { recursive: true });
for (const f of readdirSync(join(domain, 'golden'))) {
  if (f.endsWith('.json')) cpSync(join(domain, 'golden', f), join('tests/fixtures/golden', f));
}
cpSync(join(domain, 'authorities.json'), 'src/main/data/authorities.json');
cpSync(join(domain, 'case-facts.schema.json'), 'src/main/data/case-facts.schema.json');
console.log(`synced golden cases, authorities and the CaseFacts schema from ${domain}`);
