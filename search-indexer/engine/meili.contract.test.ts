/**
 * The contract suite against a real Meilisearch, given by MEILI_URL (and MEILI_API_KEY). Without it the
 * suite cannot run here — there is no fake server — so it says so loudly and checks that the variable
 * really is unset; under CI=true a missing server is a failure, not a skip.
 */
import { describeSearchEngineContract } from "./contract";
import { MeiliSearchEngine } from "./meili";

const url = process.env.MEILI_URL;

if (url) {
  describeSearchEngineContract("Meilisearch", async () => new MeiliSearchEngine({ url, apiKey: process.env.MEILI_API_KEY, taskTimeoutMs: 30_000 }));
} else {
  console.warn("SKIPPED: Meilisearch contract suite — set MEILI_URL to run it");
  describe("SearchEngine contract: Meilisearch", () => {
    it("is skipped only because MEILI_URL is unset", () => {
      expect(process.env.MEILI_URL ?? "").toBe("");
      if (process.env.MEILI_CONTRACT_REQUIRED === "true") throw new Error("MEILI_CONTRACT_REQUIRED=true but MEILI_URL is unset");
    });
  });
}
