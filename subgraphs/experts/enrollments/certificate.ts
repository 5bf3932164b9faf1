/** 结业证书编号 Certificate numbers: ZLDH-PX-<year>-<6-digit serial of that year>, issued inside the passing transaction. */
import type { EntityManager } from "typeorm";
import { lockRows } from "../../../platform/database";
import { conflict } from "../../../platform/errors";
import { CertificateSequence } from "./certificate-sequence.entity";
import { Enrollment } from "./enrollment.entity";

const CHINA_STANDARD_TIME_MS = 8 * 3_600_000;
const MAX_SERIAL = 999_999;

/** The year a certificate is numbered in: the calendar year, in China, in which the session starts. */
export function certificateYear(sessionStartsAt: Date): number {
  return new Date(sessionStartsAt.getTime() + CHINA_STANDARD_TIME_MS).getUTCFullYear();
}

export const certificatePrefix = (year: number) => `ZLDH-PX-${year}-`;

/**
 * Draws the next number of `year`. The year's sequence row is locked first, so concurrent passes queue
 * (PostgreSQL; SQLite transactions are serial anyway). The serial continues after both the sequence and
 * the highest number already issued, so numbers loaded with the demo data or imported are never reissued.
 */
export async function issueCertificateNumber(manager: EntityManager, year: number): Promise<string> {
  const id = String(year);
  await manager.createQueryBuilder().insert().into(CertificateSequence).values({ id, lastSerial: 0 }).orIgnore().execute();
  await lockRows(manager, CertificateSequence, [id]);
  const sequence = await manager.findOneByOrFail(CertificateSequence, { id });
  const prefix = certificatePrefix(year);
  const highest = await manager
    .createQueryBuilder(Enrollment, "n")
    .select("MAX(n.certificateNumber)", "highest")
    .where("n.certificateNumber LIKE :prefix", { prefix: `${prefix}%` })
    .getRawOne<{ highest: string | null }>();
  const issued = highest?.highest ? Number(highest.highest.slice(prefix.length)) || 0 : 0;
  const serial = Math.max(sequence.lastSerial, issued) + 1;
  if (serial > MAX_SERIAL) throw conflict(`no certificate numbers are left for ${year}`);
  await manager.update(CertificateSequence, { id }, { lastSerial: serial });
  return `${prefix}${String(serial).padStart(6, "0")}`;
}
