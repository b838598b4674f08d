// The live stream: EventSource on /v1/stream, authenticated by the HttpOnly cookie `prepare`
// (auth.js openStreamSession) sets: EventSource cannot send headers, and no token goes in a URL. The browser reconnects by itself and sends Last-Event-ID; when the server refuses
// the connection outright (EventSource then gives up), we reopen it ourselves from the last id
// seen, so no change is missed either way. A stream resumed from before what the server still
// keeps (its change log is pruned after a week) starts with `resync`: reload everything shown.
const RETRY_MS = 5000;

export function connectLive({ province, prepare, onChange, onResync, onState }) {
  let source;
  let lastEventId = '';
  let retry;
  let closed = false;

  const open = async () => {
    // a reopened stream may find the cookie expired with the token it held: set it anew first
    if (source) await prepare?.().catch(() => undefined);
    if (closed) return;
    const params = new URLSearchParams({ province });
    if (lastEventId) params.set('lastEventId', lastEventId);
    source = new EventSource(`/v1/stream?${params}`);
    onState('connecting');
    source.onopen = () => onState('live');
    source.onerror = () => {
      if (source.readyState !== EventSource.CLOSED) return onState('connecting');
      onState('down');
      if (!closed) retry = setTimeout(open, RETRY_MS);
    };
    source.addEventListener('change', (event) => {
      lastEventId = event.lastEventId;
      onChange(JSON.parse(event.data));
    });
    source.addEventListener('resync', (event) => {
      lastEventId = event.lastEventId;
      onResync();
    });
  };

  open();
  return {
    close() {
      closed = true;
      clearTimeout(retry);
      source?.close();
    },
  };
}
