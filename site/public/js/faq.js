// <faq-chat>: asks /api/faq without reloading and keeps a transcript in a live region.
// Answers are inserted as text, never HTML. Nothing asked goes into the URL, the title or
// the history (no pushState). The text stays in the box until an answer has arrived, so an
// error (a question too long, no connection) never wipes it. Without JavaScript the form
// is a plain POST answered by the page.
const SHOWN_SOURCES = 2;

class FaqChat extends HTMLElement {
  connectedCallback() {
    this.form = this.querySelector('form[data-ask]');
    this.input = this.form && this.form.querySelector('[name="q"]');
    this.list = this.querySelector('[data-transcript]');
    this.error = this.querySelector('[data-error]');
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
      this.ask(this.input.value, true);
    });
    // Enter sends, Shift+Enter starts a new line (not while an input method is composing).
    this.input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        this.ask(this.input.value, true);
      }
    });
    this.addEventListener('click', (e) => {
      const button = e.target instanceof Element ? e.target.closest('button.suggestion') : null;
      if (!button) return;
      e.preventDefault();
      this.ask(button.value || button.textContent || '', false);
    });
  }

  el(tag, text, attrs = {}) {
    const node = document.createElement(tag);
    if (text) node.textContent = text;
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    return node;
  }

  showError(message) {
    if (!this.error) return;
    this.error.textContent = message;
    this.error.hidden = !message;
  }

  sourceList(sources) {
    const ul = this.el('ul');
    for (const s of sources) {
      const li = this.el('li');
      li.append(this.el('a', s.title, { href: s.url }), this.el('blockquote', s.quote));
      ul.append(li);
    }
    return ul;
  }

  reply(a) {
    const card = this.el('article', '', { class: 'card reply', 'aria-label': 'Trả lời' });
    if (a.hotlines && a.hotlines.length) {
      const ul = this.el('ul', '', { class: 'hotlines' });
      for (const h of a.hotlines) {
        const li = this.el('li');
        li.append(this.el('a', h.number, { class: 'tel', href: `tel:${h.number.replace(/\D/g, '')}` }), `: ${h.name}`);
        ul.append(li);
      }
      card.append(ul);
    }
    a.answer.split('\n').forEach((line, i) => card.append(this.el('p', line, a.checkIn && i === 0 ? { class: 'check-in' } : {})));
    if (a.sources && a.sources.length) {
      const box = this.el('div', '', { class: 'sources' });
      box.append(this.el('h3', a.matched ? 'Nguồn' : 'Các đoạn có thể liên quan'), this.sourceList(a.sources.slice(0, SHOWN_SOURCES)));
      const more = a.sources.slice(SHOWN_SOURCES);
      if (more.length) {
        const details = this.el('details');
        details.append(this.el('summary', `Xem thêm nguồn (${more.length})`), this.sourceList(more));
        box.append(details);
      }
      card.append(box);
    }
    if (a.suggestions && a.suggestions.length) {
      card.append(this.el('h3', 'Bạn có thể hỏi'));
      const ul = this.el('ul', '', { class: 'suggestions' });
      for (const s of a.suggestions) {
        const li = this.el('li');
        li.append(this.el('button', s, { type: 'button', class: 'suggestion', value: s }));
        ul.append(li);
      }
      card.append(ul);
    }
    return card;
  }

  async ask(raw, typed) {
    const question = raw.trim();
    if (!question || this.busy) return;
    this.busy = true;
    this.showError('');
    try {
      let res;
      let a;
      try {
        res = await fetch('/api/faq', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ question, context: this.context }),
        });
        a = await res.json();
      } catch {
        this.showError('Không kết nối được. Câu hỏi vẫn còn trong ô: hãy thử gửi lại.');
        return;
      }
      if (!res.ok) {
        const message = (a && a.error && a.error.message) || 'Không gửi được câu hỏi.';
        const length = a && a.error && a.error.code === 'question_too_long' ? ` Câu hỏi của bạn dài ${new Intl.NumberFormat('vi-VN').format([...question].length)} ký tự.` : '';
        this.showError(typed ? `${message}${length} Câu hỏi của bạn vẫn còn trong ô bên dưới: hãy rút gọn rồi gửi lại.` : message);
        return;
      }
      this.context = a.context || {};
      const item = this.el('li');
      const bubble = this.el('p', '', { class: 'q' });
      bubble.append(this.el('span', 'Bạn hỏi: ', { class: 'visually-hidden' }), question);
      item.append(bubble, this.reply(a));
      this.list.append(item);
      if (typed) this.input.value = '';
      // The newest question and answer in view; the live region announces them.
      item.scrollIntoView({ block: 'start' });
      this.input.focus({ preventScroll: true });
    } finally {
      this.busy = false;
    }
  }
}
customElements.define('faq-chat', FaqChat);
