// <faq-chat>: asks /api/faq without reloading and keeps a transcript in a live region.
// Answers are inserted as text, never HTML. Without JavaScript the form is a plain GET.
class FaqChat extends HTMLElement {
  connectedCallback() {
    this.form = this.querySelector('form');
    this.input = this.querySelector('input[name="q"]');
    this.list = this.querySelector('[data-transcript]');
    if (!this.form || !this.input || !this.list) return;
    this.context = {};
    for (const k of ['plan', 'intent', 'topic', 'detail']) {
      const f = this.form.querySelector(`input[name="${k}"]`);
      if (f) this.context[k] = f.value;
    }
    const terms = this.form.querySelector('input[name="terms"]');
    if (terms) this.context.terms = terms.value.split(' ').filter(Boolean);
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.ask(this.input.value);
    });
    this.addEventListener('click', (e) => {
      const link = e.target instanceof Element ? e.target.closest('a[data-suggest], .suggestions a') : null;
      if (!link) return;
      e.preventDefault();
      this.ask(link.dataset.suggest || link.textContent || '');
    });
  }

  el(tag, text, attrs = {}) {
    const node = document.createElement(tag);
    if (text) node.textContent = text;
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    return node;
  }

  async ask(raw) {
    const question = raw.trim();
    if (!question) return;
    this.input.value = '';
    const item = this.el('li');
    const card = this.el('article', '', { class: 'card', 'aria-label': 'Câu trả lời' });
    card.append(this.el('p', `Bạn hỏi: “${question}”`, { class: 'q' }));
    item.append(card);
    this.list.append(item);
    try {
      const res = await fetch('/api/faq', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question, context: this.context }),
      });
      const a = await res.json();
      if (!res.ok) {
        card.append(this.el('p', a.error?.message || 'Không gửi được câu hỏi.'));
        return;
      }
      this.context = a.context || {};
      if (a.hotlines?.length) {
        const ul = this.el('ul', '', { class: 'hotlines' });
        for (const h of a.hotlines) {
          const li = this.el('li');
          li.append(this.el('a', h.number, { class: 'tel', href: `tel:${h.number.replace(/\D/g, '')}` }), `: ${h.name}`);
          ul.append(li);
        }
        card.append(ul);
      }
      for (const line of a.answer.split('\n')) card.append(this.el('p', line));
      if (a.sources?.length) {
        card.append(this.el('h3', a.matched ? 'Nguồn' : 'Các đoạn có thể liên quan'));
        const ul = this.el('ul');
        for (const s of a.sources) {
          const li = this.el('li');
          li.append(this.el('a', s.title, { href: s.url }), this.el('blockquote', s.quote));
          ul.append(li);
        }
        card.append(ul);
      }
      if (a.suggestions?.length) {
        card.append(this.el('h3', 'Bạn có thể hỏi'));
        const ul = this.el('ul', '', { class: 'suggestions' });
        for (const s of a.suggestions) {
          const li = this.el('li');
          li.append(this.el('a', s, { href: `/hoi-dap/?q=${encodeURIComponent(s)}`, 'data-suggest': s }));
          ul.append(li);
        }
        card.append(ul);
      }
    } catch {
      card.append(this.el('p', 'Không kết nối được. Hãy thử lại.'));
    }
    this.input.focus();
  }
}
customElements.define('faq-chat', FaqChat);
