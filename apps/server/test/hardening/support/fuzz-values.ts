/**
 * The hostile values the fuzzer draws from. Strings are kept as JS strings: JSON.stringify turns a lone
 * surrogate into the escape `\ud800` and NUL into `\u0000`, which is exactly what a hostile client sends.
 */

/** Text that a name, comment or title field may legitimately hold but that breaks naive code. */
export const unicodeEdges: readonly string[] = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  'x\ud83dy',
  '\u200d\u200d\u200d',
  '👩‍👩‍👧‍👦',
  '\u202eevil\u202c',
  '\u2066rtl\u2069',
  'e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301',
  'Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035a',
  '𠜎𠜱𠝹𠱓',
  '😀😁😂🤣',
  '\ufeffbom',
  '\uffff\ufffe',
  '\t\r\n',
  '   ',
  '<script>alert(1)</script>',
  "'; DROP TABLE users; --",
  '%00',
  '${7*7}{{7*7}}',
  '\u0085\u2028\u2029',
  '\u001b[31mred',
  '店\u0000铺',
];

/** Numbers that are wrong for fen, counts and ids in one way or another. */
export const hostileNumbers: readonly number[] = [
  -1, 0, 0.5, -0.5, 1.5, 99.99, 2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 2 ** 53, 2 ** 53 + 2, -(2 ** 53) - 2, 1e308, -1e308, Number.MIN_VALUE, Number.EPSILON, 1e21, 4294967296,
];

/** Raw JSON number tokens no JS number can hold exactly; spliced into bodies as text. */
export const rawNumberTokens: readonly string[] = ['9007199254740993', '1e309', '-1e309', '123456789012345678901234567890', '1.0000000000000000000001', '-0', '1E400', '0.1e-400'];

/** Strings a numeric or boolean field may receive instead of a number. */
export const numberLikeStrings: readonly string[] = ['NaN', 'Infinity', '-Infinity', '1e3', '0x10', '1_000', ' 1', '１２３', '', 'null', 'true', '9007199254740993', '1,5'];

/** Path parameter values: none of these is a uuid or an experiment key. */
export const badPathParams: readonly string[] = [
  'not-a-uuid',
  '1',
  '-1',
  '0',
  '1.5',
  "1' OR '1'='1",
  '1;DROP TABLE users',
  '../../etc/passwd',
  '..%2F..%2F',
  '%00',
  '\u0000',
  '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c000',
  '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c00011',
  '6f1c2a52_5d1e_4c8e_9a51_0d6a1f0c0001',
  '{{id}}',
  '$where',
  'null',
  'undefined',
  '😀',
  '\ud800',
  'a'.repeat(2_000),
  'A'.repeat(64),
  ' 6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0001',
  'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
];

/** Whole values of the wrong type for any field. */
export const wrongTypes = (length: number): unknown[] => [
  null,
  true,
  false,
  0,
  -1,
  0.5,
  '',
  'x',
  [],
  {},
  [null],
  { $gt: '' },
  Array.from({ length }, (_, i) => i),
  '9'.repeat(400),
];
