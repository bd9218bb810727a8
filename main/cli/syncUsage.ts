// Apart from sync.ts so `newsdesk --help` prints it without loading the services.
export const syncUsage = `Usage: newsdesk sync --data <folder> [--wait <seconds>]

Sends the data folder's outbox once, without the window: every queued story goes to its target
(the outbox folder, a ninjs receiver, WordPress); retries that come due within --wait seconds
(default 60) are waited for. Exits 0 when everything was sent, 1 when any send failed or is
still waiting (it stays in the outbox for the app or the next run).

Passwords and tokens come from the environment, never from a file:
  NEWSDESK_WP_APP_PASSWORD          the WordPress Application Password
  NEWSDESK_NINJS_TOKEN              a ninjs receiver's bearer token
  NEWSDESK_SECRET_<TARGET_ID>       one target's secret (id upper-cased, - as _), wins over the above
`;
