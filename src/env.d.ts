/// <reference types="@crxjs/vite-plugin/client" />
/** Replaced at build time by vite.config.ts; true only in OP_DEV=1 builds. */
declare const __OP_DEV__: boolean;
