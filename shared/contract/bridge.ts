import type { ApiResult } from './operation';
import type { EventName, EventPayloadOf, OperationName, RequestOf, ResponseOf } from './index';

type NamespaceOf<N extends string> = N extends `${infer NS}.${string}` ? NS : never;
type LeafOf<N extends string, NS extends string> = N extends `${NS}.${infer Leaf}` ? Leaf : never;

/**
 * The shape of `window.newsdesk`: one method per operation (`newsdesk.drafts.save(req)`), one
 * subscriber per event (`newsdesk.drafts.onChanged(cb)` returns an unsubscribe function).
 * Methods resolve to an ApiResult rather than throwing: results cross Electron's contextBridge
 * intact, thrown errors lose their code.
 */
export type NewsdeskApi = {
  [NS in NamespaceOf<OperationName | EventName>]: {
    [Leaf in LeafOf<OperationName, NS>]: (
      request: RequestOf<`${NS}.${Leaf}` & OperationName>,
    ) => Promise<ApiResult<ResponseOf<`${NS}.${Leaf}` & OperationName>>>;
  } & {
    [Leaf in LeafOf<EventName, NS> as `on${Capitalize<Leaf>}`]: (
      listener: (payload: EventPayloadOf<`${NS}.${Leaf}` & EventName>) => void,
    ) => () => void;
  };
};

export interface BridgeTransport {
  invoke(operation: OperationName, request: unknown): Promise<ApiResult<unknown>>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

/** Builds the `window.newsdesk` object from the contract's names and a transport. */
export function buildBridge(
  operationNames: readonly OperationName[],
  eventNames: readonly EventName[],
  transport: BridgeTransport,
): NewsdeskApi {
  const api: Record<string, Record<string, unknown>> = {};
  const slot = (name: string) => {
    const dot = name.indexOf('.');
    const ns = name.slice(0, dot);
    api[ns] ??= {};
    return { ns: api[ns], leaf: name.slice(dot + 1) };
  };
  for (const name of operationNames) {
    const { ns, leaf } = slot(name);
    ns[leaf] = (request: unknown) => transport.invoke(name, request ?? {});
  }
  for (const name of eventNames) {
    const { ns, leaf } = slot(name);
    ns[`on${leaf[0].toUpperCase()}${leaf.slice(1)}`] = (listener: (payload: unknown) => void) =>
      transport.subscribe(name, listener);
  }
  for (const ns of Object.values(api)) Object.freeze(ns);
  return Object.freeze(api) as unknown as NewsdeskApi;
}

/**
 * A request as Electron's IPC can carry it: a Blob (photos.stage's file) read into bytes, since
 * structured clone over IPC refuses Blobs. Everything else passes unchanged. Runs in the preload,
 * where the read happens off the page's thread.
 */
export async function bytesForIpc(request: unknown): Promise<unknown> {
  if (typeof request !== 'object' || request === null || !('data' in request) || !(request.data instanceof Blob))
    return request;
  return { ...request, data: new Uint8Array(await request.data.arrayBuffer()) };
}
