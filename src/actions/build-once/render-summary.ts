/** build-once's job summary: what was built (or reused, or refused) first, then the numbers behind it. */
import { bullets, code, codeLink, heading, table } from '../../report/markdown.js';
import { Summary } from '../../report/summary.js';
import { formatBytes } from '../../report/size.js';
import { formatTimestamp } from '../../report/time.js';
import type { BuildReport } from '../../release/operations/build.js';

export function renderBuildSummary(report: BuildReport, context: { repository: string; serverUrl: string; commit: string }): Summary {
  const summary = new Summary();
  const commitLink = (sha: string) => codeLink(sha.slice(0, 7), `${context.serverUrl}/${context.repository}/commit/${sha}`);
  if (report.outcome === 'conflict') {
    summary.add(
      heading('Build once: refused, rebuilding gave different bytes', 2),
      report.message,
      table(
        ['', 'registered', 'this build'],
        [
          ['release', code(report.existing.releaseId), '(not registered)'],
          ['package digest', code(report.existing.record.digest), code(report.digest)],
          ['built', formatTimestamp(report.existing.record.createdAt), 'now'],
          ['commit', commitLink(report.existing.record.sha), commitLink(context.commit)],
        ],
      ),
    );
    return summary;
  }
  const verb = report.outcome === 'registered' ? 'built and registered' : 'reused the registered release';
  const storage = report.storage
    ? report.storage.kind === 'release-assets'
      ? `release assets (draft release ${report.storage.githubReleaseId}; package asset ${report.storage.package?.id})`
      : `artifact (upload the package with actions/upload-artifact; manifest and provenance on draft release ${report.storage.githubReleaseId})`
    : 'not recorded';
  summary.add(
    heading(`Build once: ${report.name} ${report.version}, ${verb}`, 2),
    table(
      ['', ''],
      [
        ['release id', code(report.releaseId)],
        ['package digest', code(report.digest)],
        ['files', `${report.files} (${formatBytes(report.size)} packaged)`],
        ['commit', commitLink(report.commit)],
        ['built', formatTimestamp(report.createdAt)],
        ['storage', storage],
        ['package', report.packageFile ? code(report.packageFile) : '(not written: see below)'],
        ['manifest', code(report.manifestFile)],
        ['provenance', code(report.provenanceFile)],
      ],
    ),
  );
  if (report.notes.length > 0) summary.add(heading('Notes', 3), bullets(report.notes));
  return summary;
}
