/** Input rules of the results subgraph that the shared validators do not cover. */
import { IsDefined, ValidateIf } from "class-validator";
import { stringRule } from "../../platform/validators";

/** 专利号 or application number: CN/ZL, 12 digits (8 before 2003), a dot and the check character. */
const PATENT_NUMBER = /^(CN|ZL)(\d{12}|\d{8})\.[0-9X]$/;

export const IsPatentNumber = stringRule(
  "isPatentNumber",
  (value) => PATENT_NUMBER.test(value),
  "$property must be a Chinese patent number such as CN202310123456.7 or ZL202110234567.8",
);

/**
 * For update inputs: an omitted field keeps its value, but an explicit null is refused instead of
 * reaching a NOT NULL column (IsOptional would let it through).
 */
export const NotNullWhenGiven = (): PropertyDecorator => (target, propertyName) => {
  ValidateIf((_object, value) => value !== undefined)(target, propertyName);
  IsDefined({ message: "$property may be omitted but not null" })(target, propertyName);
};
