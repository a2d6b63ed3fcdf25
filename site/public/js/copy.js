// Links with data-copy copy their address instead of opening it (without JavaScript they
// are plain links to the same address).
for (const link of document.querySelectorAll('[data-copy]')) {
  if (!navigator.clipboard) continue;
  link.addEventListener('click', async (event) => {
    event.preventDefault();
    await navigator.clipboard.writeText(link.getAttribute('data-copy') || link.href);
    const status = link.parentElement && link.parentElement.querySelector('[data-copy-status]');
    if (status) status.textContent = 'Đã sao chép liên kết.';
  });
}
