// Written by scripts/fit-link-confidence.ts (npm run fit:link-confidence): do not edit by hand.
// Features, in order: bias, lone, several, lengthFit, dice, littleEvidence, evidence, neighbours, loneLength.
import type { LinkConfidenceModel } from './link-confidence';

export const LINK_CONFIDENCE_MODEL: LinkConfidenceModel = {
  fittedOn: '4762 links of 41 alignments (4603 right)',
  weights: [1.8938, -3.2963, -2.3866, 0.2725, 3.7133, 2.8348, -0.4044, 1.8708, 2.9382],
  isotonic: {
    at: [0.3407, 0.4045, 0.4936, 0.5606, 0.5999, 0.648, 0.6965, 0.7942, 0.8447, 0.8687, 0.8986, 0.9161, 0.9189, 0.9269, 0.9476, 0.963, 0.9731, 0.9813, 0.9893, 0.9942, 0.9951, 0.9969, 0.9985],
    value: [0, 0.3571, 0.5, 0.5714, 0.65, 0.75, 0.7568, 0.8095, 0.8148, 0.8514, 0.8538, 0.8571, 0.875, 0.9327, 0.9468, 0.9474, 0.9711, 0.9857, 0.9924, 0.9925, 0.9945, 0.9992, 1],
  },
};
