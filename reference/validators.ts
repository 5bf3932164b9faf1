/** Validators for reference codes (regions, industries, IPC symbols). */
import { stringRule } from "../platform/validators";
import { isIndustryCode } from "./industries";
import { isIpcSymbol } from "./ipc";
import { isRegionCode } from "./regions";

export const IsRegionCode = stringRule("isRegionCode", isRegionCode, "$property must be a province-level GB/T 2260 code such as 320000");
export const IsIndustryCode = stringRule("isIndustryCode", isIndustryCode, "$property must be a strategic emerging industry code 01–09");
export const IsIpcSymbol = stringRule("isIpcSymbol", isIpcSymbol, "$property must be an IPC symbol such as H01L or H01L 21/02");
