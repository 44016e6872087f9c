// What the CLI prints is partly the input's: file names, producer names and reasons quoting them. A name can hold
// terminal escape sequences (colours, a cursor moved, a title set, the screen cleared) or bidi overrides that
// show a name backwards, so every control character is printed as a visible escape instead.
//
// The escape is JSON's \uXXXX: inside JSON output (--json) it reads back as the same character, so the data does
// not change; in text it is plain to see.

// C0 controls but tab and line feed, DEL and C1 controls, and the bidirectional formatting characters.
// eslint-disable-next-line no-control-regex
const unprintable = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

// The progress bar's own sequence (back to the line start, clear it), the one control the CLI writes itself.
const clearLine = '\r\x1b[K';

function escapeControls(text: string): string {
  return text.replace(unprintable, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `text` safe to print on a terminal: the CLI's own line clearing kept, every other control made visible. */
export function forTerminal(text: string): string {
  return text.includes(clearLine) ? text.split(clearLine).map(escapeControls).join(clearLine) : escapeControls(text);
}
