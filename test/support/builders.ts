/** Builds a small federated data set through the gateway's public mutations, for scaling tests. */
import { Role } from "../../platform/auth";
import { tokenFor } from "./subgraph";
import type { TestStack } from "./stack";

let serial = 0;
const next = () => String(++serial).padStart(6, "0");

async function mutate(stack: TestStack, token: string, mutation: string, input: Record<string, unknown>): Promise<string> {
  const response = await stack.query(`mutation($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { id } }`, { input }, token);
  if (response.errors) throw new Error(`${mutation}: ${JSON.stringify(response.errors)}`);
  return response.data[mutation].id;
}

/**
 * Adds `count` provincial bases in `regionCode`, each with `perBase` projects of `perBase` results and
 * `perBase` experts in its base pool. Returns the new bases' ids.
 */
export async function addBases(stack: TestStack, regionCode: string, count: number, perBase = 2): Promise<string[]> {
  const admin = await tokenFor(Role.NATIONAL_ADMIN);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = next();
    const host = await mutate(stack, admin, "createOrganization", { name: `测试产业园区管理委员会${n}`, creditCode: `11${regionCode}MB${n}0X`.slice(0, 18).padEnd(18, "0"), type: "INDUSTRIAL_PARK", regionCode });
    const baseId = await mutate(stack, admin, "createServiceBase", { name: `测试专利导航服务基地${n}`, level: "PROVINCIAL", carrierType: "INDUSTRIAL_PARK", hostOrganizationId: host, regionCode, industryCodes: ["01"] });
    ids.push(baseId);
    for (let p = 0; p < perBase; p++) {
      const projectId = await mutate(stack, admin, "createNavigationProject", {
        title: `集成电路产业专利导航项目${n}-${p}`, navigationType: "INDUSTRIAL_PLANNING", industryCodes: ["01"], baseId, regionCode,
        sponsorOrganizationId: host, fundingSource: "FISCAL", budget: 500000, year: 2024, plannedStart: "2024-03-01", plannedEnd: "2024-12-31",
      });
      for (let r = 0; r < perBase; r++) {
        await mutate(stack, admin, "createResult", {
          projectId, type: "ANALYSIS_REPORT",
          title: `集成电路封装测试专利分析报告${n}-${p}-${r}`, abstract: "本报告分析集成电路封装测试领域的专利态势与布局建议。", industryCodes: ["01"],
          dataCutoffOn: "2024-10-31", confidentiality: "PUBLIC", year: 2024,
        });
      }
      await mutate(stack, admin, "createExpert", {
        name: `测试专家${n}-${p}`, title: "高级工程师", employer: "某研究院", regionCode, categories: ["TECHNOLOGY"], industryCodes: ["01"],
        stages: ["INFO_FUSION_ANALYSIS"], yearsOfExperience: 10, pools: [{ scope: "BASE", scopeId: baseId }],
      });
    }
  }
  return ids;
}
