import { actionRoutes } from './handlers/actions.js';
import { commitRoutes } from './handlers/commits.js';
import { contentRoutes } from './handlers/contents.js';
import { deploymentRoutes } from './handlers/deployments.js';
import { gitRoutes } from './handlers/git.js';
import { graphqlRoutes } from './handlers/graphql.js';
import { issueRoutes } from './handlers/issues.js';
import { pullRoutes } from './handlers/pulls.js';
import { releaseRoutes } from './handlers/releases.js';
import { repoRoutes } from './handlers/repos.js';
import { statusRoutes } from './handlers/statuses.js';
import type { RouteDefinition } from './router.js';

/**
 * Every route the sandbox serves, in matching order. The OpenAPI conformance test enumerates this
 * table: each entry that is not `sandboxOnly` must be an operation of GitHub's description, and
 * each must be exercised by the test's scenario. (`PUT /_stopline/faults` is handled by the server
 * before this table, since it must never be faulted.)
 */
export const routes: readonly RouteDefinition[] = [
  ...repoRoutes,
  ...gitRoutes,
  ...contentRoutes,
  // Status routes before GET /commits/{ref}, whose greedy {ref} would swallow `/status`.
  ...statusRoutes,
  ...commitRoutes,
  ...deploymentRoutes,
  ...releaseRoutes,
  ...pullRoutes,
  ...issueRoutes,
  ...actionRoutes,
  ...graphqlRoutes,
];
