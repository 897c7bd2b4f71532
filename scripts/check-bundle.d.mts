export const FORBIDDEN: Array<{ re: RegExp; why: string }>;
export const URL_ALLOW: string[];
export function checkDir(dir: string): string[];
export function checkManifest(dir: string): string[];
