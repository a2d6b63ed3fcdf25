// <search-box>: results as you type, from /api/search, with the count announced in the
// live region, and "Xem thêm" that appends the next results. Nothing typed goes into the
// URL or the history: no pushState or replaceState, and the form (a POST without
// JavaScript) is answered here without navigating.
const PAGE = 20;

class SearchBox extends HTMLElement {
  connectedCallback() {
    this.form = this.querySelector('form[data-search]');
    this.input = this.querySelector('input[name="q"]');
    this.status = this.querySelector('[data-status]');
    this.list = this.querySelector('[data-results]');
    this.empty = this.querySelector('[data-empty]');
    this.pager = this.querySelector('[data-pager]');
    if (!this.form || !this.input || !this.list || !this.status) return;
    this.timer = 0;
    this.controller = null;
    this.shown = 0;
    this.more = document.createElement('button');
    this.more.type = 'button';
    this.more.textContent = 'Xem thêm kết quả';
    this.more.addEventListener('click', () => this.run(this.shown));
    this.input.addEventListener('input', () => this.schedule());
    for (const s of this.form.querySelectorAll('select')) s.addEventListener('change', () => this.schedule(0));
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.schedule(0);
    });
    // A page rendered by the Worker (a posted form or a ?q= link): keep its results, and
    // offer "Xem thêm" from where they end instead of the page buttons.
    const start = Number(this.list.getAttribute('start') || '1');
    if (this.pager && start === 1 && this.list.children.length) {
      this.shown = this.list.children.length;
      const next = this.pager.querySelector('[data-next]');
      this.pager.remove();
      this.showMore(Boolean(next));
    }
  }

  // Shown or not by being in the page: the stylesheet's display rules outrank `hidden`.
  showMore(on) {
    if (on && !this.more.isConnected) this.list.after(this.more);
    if (!on) this.more.remove();
  }

  schedule(delay = 250) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(0), delay);
  }

  async run(offset) {
    const data = new FormData(this.form);
    const q = String(data.get('q') || '').trim();
    if (q.length < 2) return;
    const params = new URLSearchParams({ q, limit: String(PAGE) });
    if (offset) params.set('offset', String(offset));
    for (const key of ['plan', 'topic']) if (data.get(key)) params.set(key, String(data.get(key)));
    this.controller?.abort();
    this.controller = new AbortController();
    try {
      const res = await fetch(`/api/search?${params}`, { signal: this.controller.signal });
      const body = await res.json();
      if (!res.ok) {
        this.status.textContent = body.error?.message || 'Không tìm được.';
        return;
      }
      this.render(body, offset);
    } catch (e) {
      if (e.name !== 'AbortError') this.status.textContent = 'Không kết nối được. Bấm nút Tìm để thử lại.';
    }
  }

  item(r) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = r.url;
    a.textContent = r.title;
    const span = document.createElement('span');
    let at = 0;
    for (const [s, e] of r.highlights) {
      if (s < at) continue;
      span.append(r.snippet.slice(at, s));
      const mark = document.createElement('mark');
      mark.textContent = r.snippet.slice(s, e);
      span.append(mark);
      at = e;
    }
    span.append(r.snippet.slice(at));
    li.append(a, document.createElement('br'), span);
    return li;
  }

  render(body, offset) {
    const items = body.results.map((r) => this.item(r));
    if (offset) {
      this.list.append(...items);
      // Move keyboard focus to the first new result, so "Xem thêm" does not lose the reader.
      items[0]?.querySelector('a')?.focus();
    } else {
      this.list.setAttribute('start', '1');
      this.list.replaceChildren(...items);
    }
    this.pager?.remove();
    this.shown = offset + body.results.length;
    const n = body.total;
    const fmt = (x) => x.toLocaleString('vi-VN');
    this.status.textContent = n === 0
      ? `Không tìm thấy kết quả cho “${body.query}”.`
      : `Tìm thấy ${fmt(n)} kết quả cho “${body.query}”, đang xem 1–${fmt(this.shown)}.`;
    this.showMore(this.shown < n);
    if (this.empty) this.empty.hidden = n !== 0;
  }
}
customElements.define('search-box', SearchBox);
