// <search-box>: results as you type, from /api/search, with the count announced in the
// live region. The form still works as a plain GET without JavaScript.
class SearchBox extends HTMLElement {
  connectedCallback() {
    this.form = this.querySelector('form');
    this.input = this.querySelector('input[name="q"]');
    this.status = this.querySelector('[data-status]');
    this.list = this.querySelector('[data-results]');
    this.empty = this.querySelector('[data-empty]');
    if (!this.form || !this.input || !this.list || !this.status) return;
    this.timer = 0;
    this.controller = null;
    this.input.addEventListener('input', () => this.schedule());
    for (const s of this.form.querySelectorAll('select')) s.addEventListener('change', () => this.schedule(0));
  }

  schedule(delay = 250) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), delay);
  }

  async run() {
    const data = new FormData(this.form);
    const q = String(data.get('q') || '').trim();
    if (q.length < 2) return;
    const params = new URLSearchParams({ q, limit: '20' });
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
      this.render(body);
      history.replaceState(null, '', `/tim-kiem/?${params}`.replace('&limit=20', ''));
    } catch (e) {
      if (e.name !== 'AbortError') this.status.textContent = 'Không kết nối được. Bấm nút Tìm để thử lại.';
    }
  }

  render(body) {
    this.list.replaceChildren(...body.results.map((r) => {
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
    }));
    const n = body.total;
    this.status.textContent = n === 0
      ? `Không tìm thấy kết quả cho “${body.query}”.`
      : `Tìm thấy ${n.toLocaleString('vi-VN')} kết quả cho “${body.query}”${n > body.results.length ? `, hiện ${body.results.length} kết quả đầu` : ''}.`;
    if (this.empty) this.empty.hidden = n !== 0;
  }
}
customElements.define('search-box', SearchBox);
