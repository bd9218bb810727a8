import type { z } from 'zod';
import { appEvents, appOperations } from './app';
import { draftsEvents, draftsOperations } from './drafts';
import { photosEvents, photosOperations } from './photos';
import { settingsEvents, settingsOperations } from './settings';
import { syncEvents, syncOperations } from './sync';
import { templatesOperations } from './templates';

/** Every operation of the API. The only place operation names are spelled. */
export const operations = {
  ...appOperations,
  ...draftsOperations,
  ...photosOperations,
  ...settingsOperations,
  ...syncOperations,
  ...templatesOperations,
};

/** Every event main sends to the window. */
export const events = {
  ...appEvents,
  ...draftsEvents,
  ...photosEvents,
  ...settingsEvents,
  ...syncEvents,
};

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type EventName = keyof typeof events;

/** What a caller passes (before defaults). */
export type RequestOf<K extends OperationName> = z.input<Operations[K]['request']>;
/** What a handler receives (after parsing). */
export type ParsedRequestOf<K extends OperationName> = z.output<Operations[K]['request']>;
export type ResponseOf<K extends OperationName> = z.output<Operations[K]['response']>;
export type EventPayloadOf<E extends EventName> = z.output<(typeof events)[E]>;

export const operationNames = Object.keys(operations) as OperationName[];
export const eventNames = Object.keys(events) as EventName[];

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(operations, name);
}

/** IPC channel of an operation or event: derived, never spelled. */
export const channelOf = (name: OperationName | EventName): string => `newsdesk:${name}`;

export * from './operation';
export * from './problems';
export * from './bridge';
