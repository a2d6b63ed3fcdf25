// Plan pages. (1) A link to a paragraph (/ke-hoach/<slug>/#p-41) opens the collapsed full
// text or target group that holds it and scrolls to it; without JavaScript, browsers that
// open <details> on a fragment do the same. (2) A citation, when opened, gets today's date
// in place of the build's and a "Sao chép" (copy) button. Without JavaScript the citation
// text, with the portal's configured address and the build date, is already there. The
// work is done when a citation is opened, not at load, so nothing delays the first paint.
function openTarget() {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const el = id && document.getElementById(id);
  if (!el) return;
  let opened = false;
  for (let d = el.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) {
    if (!d.open) {
      d.open = true;
      opened = true;
    }
  }
  if (opened) el.scrollIntoView();
}
openTarget();
window.addEventListener('hashchange', openTarget);

const today = new Date().toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' });
function prepare(el) {
  if (el.hasAttribute('data-ready')) return;
  el.setAttribute('data-ready', '');
  const built = el.getAttribute('data-cite-date');
  if (built) el.textContent = (el.textContent || '').split(`truy cập ngày ${built}`).join(`truy cập ngày ${today}`);
  if (!navigator.clipboard) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'secondary';
  button.textContent = 'Sao chép';
  button.addEventListener('click', async () => {
    await navigator.clipboard.writeText(el.textContent || '');
    button.textContent = 'Đã sao chép';
  });
  el.after(button);
}
// "toggle" does not bubble; listen in the capture phase for every <details> of the page.
document.addEventListener(
  'toggle',
  (event) => {
    const d = event.target;
    if (!(d instanceof HTMLDetailsElement) || !d.open) return;
    for (const el of d.querySelectorAll(':scope > [data-cite]')) prepare(el);
  },
  true,
);
for (const d of document.querySelectorAll('details[open]')) for (const el of d.querySelectorAll(':scope > [data-cite]')) prepare(el);
