// Jest's globalTeardown: removes the run's temporary directory (see temp-root-setup.cjs).
const { rmSync } = require('node:fs');

module.exports = async () => {
  const root = process.env.STOPLINE_TEST_TEMP_ROOT;
  if (root) rmSync(root, { recursive: true, force: true });
};
