import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { SearchContext } from "./context";
import { RelatedReportsArgs, SearchCasesArgs, SearchReportsArgs } from "./search.inputs";
import type { CasePage, ReportHit, ReportPage } from "./search.service";
import { CaseSearchResult, ReportSearchHit, ReportSearchResult } from "./search.types";

/** Whether `name` is selected directly in the selection set (through fragments too). */
function selects(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((selection) => {
      if (selection.kind === "Field") return selection.name.value === name;
      if (selection.kind === "InlineFragment") return visit(selection.selectionSet);
      return visit(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node: FieldNode) => visit(node.selectionSet));
}

@Resolver()
export class SearchResolver {
  @Query(() => ReportSearchResult, { description: "成果检索 Full-text search of released navigation reports the caller may see, with filters, facet counts and highlighted snippets." })
  searchReports(@Args(() => SearchReportsArgs) args: SearchReportsArgs, @Ctx() ctx: SearchContext, @Info() info: GraphQLResolveInfo): Promise<ReportPage> {
    return ctx.search.searchReports(ctx.caller, { ...args, withFacets: selects(info, "facets") });
  }

  @Query(() => CaseSearchResult, { description: "案例检索 Full-text search of published typical cases, with filters, facet counts and highlighted snippets." })
  searchCases(@Args(() => SearchCasesArgs) args: SearchCasesArgs, @Ctx() ctx: SearchContext, @Info() info: GraphQLResolveInfo): Promise<CasePage> {
    return ctx.search.searchCases(ctx.caller, { ...args, withFacets: selects(info, "facets") });
  }

  @Query(() => [ReportSearchHit], { description: "相关成果 Reports like the given one (shared industries or IPC classes, similar keywords) that the caller may see, best first; empty when the caller may not see the given report." })
  relatedReports(@Args(() => RelatedReportsArgs) args: RelatedReportsArgs, @Ctx() ctx: SearchContext): Promise<ReportHit[]> {
    return ctx.search.relatedReports(ctx.caller, args.id, args.first);
  }
}
