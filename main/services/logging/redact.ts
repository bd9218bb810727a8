/*
 * What may reach the log file. Support reads these logs and they travel by e-mail, so they carry
 * neither secrets (CMS passwords, tokens) nor a word of a story: a key that holds one is replaced
 * by what it was, never by its value. Unknown keys pass, so errors and counts stay useful.
 */

/** Keys whose value is a secret, in any casing or spelling (appPassword, app_password, Authorization). */
const SECRET_KEY = /pass(word|phrase)?|secret|token|authori[sz]ation|cookie|api[-_]?key|credential|private[-_]?key/i;

/**
 * Keys whose value is (or holds) the story or a photo's words: the draft's fields, the editor's
 * Lexical state, captions. Counted, never written.
 */
const ARTICLE_KEYS = new Set(
  [
    'headline',
    'subheadline',
    'lead',
    'body',
    'bodyState',
    'text',
    'content',
    'html',
    'paragraphs',
    'caption',
    'altText',
    'byline',
    'keywords',
    'notes',
    'fields',
    'children',
    'editorState',
    'dataBase64',
  ].map((k) => k.toLowerCase()),
);

const MAX_DEPTH = 6;
const MAX_STRING = 2000;

/** Passwords and tokens inside a line of text: URLs with a user, headers, key=value pairs. */
export function redactText(text: string): string {
  const cut = text.length > MAX_STRING ? `${text.slice(0, MAX_STRING)}… [${text.length - MAX_STRING} more]` : text;
  return (
    cut
      // https://user:password@host → https://user:[redacted]@host
      .replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]*):[^\s/@]*@/gi, '$1:[redacted]@')
      // Authorization: Basic …, Bearer …
      .replace(/\b(basic|bearer|token)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 [redacted]')
      // password=…, "token": "…", api_key: …
      .replace(/((?:pass(?:word)?|secret|token|api[-_]?key)["']?\s*[:=]\s*["']?)[^\s"'&,;}]+/gi, '$1[redacted]')
      // WordPress application passwords: six groups of four (xxxx xxxx xxxx xxxx xxxx xxxx).
      .replace(/\b(?:[A-Za-z0-9]{4} ){5}[A-Za-z0-9]{4}\b/g, '[redacted]')
  );
}

const described = (value: unknown): string => {
  if (typeof value === 'string') return `[article text, ${value.length} characters]`;
  if (Array.isArray(value)) return `[article text, ${value.length} items]`;
  return '[article text]';
};

/** A copy of one logged value that is safe to write: secrets and story text replaced. */
export function redact(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[nested]';
  seen.add(value);
  if (value instanceof Error) {
    // Still an Error, so the log prints its stack; its own fields (code, reason) pass redaction too.
    const error = new Error(redactText(value.message));
    error.name = value.name;
    error.stack = value.stack === undefined ? undefined : redactText(value.stack);
    for (const [key, inner] of Object.entries(value)) {
      Object.assign(error, { [key]: redactEntry(key, inner, depth, seen) });
    }
    if (value.cause !== undefined) error.cause = redact(value.cause, depth + 1, seen);
    return error;
  }
  if (Array.isArray(value)) return value.map((inner) => redact(inner, depth + 1, seen));
  if (value instanceof Date) return value;
  if (ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = redactEntry(key, inner, depth, seen);
  return out;
}

function redactEntry(key: string, value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (value === undefined || value === null) return value;
  if (SECRET_KEY.test(key)) return '[redacted]';
  if (ARTICLE_KEYS.has(key.toLowerCase())) return described(value);
  return redact(value, depth + 1, seen);
}
