declare const __COOLDOWN_BUILD__: string | undefined;

/**
 * A name for this build of the program, new each time scripts/bundle.mjs writes dist/; undefined
 * when running from source (tsx, vitest), where no build can be named.
 */
export const BUILD_ID: string | undefined = typeof __COOLDOWN_BUILD__ === 'string' ? __COOLDOWN_BUILD__ : undefined;
