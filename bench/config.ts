/** The benchmarks' configuration: the environment they inherit and their few tuning variables. */
export const benchEnvironment: Readonly<Record<string, string | undefined>> = process.env;

/** Documents for the scale benchmark (default 100,000). */
export const scaleDocuments = Number(process.env.SCALE_DOCUMENTS ?? 100_000);
