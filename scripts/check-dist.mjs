// CI's dist check: rebuild, then fail when the committed dist/ differs from what the source gives.
import { execFileSync } from 'node:child_process';

execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
const changed = execFileSync('git', ['status', '--porcelain', '--', 'dist/'], { encoding: 'utf8' });
if (changed.trim() !== '') {
  console.error('dist/ is stale: `npm run build` changed these files. Rebuild and commit dist/.');
  console.error(changed);
  console.error(execFileSync('git', ['diff', '--stat', '--', 'dist/'], { encoding: 'utf8' }));
  process.exit(1);
}
console.log('dist/ is up to date');
