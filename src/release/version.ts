/**
 * Stopline's version, as manifests record it (`builder.stopline`): the code that wrote a package,
 * and with it the package format. Kept equal to package.json's version (a test checks); a
 * constant rather than an import of package.json, which would put the whole file in every bundle.
 */
export const STOPLINE_VERSION = '0.1.0';
