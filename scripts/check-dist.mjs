// CI's dist check: rebuild, then fail when the committed dist/ (or generated source the build
// writes: the precompiled schema validators) differs from what the source gives.
import { execFileSync } from 'node:child_process';
import { GENERATED_PATHS } from './generate-validators.mjs';

execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
// `--untracked-files=all` so a generated file that was never committed shows as new, not hidden.
const paths = ['dist/', ...GENERATED_PATHS];
const changed = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', ...paths], { encoding: 'utf8' });
if (changed.trim() !== '') {
  console.error('dist/ is stale: `npm run build` changed these files. Rebuild and commit them.');
  console.error(changed);
  console.error(execFileSync('git', ['diff', '--stat', '--', ...paths], { encoding: 'utf8' }));
  process.exit(1);
}
console.log('dist/ and generated sources are up to date');
