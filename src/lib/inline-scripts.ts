/**
 * The only scripts content pages carry: a few inline lines, no script file. Kept here as exact
 * strings because the Content-Security-Policy allows them by their SHA-256 hash
 * (astro.config.mjs hashes these same strings).
 */

/**
 * Fills in the page's address (without the part after #, which only this device can open) and
 * today's date on the printed page: in the first page's block (PrintMeta.astro) and in the foot of
 * every page (print-frame.ts); again just before printing, so a page left open overnight prints
 * the right date. Then too it puts the name of the document a tool shows (its
 * `data-print-document`, print-document.ts) in the running head, or none when the view has none.
 * The block is always there (this script comes right after it), and its date ends with the <time>
 * to fill in. JSON.stringify writes each value as a CSS string, as `cssString` does: quotes and
 * backslashes escaped, so that no text ends the string early.
 */
export const printMetaScript =
  "{let f=()=>{let h=location.href.split('#')[0],d=new Date().toLocaleDateString('nl',{dateStyle:'long'}).replace(/ /g,'\\u00a0')," +
  "q=x=>document.querySelector('[data-print-'+x+']'),s=q('date'),n=q('document')," +
  "p=(k,v)=>document.documentElement.style.setProperty('--print-'+k,JSON.stringify(v));" +
  "q('address').textContent=h;s.lastChild.textContent=d;s.hidden=!1;" +
  "p('address',' · '+h);p('date',' · '+d);p('document',n?n.dataset.printDocument+' · ':'')};f();onbeforeprint=f}";

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
