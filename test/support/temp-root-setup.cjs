// Jest's globalSetup: the tests' temporary files go under one directory of this run (TMPDIR, which
// os.tmpdir() reads and the test workers inherit); temp-root-teardown.cjs removes it when the run
// ends. Without it every `npm test` left about 300 directories (45 MB) in /tmp.
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async () => {
  const root = mkdtempSync(join(tmpdir(), 'stopline-tests-'));
  process.env.STOPLINE_TEST_TEMP_ROOT = root;
  process.env.TMPDIR = root;
};
