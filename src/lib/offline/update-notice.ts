/**
 * The update notice: "Er is een nieuwe versie van deze site" with "Vernieuwen", in the notice the
 * layout renders on every page (UpdateNotice.astro). Built on its own into update.js
 * (src/integrations/service-worker.ts) and loaded by the registration script
 * (`serviceWorkerScript`, src/lib/inline-scripts.ts) only when this page runs on an older
 * version while a newer one installs or waits. So it imports nothing: the build compiles this one
 * file, and its text is put in by the build (`__UPDATE_STRINGS__`, from src/lib/i18n/offline.nl.ts),
 * so that pages do not carry it in their HTML.
 *
 * A new version waits (the service worker has no skipWaiting) until "Vernieuwen" is pressed: then
 * it takes over and the page reloads. Nothing reloads by itself. The tools store what is typed on
 * every keystroke, so a reload loses nothing; only when a tool could not store its work does it
 * ask before the page is left (`beforeunload`), and then the notice asks instead, once.
 */

declare const __UPDATE_STRINGS__: { message: string; button: string; unsaved: string };

/** Whether a handler on the page would ask before leaving: the tools set one for unstored work. */
export function holdsUnsavedWork(): boolean {
  const leaving = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(leaving);
  return leaving.defaultPrevented;
}

export function offerUpdate(
  registration: ServiceWorkerRegistration,
  workers: ServiceWorkerContainer,
  notice: HTMLElement,
  strings: typeof __UPDATE_STRINGS__,
): void {
  const status = notice.querySelector<HTMLElement>('[role="status"]');
  if (!status) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button update-notice__button';
  button.textContent = strings.button;
  let reloading = false;

  const show = () => {
    if (button.isConnected) return;
    status.textContent = strings.message;
    notice.append(button);
    notice.dataset.state = 'ready';
  };
  const showIfWaiting = () => {
    if (registration.waiting) show();
  };
  const watch = (worker: ServiceWorker | null) => worker?.addEventListener('statechange', showIfWaiting);

  showIfWaiting();
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
  workers.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
    // "Vernieuwen" in another tab: the new version runs, and this page is older than it.
    else show();
  });
  button.addEventListener('click', () => {
    if (holdsUnsavedWork()) {
      if (!window.confirm(strings.unsaved)) return;
      // The tool's own question on leaving would ask a second time; this tells it not to
      // (AGREED_TO_LEAVE in useToolDocument.ts). A listener of ours cannot stop the tool's: the
      // tool's may have been added first, and listeners run in the order they were added.
      document.documentElement.setAttribute('data-leaving', '');
    }
    const waiting = registration.waiting;
    if (!waiting) {
      location.reload();
      return;
    }
    reloading = true;
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
}

const workers = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
const notice = document.querySelector<HTMLElement>('[data-update-notice]');
if (workers && notice) {
  // The registration that controls this page; the registration script made it.
  void workers.getRegistration().then((registration) => registration && offerUpdate(registration, workers, notice, __UPDATE_STRINGS__));
}
