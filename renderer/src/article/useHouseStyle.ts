import { useMemo } from 'react';
import { houseStyleOf } from '../../../shared/contract/settings';
import type { HouseStyle } from '../../../shared/format/houseStyle';
import { useCodeTable } from '../../ui/codeTable';

/** The outlet's house style from the settings (the defaults until they have loaded). */
export function useHouseStyle(): HouseStyle {
  const { settings } = useCodeTable();
  return useMemo(() => houseStyleOf(settings), [settings]);
}
