// Share buttons (hidden without JavaScript): the system share sheet where the browser has
// one (Web Share API), otherwise copy the link. The address shared is the campaign's
// section on the portal, never anything typed.
for (const button of document.querySelectorAll('[data-share]')) {
  const url = button.getAttribute('data-share');
  const title = button.getAttribute('data-share-title') || document.title;
  const status = button.parentElement && button.parentElement.querySelector('[data-share-status]');
  if (!navigator.share && !navigator.clipboard) continue;
  button.hidden = false;
  if (!navigator.share) button.textContent = 'Sao chép liên kết';
  button.addEventListener('click', async () => {
    try {
      if (navigator.share) {
        await navigator.share({ title, url });
      } else {
        await navigator.clipboard.writeText(url);
        if (status) status.textContent = 'Đã sao chép liên kết.';
      }
    } catch {
      // The person closed the share sheet, or copying was refused: nothing to do.
    }
  });
}
