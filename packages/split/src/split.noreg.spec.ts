import { splitFromSeed } from './split-from-seed';

// Any change to the random stream, the draw or the algorithms changes these, and with them every packet
// ever verified: a diff here must be a deliberate, versioned change, never an accident.
describe('seeded output does not drift', () => {
  it.each([
    ['doubleMean', 10_000, 10, {}],
    ['doubleMean', 888, 8, { min: 10, max: 200 }],
    ['lineSegment', 10_000, 10, {}],
    ['lineSegment', 500, 7, { min: 20, max: 90 }],
    ['equal', 1_000, 7, {}],
  ] as const)('%s(%i fen, %i shares, %j)', (algorithm, total, count, options) => {
    expect(splitFromSeed('noreg-seed-0123456789', total, count, algorithm, options)).toMatchSnapshot();
  });
});
