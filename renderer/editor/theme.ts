import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on the body's DOM; styled in src/styles.css. */
export const bodyTheme: EditorThemeClasses = {
  paragraph: 'body-paragraph',
  captionedPhoto: 'body-photo',
  text: {
    bold: 'body-bold',
    italic: 'body-italic',
    underline: 'body-underline',
  },
};
