/** glibc malloc variables for the command line. */
export declare const CLI_MALLOC: Readonly<Record<string, string>>;
/** glibc malloc variables for the web host (see glibcMalloc.mjs for the measurements). */
export declare const HOST_MALLOC: Readonly<Record<string, string>>;
export declare function needsRerun(vars: Readonly<Record<string, string>>): boolean;
export declare function rerunWith(vars: Readonly<Record<string, string>>): void;
export declare function stopWithParent(): void;
