// CI's dist check: rebuild, then fail when the committed dist/ (or generated source the build
// writes, such as the precompiled ledger state validator) differs from what the source gives.
import { execFileSync } from 'node:child_process';
import { STATE_VALIDATOR_PATH } from './generate-state-validator.mjs';

execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
const paths = ['dist/', STATE_VALIDATOR_PATH];
const changed = execFileSync('git', ['status', '--porcelain', '--', ...paths], { encoding: 'utf8' });
if (changed.trim() !== '') {
  console.error('dist/ is stale: `npm run build` changed these files. Rebuild and commit them.');
  console.error(changed);
  console.error(execFileSync('git', ['diff', '--stat', '--', ...paths], { encoding: 'utf8' }));
  process.exit(1);
}
console.log('dist/ and generated sources are up to date');
