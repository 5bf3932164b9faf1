import { Args, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { ResultsContext } from "../context";
import { TypicalCase } from "../typical-cases/typical-case.entity";
import { BaseCasesArgs } from "../typical-cases/typical-case.inputs";
import { ServiceBaseRef } from "./service-base.stub";

@Resolver(() => ServiceBaseRef)
export class ServiceBaseResolver {
  @FieldResolver(() => [TypicalCase], { description: "Typical cases of the base the caller may see (published ones, or all for the base's operator and the authorities), newest year first." })
  typicalCases(@Root() base: ServiceBaseRef, @Args(() => BaseCasesArgs) { first }: BaseCasesArgs, @Ctx() ctx: ResultsContext) {
    return ctx.loaders.typicalCasesByBase(base.id, { first });
  }

  @FieldResolver(() => Int, { description: "Number of released (已发布) results of the base that the caller may see." })
  releasedResultCount(@Root() base: ServiceBaseRef, @Ctx() ctx: ResultsContext) {
    return ctx.loaders.releasedResultCountByBase.load(base.id);
  }
}
