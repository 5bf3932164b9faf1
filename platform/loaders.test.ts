import DataLoader from "dataloader";
import { byIds, createChildLoader, groupInKeyOrder } from "./loaders";

describe("loaders", () => {
  it("groups rows in key order with an empty list for keys without rows", () => {
    const rows = [{ base: "b", id: 1 }, { base: "a", id: 2 }, { base: "b", id: 3 }];
    expect(groupInKeyOrder(["a", "b", "c"], rows, (row) => row.base)).toEqual([[{ base: "a", id: 2 }], [{ base: "b", id: 1 }, { base: "b", id: 3 }], []]);
  });

  it("batches children of many parents into one fetch per distinct argument set", async () => {
    const batches: { parents: string[]; args: { status: string } }[] = [];
    const load = createChildLoader(async (parents: string[], args: { status: string }) => {
      batches.push({ parents, args });
      return parents.flatMap((parent) => [{ parent, status: args.status }]);
    }, (row) => row.parent);
    const results = await Promise.all([load("p1", { status: "A" }), load("p2", { status: "A" }), load("p3", { status: "B" }), load("p1", { status: "A" })]);
    expect(batches).toEqual([{ parents: ["p1", "p2"], args: { status: "A" } }, { parents: ["p3"], args: { status: "B" } }]);
    expect(results[0]).toEqual([{ parent: "p1", status: "A" }]);
    expect(results[3]).toBe(results[0]);
  });

  it("gives one value per key, in key order, null in a missing slot (the DataLoader contract)", async () => {
    const calls: unknown[] = [];
    const repository = { findBy: async (where: unknown) => (calls.push(where), [{ id: "2" }, { id: "1" }]) };
    const loader = new DataLoader(byIds(repository as never));
    expect(await loader.loadMany(["1", "3", "2"])).toEqual([{ id: "1" }, null, { id: "2" }]);
    expect(calls).toHaveLength(1);
  });
});
