import type { SecretKept } from '../../../shared/contract/sync';

/*
 * Whether this window remembered a target's password, as `sync.setSecret` answered, and why
 * not. The secret itself is never answered back, so this is all the UI knows; a reload forgets
 * it, and Test connection then says whether the password is still there.
 */
const kept = new Map<string, SecretKept>();

export const secretKept = (targetId: string): SecretKept | undefined => kept.get(targetId);
export const noteSecret = (targetId: string, answer: SecretKept): void => void kept.set(targetId, answer);
export const forgetSecret = (targetId: string): void => void kept.delete(targetId);
