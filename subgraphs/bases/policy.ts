/** Policy defaults of the notices; batches may override them per batch. */
export const DEFAULT_POLICY = {
  /** 58号: each province recommends at most three non-exempt applications per batch. */
  provinceQuota: 3,
  publicityDays: 7,
} as const;
