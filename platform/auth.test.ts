import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import type { AuthConfig } from "./config";
import { createTokenVerifier, mintToken, PUBLIC_CALLER, Role } from "./auth";

const auth: AuthConfig = { jwtSecret: "a-test-secret-of-at-least-thirty-two-characters", issuer: "hub", audience: "hub" };
const verify = createTokenVerifier(auth);

describe("token verification", () => {
  it("treats a request without a token as the PUBLIC caller", async () => {
    expect(await verify(undefined)).toBe(PUBLIC_CALLER);
  });

  it("turns a valid token into a typed caller with its scope", async () => {
    const token = await mintToken(auth, { role: Role.PROVINCIAL_OFFICE, subject: "u1", province: "320000" });
    expect(await verify(`Bearer ${token}`)).toEqual({ role: Role.PROVINCIAL_OFFICE, subject: "u1", province: "320000" });
  });

  it.each([
    ["a malformed header", async () => "Token abc"],
    ["a token signed with another secret", async () => `Bearer ${await mintToken({ ...auth, jwtSecret: "another-secret-of-at-least-thirty-two-chars" }, { role: Role.NATIONAL_ADMIN, subject: "x" })}`],
    ["an expired token", async () => `Bearer ${await mintToken(auth, { role: Role.NATIONAL_ADMIN, subject: "x" }, "-1s")}`],
    ["another audience", async () => `Bearer ${await mintToken({ ...auth, audience: "elsewhere" }, { role: Role.NATIONAL_ADMIN, subject: "x" })}`],
    ["an unknown role", async () => `Bearer ${await mintToken(auth, { role: "KING" as Role, subject: "x" })}`],
    ["a role without its scope", async () => `Bearer ${await mintToken(auth, { role: Role.BASE_OPERATOR, subject: "x" })}`],
  ])("rejects %s as UNAUTHENTICATED", async (_label, header) => {
    await expect(verify(await header())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  describe("with a JWKS URL (production identity provider)", () => {
    let server: Server;
    let jwksAuth: AuthConfig;
    let privateKey: Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];

    beforeAll(async () => {
      const pair = await generateKeyPair("RS256");
      privateKey = pair.privateKey;
      const jwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
      server = createServer((_request, response) => {
        response.setHeader("content-type", "application/json");
        response.end(JSON.stringify({ keys: [jwk] }));
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      jwksAuth = { jwksUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`, issuer: "idp", audience: "hub" };
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));

    it("accepts tokens of the provider's key and rejects others", async () => {
      const token = await new SignJWT({ role: "ENTERPRISE", orgId: "o-1" })
        .setProtectedHeader({ alg: "RS256", kid: "k1" })
        .setSubject("user-7")
        .setIssuer("idp")
        .setAudience("hub")
        .setExpirationTime("5m")
        .sign(privateKey);
      const jwksVerify = createTokenVerifier(jwksAuth);
      expect(await jwksVerify(`Bearer ${token}`)).toEqual({ role: Role.ENTERPRISE, subject: "user-7", orgId: "o-1" });
      const local = await mintToken(auth, { role: Role.NATIONAL_ADMIN, subject: "x" });
      await expect(jwksVerify(`Bearer ${local}`)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    });
  });
});
