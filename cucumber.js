// Cucumber profiles for the conformance suite. `ketentest run` loads these and adds what the command
// line says (tags, reports, the SUT). Steps are compiled to dist/ by `npm ci` (prepare) or `npm run build`.
const basis = {
  paths: ['features/**/*.feature'],
  require: ['dist/steps/**/*.js'],
  format: [],
};

module.exports = {
  default: basis,
  // The system under test plays the gemeente: our simulator is the aanbieder.
  gemeente: { ...basis, tags: '@sut-gemeente' },
  // The system under test plays the aanbieder: our simulator is the gemeente.
  aanbieder: { ...basis, tags: '@sut-aanbieder' },
  wmo: { ...basis, tags: '@wmo' },
  jw: { ...basis, tags: '@jw' },
};
