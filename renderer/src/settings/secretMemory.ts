/*
 * Whether this window remembered a target's password, as `sync.setSecret` answered. The secret
 * itself is never answered back, so this is all the UI knows; a reload forgets it, and Test
 * connection then says whether the password is still there.
 */
/** true: kept on this computer; false: kept for this session only (memory). */
const remembered = new Map<string, boolean>();

export const secretRemembered = (targetId: string): boolean | undefined => remembered.get(targetId);
export const noteSecret = (targetId: string, kept: boolean): void => void remembered.set(targetId, kept);
export const forgetSecret = (targetId: string): void => void remembered.delete(targetId);
