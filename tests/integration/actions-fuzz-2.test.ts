import { discoverActions } from "../support/fuzz/discover";
import { fuzzActions } from "../support/fuzz/run";

// The other half of the fuzz of the server actions (see actions-fuzz-1.test.ts).
fuzzActions(await discoverActions(), 1, 2);
