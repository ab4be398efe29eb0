import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  demoStory
} from "./chunk-3Y7VK47O.mjs";
import {
  DemoContext
} from "./chunk-DXZBR7YZ.mjs";
import {
  packageRoot
} from "./chunk-7MRLUMYU.mjs";
import {
  startSandbox
} from "./chunk-VB7OTCK4.mjs";
import "./chunk-UITPQSYK.mjs";
import "./chunk-NLRKADAM.mjs";
import "./chunk-ZT56QPP4.mjs";
import "./chunk-4GZASXPD.mjs";
import {
  escapeHtml
} from "./chunk-PUDO2UNH.mjs";
import "./chunk-ILX4OWII.mjs";
import {
  Octokit
} from "./chunk-ERRCEJ7W.mjs";
import "./chunk-OMPALNQI.mjs";
import "./chunk-WQ52ZJEV.mjs";
import "./chunk-W2U6OBLC.mjs";
import "./chunk-NBEAZCIL.mjs";

// src/cli/demo/index.ts
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join2, resolve } from "node:path";

// src/cli/demo-page.ts
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
function mermaidScript() {
  let file = join(packageRoot, "node_modules", "mermaid", "dist", "mermaid.min.js");
  return existsSync(file) ? `<script>${readFileSync(file, "utf8").replace(/<\/script/gi, "<\\/script")}</script>
<script>mermaid.initialize({ startOnLoad: true, securityLevel: 'strict' });</script>` : "";
}
function mermaidBlocks(html) {
  return html.replace(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g, (_whole, source) => `<pre class="mermaid">${source}</pre>`);
}
async function renderDemoPage(title, pages) {
  let { marked } = await import("./marked.esm-KBTH7FTP.mjs"), body = pages.map((page) => `<section><h1 class="step">${escapeHtml(page.title)} <small>${escapeHtml(page.file)}</small></h1>
${mermaidBlocks(marked.parse(page.markdown, { async: !1, gfm: !0 }))}</section>`).join(`
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
${mermaidScript()}
</body></html>
`;
}

// src/cli/demo/index.ts
async function demoCommand(args, write, cwd) {
  let outDir = resolve(cwd, args[0] ?? "demo-output"), dataDir = resolve(cwd, ".stopline", "demo"), started = Date.now(), step = (text) => write(`[${((Date.now() - started) / 1e3).toFixed(1).padStart(5)}s] ${text}
`);
  rmSync(dataDir, { recursive: !0, force: !0 }), rmSync(outDir, { recursive: !0, force: !0 }), mkdirSync(outDir, { recursive: !0 });
  let temp = mkdtempSync(join2(tmpdir(), "stopline-demo-")), workspace = join2(temp, "workspace"), runnerRoot = join2(temp, "runner");
  mkdirSync(workspace);
  let sandbox = await startSandbox({ dataDir, port: 0 });
  try {
    step(`sandbox listening on ${sandbox.url} (data in ${dataDir})`);
    let octokit = new Octokit({ baseUrl: sandbox.url, auth: "demo" }), { data: repoData } = await octokit.rest.repos.createForAuthenticatedUser({ name: "demo-service", auto_init: !0 }), demo = new DemoContext(sandbox.url, octokit, { owner: repoData.owner.login, repo: repoData.name }, workspace, outDir, step, { runnerRoot });
    return step(`created repository ${demo.repository}; the sample service's checkout is ${workspace}`), await demoStory(demo), writeFileSync(join2(outDir, "index.html"), await renderDemoPage("Stopline demo", demo.pages)), step(`done in ${((Date.now() - started) / 1e3).toFixed(1)}s`), write(`
Job summaries: ${outDir}/
Open ${join2(outDir, "index.html")} to see them rendered.
`), 0;
  } finally {
    await sandbox.close(), rmSync(temp, { recursive: !0, force: !0 });
  }
}
export {
  demoCommand
};
