// Quick exit: leave at once and replace this page in the history, so Back does not return.
// Without JavaScript the link still leaves (it is a plain link).
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('[data-quick-exit]') : null;
  if (!link) return;
  event.preventDefault();
  window.location.replace(link.getAttribute('href'));
});
// Esc pressed twice quickly also leaves.
let lastEscape = 0;
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const now = Date.now();
  if (now - lastEscape < 600) {
    const link = document.querySelector('[data-quick-exit]');
    if (link) window.location.replace(link.getAttribute('href'));
  }
  lastEscape = now;
});
