// Plan pages. (1) A link to a paragraph (/ke-hoach/<slug>/#p-41) opens the collapsed full
// text or target group that holds it and scrolls to it; without JavaScript, browsers that
// open <details> on a fragment do the same. (2) Citations: today's date in place of the
// build's date, and a "Sao chép" (copy) button. Without JavaScript the citation text, with
// the portal's configured address and the build date, is still there.
function openTarget() {
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (!id) return;
  const el = document.getElementById(id);
  if (!el) return;
  let hidden = false;
  for (let d = el.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) {
    if (!d.open) {
      d.open = true;
      hidden = true;
    }
  }
  if (hidden) el.scrollIntoView();
}
openTarget();
window.addEventListener('hashchange', openTarget);

const today = new Date().toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' });
for (const el of document.querySelectorAll('[data-cite]')) {
  const built = el.getAttribute('data-cite-date');
  if (built) el.textContent = (el.textContent || '').split(`truy cập ngày ${built}`).join(`truy cập ngày ${today}`);
  if (navigator.clipboard) {
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
}
