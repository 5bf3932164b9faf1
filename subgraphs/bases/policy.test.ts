import { ConfigError } from "../../platform/config";
import { loadConfig } from "./config";
import { annualSummaryDueOn, DEFAULT_BASES_POLICY, isAnnualDue } from "./policy";

describe("bases policy", () => {
  it("defaults to the notices' numbers", () => {
    expect(loadConfig({}).policy).toEqual({ provinceQuota: 3, publicityDays: 7, annualSummaryDue: "12-31" });
    expect(DEFAULT_BASES_POLICY).toEqual({ provinceQuota: 3, publicityDays: 7, annualSummaryDue: "12-31" });
  });

  it("reads BATCH_PROVINCE_QUOTA, PUBLICITY_DAYS and ANNUAL_SUMMARY_DUE", () => {
    expect(loadConfig({ BATCH_PROVINCE_QUOTA: "5", PUBLICITY_DAYS: "10", ANNUAL_SUMMARY_DUE: "next-01-31" }).policy).toEqual({ provinceQuota: 5, publicityDays: 10, annualSummaryDue: "next-01-31" });
  });

  it("reports every bad value at once", () => {
    try {
      loadConfig({ BATCH_PROVINCE_QUOTA: "-1", PUBLICITY_DAYS: "0", ANNUAL_SUMMARY_DUE: "02-29" });
      throw new Error("expected a ConfigError");
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([
        expect.stringContaining("ANNUAL_SUMMARY_DUE"),
        expect.stringContaining("BATCH_PROVINCE_QUOTA"),
        expect.stringContaining("PUBLICITY_DAYS"),
      ]);
    }
  });

  it.each([
    ["12-31", 2025, "2025-12-31"],
    ["next-01-15", 2025, "2026-01-15"],
    ["06-30", 2024, "2024-06-30"],
  ])("puts %s of the summary of %i on %s", (due, year, expected) => {
    expect(isAnnualDue(due)).toBe(true);
    expect(annualSummaryDueOn(year, due)).toBe(expected);
  });

  it.each(["13-01", "12-32", "02-30", "02-29", "1231", "next-1-5", "later-01-15", ""])("refuses %j as a due day", (due) => {
    expect(isAnnualDue(due)).toBe(false);
  });
});
