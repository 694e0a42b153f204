/** How a locator id is shown to readers: `kp-3` is "3" (as in "point 3"); other ids, such as `art-14`, as they are. */
export const locatorLabel = (id: string): string => /^kp-(\d+)$/.exec(id)?.[1] ?? id;
