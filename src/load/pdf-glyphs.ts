// Characters that PDF fonts deliver oddly: C1 control codes where a Windows-1252 font meant curly quotes and
// dashes, and private-use code points that Symbol and Wingdings fonts use for their bullets. Ligatures and
// exotic spaces are folded later by the normaliser, which every format shares.

const windows1252 = new TextDecoder('windows-1252');

// Private-use glyphs from the Symbol and Wingdings fonts that Word uses as list bullets.
const privateUseBullets = new Set(['\uf0b7', '\uf0a7', '\uf076', '\uf0d8', '\uf0fc', '\uf0a8', '\uf0e0', '\uf0de', '\uf06e', '\uf071', '\uf0f0', '\uf0d7']);

/** Folds the glyphs of one text run. */
export function foldPdfGlyphs(text: string): string {
  if (!/[\u0080-\u009f\uf000-\uf0ff]/.test(text)) return text;
  return text
    .replace(/[\u0080-\u009f]/g, (code) => {
      const decoded = windows1252.decode(Uint8Array.of(code.charCodeAt(0)));
      return /[\u0080-\u009f\ufffd]/.test(decoded) ? '' : decoded;
    })
    .replace(/[\uf000-\uf0ff]/g, (glyph) => (privateUseBullets.has(glyph) ? '•' : glyph));
}

/** Whether a run is only a list bullet (Word often paints the bullet as its own run). */
export function isBulletGlyph(text: string): boolean {
  return /^[•◦▪▫■□●○◆◇►▶➢➤✓✔·∙‣⁃–-]$/.test(text.trim());
}
