// Written by scripts/fit-link-confidence.ts (npm run fit:link-confidence): do not edit by hand.
// Features, in order: bias, lone, several, lengthFit, dice, littleEvidence, evidence, neighbours, loneLength.
import type { LinkConfidenceModel } from './link-confidence';

export const LINK_CONFIDENCE_MODEL: LinkConfidenceModel = {
  fittedOn: '4815 links of 41 alignments (4657 right)',
  weights: [0.9545, -2.1216, -1.7763, 0.8312, 3.7053, 3.1674, -0.0858, 2.2559, 2.101],
  isotonic: {
    at: [0.4794, 0.5396, 0.7386, 0.8482, 0.8793, 0.9181, 0.9484, 0.9557, 0.9635, 0.9723, 0.9861, 0.9938, 0.9948, 0.9966, 0.9983],
    value: [0.6111, 0.7143, 0.75, 0.7565, 0.8, 0.9109, 0.9397, 0.9595, 0.9701, 0.9701, 0.9905, 0.9949, 0.9967, 0.9991, 1],
  },
};
