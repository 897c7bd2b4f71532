/** The LinkedIn interface languages we support with per-locale tables (brief: at least these eight). */
export const LOCALES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl'] as const;
export type Locale = (typeof LOCALES)[number];
