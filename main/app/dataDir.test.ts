import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataLocationFrom } from './dataDir';

const userData = path.resolve('/home/reporter/.config/Newsdesk');

const cases: { argv: string[]; expected: ReturnType<typeof dataLocationFrom> }[] = [
  { argv: ['electron', '.'], expected: { dataDir: path.join(userData, 'data') } },
  { argv: ['electron', '.', '--data-dir='], expected: { dataDir: path.join(userData, 'data') } },
  {
    argv: ['electron', '.', '--data-dir=/tmp/e2e-1'],
    expected: { dataDir: path.resolve('/tmp/e2e-1'), profileDir: path.resolve('/tmp/e2e-1/.profile') },
  },
  {
    argv: ['electron', '.', '--data-dir=relative/folder'],
    expected: {
      dataDir: path.resolve('relative/folder'),
      profileDir: path.resolve('relative/folder/.profile'),
    },
  },
  {
    argv: ['electron', '--data-dir=/tmp/a', '.', '--data-dir=/tmp/b'],
    expected: { dataDir: path.resolve('/tmp/b'), profileDir: path.resolve('/tmp/b/.profile') },
  },
];

describe('dataLocationFrom', () => {
  it.each(cases)('$argv', ({ argv, expected }) => {
    expect(dataLocationFrom(argv, userData)).toEqual(expected);
  });
});
