import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { PageArgs, PageOf } from "../../../platform/pagination";
import { IdArgs } from "../../../platform/validators";
import type { BasesContext } from "../context";
import { Batch } from "./batch.entity";
import { BatchFilter, CreateBatchInput, UpdateBatchInput } from "./batch.inputs";

const BatchPage = PageOf(Batch, "Batch");

@Resolver(() => Batch)
export class BatchResolver {
  @Query(() => Batch, { nullable: true, description: "One batch by id, or null; batches are public." })
  batch(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: BasesContext) {
    return ctx.loaders.batch.load(id);
  }

  @Query(() => BatchPage, { description: "Batches, newest first." })
  batches(
    @Arg("filter", () => BatchFilter, { nullable: true, description: "Filters; all optional." }) filter: BatchFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: BasesContext,
  ) {
    return ctx.services.batches.list(filter ?? {}, page);
  }

  @Mutation(() => Batch, { description: "Opens a designation batch: national batches by the national admin, provincial batches also by their province's office." })
  createBatch(@Arg("input", () => CreateBatchInput, { description: "The batch." }) input: CreateBatchInput, @Ctx() ctx: BasesContext) {
    return ctx.services.batches.create(ctx.caller, input);
  }

  @Mutation(() => Batch, { description: "Changes a batch's name, quota, windows or publicity days: the national admin, or the office of a provincial batch's province." })
  updateBatch(
    @Args(() => IdArgs) { id }: IdArgs,
    @Arg("input", () => UpdateBatchInput, { description: "The changes." }) input: UpdateBatchInput,
    @Ctx() ctx: BasesContext,
  ) {
    return ctx.services.batches.update(ctx.caller, id, input);
  }
}
