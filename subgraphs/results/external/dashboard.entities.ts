/** This subgraph's own Region and Industry classes: see reference/statistics.ts for why each subgraph has its own. */
import { defineIndustry, defineRegion } from "../../../reference/statistics";

export const Region = defineRegion();
export type Region = InstanceType<typeof Region>;
export const Industry = defineIndustry();
export type Industry = InstanceType<typeof Industry>;
