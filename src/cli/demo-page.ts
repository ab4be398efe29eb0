/**
 * One self-contained HTML page that shows job summaries roughly as GitHub renders them, so the
 * demo's output can be read in a browser with no network.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml } from '../report/markdown.js';
import { packageRoot } from './local-runner.js';

/**
 * Mermaid's browser bundle (a development dependency, present after `npm ci`), inlined so the
 * charts render with no network. Without it the charts stay as their source text.
 */
function mermaidScript(): string {
  const file = join(packageRoot, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');
  if (!existsSync(file)) return '';
  // `</script` inside the bundle would end the element early.
  const code = readFileSync(file, 'utf8').replace(/<\/script/gi, '<\\/script');
  return `<script>${code}</script>\n<script>mermaid.initialize({ startOnLoad: true, securityLevel: 'strict' });</script>`;
}

/** marked renders a mermaid block as <pre><code class="language-mermaid">; Mermaid looks for <pre class="mermaid">. */
function mermaidBlocks(html: string): string {
  return html.replace(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g, (_whole, source: string) => `<pre class="mermaid">${source}</pre>`);
}

export async function renderDemoPage(title: string, pages: { file: string; title: string; markdown: string }[]): Promise<string> {
  const { marked } = await import('marked');
  const body = pages
    .map((page) => `<section><h1 class="step">${escapeHtml(page.title)} <small>${escapeHtml(page.file)}</small></h1>\n${mermaidBlocks(marked.parse(page.markdown, { async: false, gfm: true }))}</section>`)
    .join('\n');
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
