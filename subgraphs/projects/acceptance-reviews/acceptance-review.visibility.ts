/** An acceptance review is visible exactly when its project is (see project.visibility.ts). */
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { Caller } from "../../../platform/auth";
import type { NavigationProject } from "../projects/project.entity";
import { applyVisibilityThroughProject, canSeeProject } from "../projects/project.visibility";

export const applyReviewVisibility = <T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string, caller: Caller) =>
  applyVisibilityThroughProject(query, alias, caller);

export const canSeeReview = (caller: Caller, project: NavigationProject | null): boolean => !!project && canSeeProject(caller, project);
