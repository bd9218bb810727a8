import { useEffect, useRef } from 'react';
import type { CommandId } from '../../../shared/commands/commands';

/*
 * Where a command lands in the page, whichever way it came (a native menu item over IPC, or a
 * shortcut caught by useKeyboardCommands): the screen that can carry it out registers a handler;
 * the newest registration wins (the open draft's Save over nothing, the list's search box over
 * the app's "go to the list").
 */

type Handler = () => void;
const handlers = new Map<CommandId, Handler[]>();
/** A command asked for before its screen was there (Ctrl+F from a draft): run when it registers. */
const deferred = new Set<CommandId>();

export function hasHandler(command: CommandId): boolean {
  return (handlers.get(command)?.length ?? 0) > 0;
}

/** Carries the command out; false when nothing on screen can. */
export function runCommand(command: CommandId): boolean {
  const stack = handlers.get(command);
  const handler = stack?.[stack.length - 1];
  if (handler === undefined) return false;
  handler();
  return true;
}

/** Runs `command` when the next screen that handles it registers (after a navigation). */
export function deferCommand(command: CommandId): void {
  deferred.add(command);
}

function register(command: CommandId, handler: Handler): () => void {
  const stack = handlers.get(command) ?? [];
  stack.push(handler);
  handlers.set(command, stack);
  if (deferred.delete(command)) queueMicrotask(handler);
  return () => {
    const index = stack.lastIndexOf(handler);
    if (index >= 0) stack.splice(index, 1);
  };
}

/** This component carries out `command` while it is mounted (always with its newest props). */
export function useCommand(command: CommandId, handler: Handler): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => register(command, () => latest.current()), [command]);
}
