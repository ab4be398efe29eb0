import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  Ledger
} from "./chunk-SVJUZOM7.mjs";
import {
  createGitHubClient,
  escapeHtml
} from "./chunk-3ZWSGXYO.mjs";
import {
  runAction
} from "./chunk-UYDYU54U.mjs";
import {
  Octokit
} from "./chunk-7YVPBJXC.mjs";
import "./chunk-BCR7UG24.mjs";
import {
  startSandbox
} from "./chunk-JY7ZLJK5.mjs";
import "./chunk-HRGOWHIX.mjs";
import "./chunk-NBEAZCIL.mjs";

// src/cli/commands/demo.ts
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

// src/cli/demo-page.ts
async function renderDemoPage(title, pages) {
  let { marked } = await import("./marked.esm-KBTH7FTP.mjs"), body = pages.map((page) => `<section><h1 class="step">${escapeHtml(page.title)} <small>${escapeHtml(page.file)}</small></h1>
${marked.parse(page.markdown, { async: !1, gfm: !0 })}</section>`).join(`
`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; max-width: 1012px; margin: 2em auto; color: #1f2328; }
section { border: 1px solid #d0d7de; border-radius: 6px; padding: 0 1.5em 1em; margin-bottom: 2em; }
h1.step { font-size: 1em; color: #59636e; border-bottom: 1px solid #d0d7de; padding: .5em 0; }
h1.step small { font-weight: normal; }
table { border-collapse: collapse; } th, td { border: 1px solid #d0d7de; padding: 4px 12px; }
code { background: #eff1f3; padding: .1em .3em; border-radius: 4px; }
</style></head>
<body><h1>${escapeHtml(title)}</h1>
${body}
</body></html>
`;
}

// src/cli/commands/demo.ts
async function demoCommand(args, write, cwd) {
  let outDir = resolve(cwd, args[0] ?? "demo-output"), dataDir = resolve(cwd, ".stopline", "demo"), started = Date.now(), step = (text) => write(`[${((Date.now() - started) / 1e3).toFixed(1).padStart(5)}s] ${text}
`);
  rmSync(dataDir, { recursive: !0, force: !0 }), rmSync(outDir, { recursive: !0, force: !0 }), mkdirSync(outDir, { recursive: !0 });
  let sandbox = await startSandbox({ dataDir, port: 0 }), pages = [];
  try {
    step(`sandbox listening on ${sandbox.url} (data in ${dataDir})`);
    let octokit = new Octokit({ baseUrl: sandbox.url, auth: "demo" }), { data: repoData } = await octokit.rest.repos.createForAuthenticatedUser({ name: "demo-service", auto_init: !0 }), owner = repoData.owner.login, repo = repoData.name, repository = repoData.full_name, main = (await octokit.rest.git.getRef({ owner, repo, ref: "heads/main" })).data.object.sha;
    step(`created repository ${repository}; main is at ${main.slice(0, 7)}`);
    let board = async (file, title) => {
      let result = await runAction({ action: "action.yml", repository, apiUrl: sandbox.url, token: "demo", sha: main });
      if (result.exitCode !== 0) throw new Error(`the board failed (exit ${result.exitCode}):
${result.stdout}${result.stderr}`);
      pages.push({ file, title, markdown: result.summary }), writeFileSync(join(outDir, file), result.summary), step(`board: line=${result.outputs.line} frozen=${result.outputs.frozen} leases=${result.outputs.leases} \u2192 ${join(outDir, file)}`);
    };
    await board("01-board-empty.md", "The board before anything happened");
    let ledger = new Ledger(createGitHubClient({ token: "demo", baseUrl: sandbox.url }), { owner, repo }), at = (minutesAgo) => new Date(Date.now() - minutesAgo * 6e4).toISOString();
    await ledger.update("line: red at " + main.slice(0, 7), (state2) => ({
      state: { ...state2, line: { state: "red", since: at(42), firstBad: { sha: main, runId: 812, runUrl: `${sandbox.url}/${repository}/actions/runs/812`, author: "sandbox-user" } } },
      result: void 0
    })), step("ledger: the line turned red (first bad commit recorded)"), await ledger.update("freeze: release week", (state2) => ({
      state: { ...state2, freezes: [...state2.freezes, { id: "release-week", reason: "release week: only fixes", by: "release-manager", since: at(30), until: new Date(Date.now() + 2 * 36e5).toISOString(), source: "manual" }] },
      result: void 0
    })), step("ledger: a manual freeze for two hours");
    let retries = (await Promise.all(
      Array.from(
        { length: 10 },
        (_, i) => new Ledger(createGitHubClient({ token: "demo", baseUrl: sandbox.url }), { owner, repo }).update(`release: demo ${i}`, (state2) => ({
          state: { ...state2, releases: { ...state2.releases, [`sha256:${String(i).repeat(64)}`]: { name: "demo-service", version: `1.0.${i}`, sha: main, digest: `sha256:${String(9 - i).repeat(64)}`, createdAt: at(20) } } },
          result: void 0
        }))
      )
    )).reduce((sum, r) => sum + r.attempts - 1, 0);
    step(`ledger: 10 concurrent writers registered 10 releases; ${retries} compare-and-swap retries, no update lost`), await ledger.update("lease: staging", (state2) => ({
      state: {
        ...state2,
        leases: { ...state2.leases, staging: { owner: { runId: 9001, runAttempt: 1, workflow: "pipeline" }, acquiredAt: at(3), expiresAt: new Date(Date.now() + 27 * 6e4).toISOString(), epoch: 1 } },
        environments: { ...state2.environments, staging: { releaseId: "sha256:" + "3".repeat(64), sha: main, version: "1.0.3", since: at(3), verified: !1 } }
      },
      result: void 0
    })), step("ledger: a deploy to staging holds its lease");
    let { state, head } = await ledger.read(), history = await ledger.history(50);
    step(`ledger read back: head ${head?.slice(0, 7)}, ${history.length} commits, ${Object.keys(state.releases).length} releases, line ${state.line.state}`);
    let historyMd = ["## Ledger history", "", `\`refs/stopline/ledger\` in ${repository}, newest first:`, "", ...history.map((c) => `- \`${c.sha.slice(0, 7)}\` ${c.message}`)].join(`
`) + `
`;
    return writeFileSync(join(outDir, "02-ledger-history.md"), historyMd), pages.push({ file: "02-ledger-history.md", title: "The ledger: every change is a commit", markdown: historyMd }), await board("03-board.md", "The board after the ledger writes"), writeFileSync(join(outDir, "index.html"), await renderDemoPage("Stopline demo", pages)), step(`done in ${((Date.now() - started) / 1e3).toFixed(1)}s`), write(`
Job summaries: ${outDir}/
Open ${join(outDir, "index.html")} to see them rendered.
`), 0;
  } finally {
    await sandbox.close();
  }
}
export {
  demoCommand
};
