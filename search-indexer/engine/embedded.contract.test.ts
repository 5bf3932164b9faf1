import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeSearchEngineContract } from "./contract";
import { EmbeddedSearchEngine } from "./embedded";

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describeSearchEngineContract("embedded (SQLite FTS5)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "search-contract-"));
  dirs.push(dir);
  return new EmbeddedSearchEngine({ dataDir: dir });
});
