import { isRendererUrl, type RendererLocation } from './rendererLocation';

/** What main knows about the frame behind an IPC call (event.senderFrame and its window). */
export interface SenderFacts {
  url: string;
  /** The frame is its window's main frame, not an iframe or fenced frame inside it. */
  isMainFrame: boolean;
  /** The frame's web contents belong to a window our window factory created. */
  isAppWindow: boolean;
}

/**
 * Why an IPC call must be refused, or undefined when its sender is our renderer. Checked before
 * any handler runs, like VS Code's validatedIpcMain: a frame that navigated away, a subframe or
 * a foreign page never reaches the services. `null` facts: the frame is already gone.
 */
export function senderRejection(sender: SenderFacts | null, renderer: RendererLocation): string | undefined {
  if (sender === null) return 'the sending frame no longer exists';
  if (!sender.isAppWindow) return 'the sender is not a Newsdesk window';
  if (!sender.isMainFrame) return 'the sender is not the main frame of its window';
  if (!isRendererUrl(sender.url, renderer))
    return `the sender page ${JSON.stringify(sender.url)} is not the Newsdesk renderer`;
  return undefined;
}
