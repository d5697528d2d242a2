/**
 * The only scripts content pages carry: a few inline lines, no script file. Kept here as exact
 * strings because the Content-Security-Policy allows them by their SHA-256 hash
 * (astro.config.mjs hashes these same strings).
 */

/** Fills in the real address and today's date on the printed page (PrintMeta.astro). */
export const printMetaScript =
  "{const a=document.querySelector('[data-print-address]'),s=document.querySelector('[data-print-date]');" +
  "if(a)a.textContent=location.href;if(s){s.querySelector('time').textContent=new Date().toLocaleDateString('nl-NL',{dateStyle:'long'});s.hidden=false}}";

/**
 * "/" or Ctrl/Cmd+K focuses the search box in the header; Pagefind loads only on /zoeken/. On a
 * phone-width screen the header has no box: the key then focuses the search page's own field (on
 * /zoeken/) or the "Zoeken" link under the header, whichever is shown.
 */
export const searchShortcutScript =
  "document.addEventListener('keydown',e=>{const k=e.key==='/'&&!e.ctrlKey&&!e.metaKey&&!e.altKey||(e.ctrlKey||e.metaKey)&&e.key.toLowerCase()==='k';" +
  'if(!k)return;const t=e.target;if(t instanceof HTMLElement&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))return;' +
  "const q=[document.getElementById('site-search-q'),document.getElementById('zoekterm'),document.querySelector('[data-search-link]')]" +
  '.find(c=>c instanceof HTMLElement&&c.getClientRects().length>0);if(q){e.preventDefault();q.focus();if(q instanceof HTMLInputElement)q.select()}})';

export const inlineScripts = [printMetaScript, searchShortcutScript] as const;
