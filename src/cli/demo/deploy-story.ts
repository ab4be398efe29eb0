/**
 * Deploy with metric checks: the good release is deployed to staging and verified by its error
 * rate against the pre-deploy baseline, promoted to production from staging (same bytes) and
 * deployed there in two exposure steps; then a release that fails ten times as many requests is
 * built, promoted to staging, deployed, caught within two intervals and rolled back.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoContext } from './context.js';
import { checksFile, startLiveService, SWITCH_MODE, type LiveService } from './live-service.js';
import { buildAndPromote, type PromotedRelease } from './release-story.js';

let runIds = 7000;

async function deploy(demo: DemoContext, service: LiveService, environment: string, deploymentId: string, extra: Record<string, string> = {}) {
  return demo.run('actions/deploy/action.yml', {
    inputs: {
      environment,
      'deployment-id': deploymentId,
      run: SWITCH_MODE,
      smoke: `${service.url}/healthz`,
      checks: checksFile(service),
      baseline: '3s',
      interval: '1s',
      samples: '3',
      ...extra,
    },
    env: { SERVICE_URL: service.url },
    runId: (runIds += 1),
    event: { name: 'push', payload: {} },
    mayFail: true,
  });
}

export async function deployStory(demo: DemoContext, good: PromotedRelease): Promise<void> {
  const service = await startLiveService();
  try {
    const staging = await deploy(demo, service, 'staging', good.deploymentId);
    demo.page('09-deploy-staging.md', 'Deploy to staging: checked against the baseline, verified', staging.summary);
    demo.step(`deploy 1.4.0 to staging: ${staging.outputs.verdict} (error rate judged every second against the 3 s baseline; release verified in staging)`);

    // A new job in a real pipeline: a fresh checkout, no release files yet.
    rmSync(join(demo.workspace, 'release'), { recursive: true, force: true });
    const promote = await demo.run('actions/promote/action.yml', { inputs: { environment: 'production', from: 'staging' }, sha: good.sha, event: { name: 'push', payload: {} } });
    demo.step(`promote 1.4.0 to production from staging: deployment #${promote.outputs['deployment-id']}`);
    const production = await deploy(demo, service, 'production', promote.outputs['deployment-id'] ?? '', { steps: '50,100' });
    demo.page('10-deploy-production.md', 'Deploy to production in two steps (50%, 100%)', production.summary);
    demo.step(`deploy 1.4.0 to production in steps 50%,100%: ${production.outputs.verdict}`);

    await demo.commit('Cache the config in memory', {}, 'main', 'dev-c');
    const bad = await buildAndPromote(demo, { version: '1.5.0', mode: 'bad' });
    const rolled = await deploy(demo, service, 'staging', bad.deploymentId);
    demo.page('11-deploy-rolled-back.md', 'Deploy 1.5.0 to staging: 10× the error rate, rolled back', rolled.summary);
    demo.step(`deploy 1.5.0 to staging: ${rolled.outputs.verdict} (10× the error rate; staging runs 1.4.0 again)`);
  } finally {
    await service.stop();
  }
}
