import { it } from "vitest";
import { discoverActions } from "../support/fuzz/discover";
import { expectEveryActionFuzzed, expectWriteLogToSeeWrites, fuzzActions } from "../support/fuzz/run";

// Issue 11, defence in depth: every server action, discovered from the sources, is sent malformed payloads
// by a caller allowed to call it (see tests/support/fuzz/). Half of the actions here, half in
// actions-fuzz-2.test.ts, so that the two run side by side. A longer or another run:
//   FUZZ_RUNS=1000 FUZZ_SEED=42 npx vitest run --project integration tests/integration/actions-fuzz
const actions = await discoverActions();

it("has a fuzz case for every exported server action", () => expectEveryActionFuzzed(actions));
it("sees every committed write, and no rolled-back one", expectWriteLogToSeeWrites);

fuzzActions(actions, 0, 2);
