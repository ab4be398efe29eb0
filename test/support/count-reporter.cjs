// Ends the run with one plain line, "N passed, N failed", so a run that executed no test is visible.
// A suite that could not run at all (syntax error, failing import) counts as one failure. Jest's
// own summary is printed after the reporters run, so the line is written when the process exits,
// which makes it the last line of the output.
class CountReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `${results.numPassedTests} passed, ${failed} failed\n`;
    process.once('exit', () => process.stdout.write(line));
  }
}
module.exports = CountReporter;
