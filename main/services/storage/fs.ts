import * as nodeFs from 'node:fs/promises';

/** The file system the stores write through: node's, or a test's that injects faults. */
export type StoreFs = Pick<typeof nodeFs, 'open' | 'rename' | 'rm' | 'readFile' | 'readdir' | 'mkdir' | 'stat'>;
export const realFs: StoreFs = nodeFs;

/** Whether a file or folder is there; any other failure than "missing" is a real problem. */
export async function exists(fs: Pick<StoreFs, 'stat'>, target: string): Promise<boolean> {
  try {
    await fs.stat(target);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
