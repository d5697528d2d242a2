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
  "(onbeforeprint=()=>{let h=location.href.split('#')[0],d=new Date().toLocaleDateString('nl',{dateStyle:'long'}).replace(/ /g,'\\u00a0')," +
  "q=x=>document.querySelector('[data-print-'+x+']'),s=q('date'),n=q('document')," +
  "p=(k,v)=>document.documentElement.style.setProperty('--print-'+k,JSON.stringify(v));" +
  "q('address').textContent=h;s.lastChild.textContent=d;s.hidden=!1;" +
  "p('address',' · '+h);p('date',' · '+d);p('document',n?n.dataset.printDocument+' · ':'')})()";

/**
 * "/" or Ctrl/Cmd+K focuses the search box in the header; Pagefind loads only on /zoeken/. On a
 * phone-width screen the header has no box: the key then focuses the search page's own field (on
 * /zoeken/) or the "Zoeken" link under the header, whichever is shown, in that order. Not while
 * typing in a field (the site has no other editable content).
 */
export const searchShortcutScript =
  "onkeydown=e=>{let m=e.ctrlKey||e.metaKey,q;(m?/^k$/i.test(e.key):e.key=='/'&&!e.altKey)&&!e.target.closest('input,textarea,select')" +
  "&&(q='#site-search-q,#zoekterm,[data-search-link]'.split(',').map(s=>document.querySelector(s)).find(c=>c?.getClientRects().length))" +
  '&&(e.preventDefault(),q.focus(),q.select?.())}';

/**
 * Registers the service worker (src/integrations/service-worker.ts) from the site's base path,
 * which the script element carries as `data-base` (an attribute is not part of the hash). The
 * update notice's code (update.js, src/lib/offline/update-notice.ts) loads only when this page
 * runs on an older version while a newer one is installing or waiting, so a page otherwise loads
 * no script file. The browser looks for a new sw.js on every page it opens; returning to an open
 * tab looks too. A failed look (no connection) changes nothing.
 */
export const serviceWorkerScript =
  "{let w=navigator.serviceWorker,b=document.currentScript.dataset.base,u=()=>w.controller&&import(b+'update.js');" +
  "w?.register(b+'sw.js').then(r=>{r.onupdatefound=u;r.waiting&&u();document.onvisibilitychange=()=>document.hidden||r.update().catch(Boolean)})}";

export const inlineScripts = [printMetaScript, searchShortcutScript, serviceWorkerScript] as const;
