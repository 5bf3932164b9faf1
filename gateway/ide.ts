/**
 * A GraphQL IDE served by the gateway itself: GraphiQL and React from the installed packages, no CDN,
 * because intranet deployments have no internet.
 */
import { createReadStream } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { dirname, join } from "node:path";
import type { ExtraRoute } from "../platform/server";

/** A file of an installed package; packages' export maps hide their browser bundles from require.resolve. */
const packageFile = (name: string, file: string) => join(dirname(require.resolve(`${name}/package.json`)), file);

const ASSETS: Record<string, { file: string; type: string }> = {
  "/ide/react.js": { file: packageFile("react", "umd/react.production.min.js"), type: "text/javascript" },
  "/ide/react-dom.js": { file: packageFile("react-dom", "umd/react-dom.production.min.js"), type: "text/javascript" },
  "/ide/graphiql.js": { file: packageFile("graphiql", "graphiql.min.js"), type: "text/javascript" },
  "/ide/graphiql.css": { file: packageFile("graphiql", "graphiql.min.css"), type: "text/css" },
};

const SAMPLE_QUERY = `# 江苏省的专利导航服务基地、项目、成果与基地专家（跨四个子图）
# Sign in: paste {"Authorization": "Bearer <token>"} into Headers (npm run token -- NATIONAL_ADMIN).
query ProvinceOverview {
  serviceBases(filter: { regionCode: "320000" }, first: 5) {
    totalCount
    items {
      name
      level
      projects(first: 3) {
        title
        navigationType
        results(first: 3) { title type }
      }
      experts(first: 3) { name title }
    }
  }
}
`;

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>国家专利导航综合服务平台 · GraphQL</title>
<link rel="stylesheet" href="/ide/graphiql.css">
<style>body{margin:0;height:100vh}#ide{height:100vh}</style>
</head>
<body>
<div id="ide"></div>
<script src="/ide/react.js"></script>
<script src="/ide/react-dom.js"></script>
<script src="/ide/graphiql.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: new URL("/graphql", location.href).toString() });
  ReactDOM.createRoot(document.getElementById("ide")).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(SAMPLE_QUERY)}, defaultEditorToolsVisibility: true })
  );
</script>
</body>
</html>`;

function wantsHtml(request: IncomingMessage): boolean {
  return request.method === "GET" && (request.headers.accept ?? "").includes("text/html");
}

export const ideRoutes: ExtraRoute = (request: IncomingMessage, response: ServerResponse, url: URL) => {
  const asset = ASSETS[url.pathname];
  if (asset && request.method === "GET") {
    response.setHeader("content-type", `${asset.type}; charset=utf-8`);
    response.setHeader("cache-control", "public, max-age=86400");
    createReadStream(asset.file).pipe(response);
    return true;
  }
  if ((url.pathname === "/" || url.pathname === "/graphql") && wantsHtml(request) && !url.searchParams.has("query")) {
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.end(PAGE);
    return true;
  }
  return false;
};

export { SAMPLE_QUERY };
