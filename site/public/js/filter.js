// Filters the list of plans by province, year and topic. Without JavaScript the form stays
// hidden and all five plans are listed.
const form = document.querySelector('[data-filter]');
const items = [...document.querySelectorAll('[data-filter-list] > li')];
const status = document.querySelector('[data-filter-count]');
if (form && status) {
  form.hidden = false;
  const apply = () => {
    const data = new FormData(form);
    const province = data.get('tinh');
    const year = data.get('nam');
    const topic = data.get('chu-de');
    let shown = 0;
    for (const li of items) {
      const ok = (!province || li.dataset.province === province) && (!year || li.dataset.year === year) &&
        (!topic || (li.dataset.topics || '').split(' ').includes(topic));
      li.hidden = !ok;
      if (ok) shown += 1;
    }
    status.textContent = `Đang hiện ${shown} trên ${items.length} kế hoạch.`;
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
}
