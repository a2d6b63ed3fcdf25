// Plan pages: fill the citations with this site's address and today's date, and add a
// "Sao chép" (copy) button next to each. Without JavaScript the citation text is still there.
const today = new Date().toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' });
const holder = document.querySelector('[data-cite-origin]');
const origin = holder ? holder.getAttribute('data-cite-origin') : null;
for (const el of document.querySelectorAll('[data-cite]')) {
  let text = el.textContent || '';
  if (origin) text = text.split(origin).join(window.location.origin);
  el.textContent = text.replace('[ngày truy cập]', today);
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
