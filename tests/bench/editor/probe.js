/* global window, document, requestAnimationFrame */
// Runs in the page (an init script, in both the Newsdesk page and the bare Lexical page): plain
// JavaScript so the same text is measured in both, whatever either page bundles.
(() => {
  if (window.__bench) return;
  const bodyOf = () => document.querySelector('[data-testid="body"]');

  /** The body has focus and the document's selection sits inside it. */
  function caretInBody() {
    const body = bodyOf();
    if (!body || document.activeElement !== body) return false;
    const selection = window.getSelection();
    return selection !== null && selection.rangeCount > 0 && body.contains(selection.anchorNode);
  }

  /** Resolves to performance.now() at the first moment the caret is in the body. */
  function caretWatch() {
    return new Promise((resolve) => {
      let done = false;
      const check = () => {
        if (done || !caretInBody()) return;
        done = true;
        const at = window.performance.now();
        document.removeEventListener('focusin', check, true);
        document.removeEventListener('selectionchange', check);
        resolve(at);
      };
      document.addEventListener('focusin', check, true);
      document.addEventListener('selectionchange', check);
      // Selection events come as tasks; a frame-by-frame look catches anything they miss.
      const poll = () => {
        check();
        if (!done) requestAnimationFrame(poll);
      };
      poll();
    });
  }

  const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph']);

  /**
   * Per keystroke: from the keydown (or, for a letter sent as text with no keydown, the
   * beforeinput) event's timestamp to the first Lexical update that commits a changed node;
   * and to the end of the next frame after that commit, for reference.
   */
  function startKeystrokes() {
    const editor = bodyOf().__lexicalEditor;
    const committed = [];
    const framed = [];
    let start = null;
    let keystrokes = 0;
    const stamp = (event) => (event.timeStamp > 0 ? event.timeStamp : window.performance.now());
    const onKeydown = (event) => {
      if (MODIFIERS.has(event.key)) return;
      keystrokes++;
      start = stamp(event);
    };
    const onBeforeInput = (event) => {
      if (start !== null) return;
      keystrokes++;
      start = stamp(event);
    };
    window.addEventListener('keydown', onKeydown, true);
    window.addEventListener('beforeinput', onBeforeInput, true);
    const unregister = editor.registerUpdateListener(({ dirtyLeaves, dirtyElements }) => {
      if (start === null || (dirtyLeaves.size === 0 && dirtyElements.size === 0)) return;
      const began = start;
      start = null;
      committed.push(window.performance.now() - began);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => framed.push(window.performance.now() - began);
        channel.port2.postMessage(null);
      });
    });
    return () => {
      window.removeEventListener('keydown', onKeydown, true);
      window.removeEventListener('beforeinput', onBeforeInput, true);
      unregister();
      return { committed, framed, keystrokes };
    };
  }

  /**
   * Long animation frames (over 50 ms) while recording, with what filled them: each script's
   * source (file:function, or how it was invoked) and the frame's style and layout time.
   */
  function startLongFrames() {
    const frames = [];
    const observer = new window.PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        frames.push({
          duration: entry.duration,
          blocking: entry.blockingDuration,
          styleAndLayout:
            entry.styleAndLayoutStart > 0 ? entry.startTime + entry.duration - entry.styleAndLayoutStart : 0,
          scripts: entry.scripts.map((s) => ({
            duration: s.duration,
            where: `${(s.sourceURL || '').split('/').pop()}:${s.sourceFunctionName || '?'}`,
            invoker: s.invoker,
            forcedLayout: s.forcedStyleAndLayoutDuration,
          })),
        });
    });
    observer.observe({ type: 'long-animation-frame', buffered: false });
    return () => {
      observer.takeRecords();
      observer.disconnect();
      return frames;
    };
  }

  let stopKeystrokes = null;
  let stopLongFrames = null;
  window.__bench = {
    startLongFrames() {
      stopLongFrames = startLongFrames();
    },
    stopLongFrames() {
      return stopLongFrames();
    },
    caretInBody,
    caretWatch,
    /** Set at once, for a page loaded straight onto a draft: ms since navigation start. */
    coldCaret: caretWatch(),
    /** Opens a screen by its hash, as a click in the drafts list does; resolves to ms until the caret is in the body. */
    async openByHash(hash) {
      const began = window.performance.now();
      const caret = caretWatch();
      window.location.hash = hash;
      return (await caret) - began;
    },
    startKeystrokes() {
      stopKeystrokes = startKeystrokes();
    },
    async stopKeystrokes() {
      // Let the last keystroke's frame land.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
      return stopKeystrokes();
    },
  };
})();
