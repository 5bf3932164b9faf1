/**
 * npm run token -- <ROLE> [--province 320000] [--baseId …] [--orgId …] [--expertId …] [--ttl 8h]
 * Mints a token signed with the local secret, for trying the API by hand.
 */
import { missingScope, mintToken, Role, type CallerScope } from "../platform/auth";
import { loadScriptConfig, loadTokenAuth } from "./config";

async function main() {
  const { args } = loadScriptConfig();
  const role = args[0] as Role;
  if (!role || !(role in Role) || role === Role.PUBLIC) {
    throw new Error(`usage: npm run token -- <${Object.values(Role).filter((r) => r !== Role.PUBLIC).join("|")}> [--province CODE] [--baseId ID] [--orgId ID] [--expertId ID] [--industryCodes 01,05] [--ttl 8h]`);
  }
  const scope: CallerScope = {};
  let ttl = "8h";
  for (let i = 1; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (!value) throw new Error(`${flag} needs a value`);
    if (flag === "--ttl") ttl = value;
    else if (flag === "--industryCodes") scope.industryCodes = value.split(",");
    else if (["--province", "--baseId", "--orgId", "--expertId"].includes(flag)) scope[flag.slice(2) as "province" | "baseId" | "orgId" | "expertId"] = value;
    else throw new Error(`unknown option ${flag}`);
  }
  const missing = missingScope(role, scope);
  if (missing.length) throw new Error(`a ${role} token needs ${missing.map((claim) => `--${claim}`).join(" and ")}`);
  const token = await mintToken(loadTokenAuth(), { role, subject: `cli-${role.toLowerCase()}`, ...scope }, ttl);
  console.log(token);
  console.error(`\nUse it as the header  Authorization: Bearer <token>  (valid for ${ttl}).`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
