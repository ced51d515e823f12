import assert from 'node:assert/strict';
import test from 'node:test';

// Dashboards runs Vega under a content security policy without 'unsafe-eval'; `npm test` runs node with
// --disallow-code-generation-from-strings to match, so that a spec that only renders through Vega's
// code generation fails here as it would fail there.
test('the tests run without code generation from strings, as Vega runs in Dashboards', () => {
  assert.throws(() => new Function('return 1'), EvalError);
});
