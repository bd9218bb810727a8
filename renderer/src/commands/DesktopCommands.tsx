import { AboutDialog } from '../about/AboutDialog';
import { useAppCommands } from './useAppCommands';
import { useReportCommandState } from './commandState';
import { useKeyboardCommands } from './useKeyboardCommands';
import { useMenuCommands } from './useMenuCommands';

/**
 * The page's half of the desktop conventions: commands from the native menu or the keyboard,
 * the state the menu follows, and Help → About.
 */
export function DesktopCommands() {
  useMenuCommands();
  useKeyboardCommands();
  useReportCommandState();
  const { aboutOpen, closeAbout } = useAppCommands();
  return aboutOpen ? <AboutDialog onClose={closeAbout} /> : null;
}
