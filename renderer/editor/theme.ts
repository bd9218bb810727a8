import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on the body's DOM; styled in src/styles.css. */
export const bodyTheme: EditorThemeClasses = {
  paragraph: 'body-paragraph',
  captionedPhoto: 'body-photo',
  heading: { h2: 'body-h2', h3: 'body-h3' },
  quote: 'body-quote',
  list: { ul: 'body-ul', ol: 'body-ol', listitem: 'body-li', nested: { listitem: 'body-li-nested' } },
  link: 'body-link',
  text: {
    bold: 'body-bold',
    italic: 'body-italic',
    underline: 'body-underline',
  },
};
