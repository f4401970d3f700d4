/**
 * Values of every JavaScript type an embedder might hand a property (React 19 passes props as they are;
 * Vue binds `undefined` for a missing prop; a script may assign anything). Shared by every input test.
 */
export const WRONG_TYPES: readonly unknown[] = [
  null,
  undefined,
  0,
  911,
  -1,
  Number.NaN,
  true,
  false,
  '',
  '   ',
  [],
  [60, 90],
  {},
  { minutes: 60 },
  () => 'x',
];
