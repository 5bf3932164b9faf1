/**
 * The indexer's upstream client: its own NATIONAL_ADMIN identity, renewed before it expires, and every
 * failure — unreachable, an error in the answer, even beside partial data — a retryable error naming
 * the service.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createTokenVerifier, Role } from "../../platform/auth";
import { TEST_AUTH } from "../../test/support/subgraph";
import { GraphQLEndpoint, INDEXER_SUBJECT, serviceTokens, UpstreamUnavailable } from "./upstream";

describe("serviceTokens", () => {
  it("mints a NATIONAL_ADMIN token with subject search-indexer and renews it before it expires", async () => {
    let now = Date.now();
    const tokens = serviceTokens(TEST_AUTH, undefined, () => now);
    const first = tokens();
    expect(await createTokenVerifier(TEST_AUTH)(`Bearer ${await first}`)).toEqual({ role: Role.NATIONAL_ADMIN, subject: INDEXER_SUBJECT });
    // The same minting is handed out until ten minutes before the hour is up, then a new one.
    now += 49 * 60_000;
    expect(tokens()).toBe(first);
    now += 2 * 60_000;
    const renewed = tokens();
    expect(renewed).not.toBe(first);
    expect(await createTokenVerifier(TEST_AUTH)(`Bearer ${await renewed}`)).toMatchObject({ role: Role.NATIONAL_ADMIN });
  });

  it("uses a given token as it is", async () => {
    expect(await serviceTokens({ ...TEST_AUTH, jwtSecret: undefined }, "given.token.value")()).toBe("given.token.value");
  });
});

describe("GraphQLEndpoint", () => {
  let server: Server;
  let url: string;
  let answer: unknown;
  beforeAll(async () => {
    server = createServer((_request, response) => response.end(JSON.stringify(answer)));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const endpoint = (target = url, signal?: AbortSignal) => new GraphQLEndpoint("gateway", target, async () => "token", 2_000, signal);

  it("returns the data of a clean answer", async () => {
    answer = { data: { result: { id: "r1" } } };
    expect(await endpoint().query("{ result(id: \"r1\") { id } }")).toEqual({ result: { id: "r1" } });
  });

  it("refuses an answer with errors even when it carries partial data", async () => {
    answer = { data: { result: { id: "r1", base: null } }, errors: [{ message: "the bases service is unavailable", extensions: { code: "SERVICE_UNAVAILABLE", service: "bases" } }] };
    await expect(endpoint().query("{ x }")).rejects.toThrow(new UpstreamUnavailable("gateway", "SERVICE_UNAVAILABLE (bases): the bases service is unavailable"));
  });

  it("names the service when it cannot be reached, or when the process is stopping", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    await expect(endpoint(`http://127.0.0.1:${port}/graphql`).query("{ x }")).rejects.toThrow("gateway: unreachable");
    await expect(endpoint(url, AbortSignal.abort()).query("{ x }")).rejects.toThrow("gateway: stopping");
  });
});
