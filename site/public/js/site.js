// Quick exit: leave at once and replace this page in the history, so Back does not return.
// Without JavaScript the link still leaves (it is a plain link).
function leave() {
  const link = document.querySelector('[data-quick-exit]');
  if (link) window.location.replace(link.getAttribute('href'));
}
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('[data-quick-exit]') : null;
  if (!link) return;
  event.preventDefault();
  leave();
});
// Esc pressed twice quickly also leaves (the advice is shown only where there is a keyboard).
let lastEscape = 0;
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const now = Date.now();
  if (now - lastEscape < 600) leave();
  lastEscape = now;
});
// A link to a closed <details> (search results, the bot's sources) opens it.
function openTarget() {
  const id = decodeURIComponent(location.hash.slice(1));
  const el = id ? document.getElementById(id) : null;
  const details = el ? el.closest('details') : null;
  if (details && !details.open) {
    details.open = true;
    el.scrollIntoView();
  }
}
window.addEventListener('hashchange', openTarget);
openTarget();
