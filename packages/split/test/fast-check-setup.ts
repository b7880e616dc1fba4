import fc from 'fast-check';

// Property runs stop after a fixed time rather than grow with the machine's load.
fc.configureGlobal({ numRuns: 300, interruptAfterTimeLimit: 8000, markInterruptAsFailure: false });
