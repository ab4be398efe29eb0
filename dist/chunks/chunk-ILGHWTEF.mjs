import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);

// src/github/statuses.ts
function fitStatusDescription(text) {
  let oneLine = text.replace(/\s+/g, " ").trim(), chars = [...oneLine];
  return chars.length <= 140 ? oneLine : `${chars.slice(0, 139).join("")}\u2026`;
}
async function setCommitStatus(client, status) {
  await client.rest.repos.createCommitStatus({
    owner: status.owner,
    repo: status.repo,
    sha: status.sha,
    state: status.state,
    context: status.context,
    description: fitStatusDescription(status.description),
    ...status.targetUrl ? { target_url: status.targetUrl } : {}
  });
}
async function readCommitStatuses(client, at, sha) {
  let found = /* @__PURE__ */ new Map();
  for (let page = 1; ; page += 1) {
    let { data } = await client.rest.repos.getCombinedStatusForRef({ owner: at.owner, repo: at.repo, ref: sha, per_page: 100, page });
    for (let status of data.statuses) {
      if (found.has(status.context)) continue;
      let read = { state: status.state };
      status.description && (read.description = status.description), status.target_url && (read.targetUrl = status.target_url), found.set(status.context, read);
    }
    if (data.statuses.length < 100 || found.size >= data.total_count) return found;
  }
}

export {
  fitStatusDescription,
  setCommitStatus,
  readCommitStatuses
};
