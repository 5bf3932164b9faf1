/** The committed SDLs in schema/ are the API's documentation: they must match the code. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { composeSupergraph } from "../scripts/compose";

describe("schema/", () => {
  it("matches the subgraphs' code and composes (run `npm run schema` after changing the API)", async () => {
    const { subgraphs, supergraph } = await composeSupergraph();
    for (const { name, sdl } of subgraphs) {
      expect(readFileSync(join(__dirname, "..", "schema", `${name}.graphql`), "utf8")).toBe(sdl);
    }
    expect(readFileSync(join(__dirname, "..", "schema", "supergraph.graphql"), "utf8")).toBe(supergraph);
  });

  it("describes every type and field", async () => {
    const { subgraphs } = await composeSupergraph();
    const { buildASTSchema, parse, isObjectType, isInputObjectType, isEnumType } = await import("graphql");
    const undocumented: string[] = [];
    for (const { name, sdl } of subgraphs) {
      const schema = buildASTSchema(parse(sdl), { assumeValidSDL: true });
      for (const type of Object.values(schema.getTypeMap())) {
        if (type.name.startsWith("_") || type.name.startsWith("link__") || type.name.startsWith("federation__")) continue;
        if (["Query", "Mutation", "String", "Int", "Float", "Boolean", "ID"].includes(type.name)) {
          if (isObjectType(type)) {
            for (const field of Object.values(type.getFields())) {
              if (!field.name.startsWith("_") && !field.description) undocumented.push(`${name}: ${type.name}.${field.name}`);
            }
          }
          continue;
        }
        if (!type.description) undocumented.push(`${name}: ${type.name}`);
        if (isObjectType(type) || isInputObjectType(type)) {
          for (const field of Object.values(type.getFields())) if (!field.description) undocumented.push(`${name}: ${type.name}.${field.name}`);
        }
        if (isEnumType(type)) {
          for (const value of type.getValues()) if (!value.description) undocumented.push(`${name}: ${type.name}.${value.name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
