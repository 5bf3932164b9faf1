/** Bounded offset pagination shared by every list: a page carries its items and the total count. */
import { Max, Min } from "class-validator";
import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { description: `Page size, 1–${MAX_PAGE_SIZE}.`, defaultValue: 20 })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 20;

  @Field(() => Int, { description: "Number of items to skip.", defaultValue: 0 })
  @Min(0)
  @Max(1_000_000)
  offset: number = 0;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  hasMore: boolean;
}

/** Declares the GraphQL page type of an item type, e.g. `ServiceBasePage`. */
export function PageOf<T extends object>(item: ClassType<T>, name: string) {
  @ObjectType(`${name}Page`, { description: `One page of ${name} items and the total count.` })
  abstract class PageType implements Page<T> {
    @Field(() => [item], { description: "The items of this page." })
    items: T[];

    @Field(() => Int, { description: "Number of items matching the filter, over all pages." })
    totalCount: number;

    @Field(() => Boolean, { description: "Whether more items follow this page." })
    hasMore: boolean;
  }
  return PageType;
}

export function toPage<T>(items: T[], totalCount: number, args: PageArgs): Page<T> {
  return { items, totalCount, hasMore: args.offset + items.length < totalCount };
}
