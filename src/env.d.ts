/// <reference types="vite/client" />

// Replaced at build time by vite.config.ts from the environment of `npm run build`.
declare const __ENVOICE_BASE_URL__: string;
declare const __DEV_API_KEY__: string;
declare const __DEV_API_SECRET__: string;
declare const __TARGET_BROWSER__: 'chrome' | 'firefox';
