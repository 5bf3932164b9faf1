import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * The last certificate serial issued per year. Its row is what two concurrent `pass` commands of the
 * same year lock, so they cannot draw the same number; it never goes back, so a number is never reused.
 */
@Entity("certificate_sequence")
export class CertificateSequence {
  /** The year, e.g. "2025". */
  @PrimaryColumn({ type: "varchar", length: 4 })
  id: string;

  @Column({ type: "integer", default: 0 })
  lastSerial: number;
}
