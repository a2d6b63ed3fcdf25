// The "print this" button of a handout (hidden without JavaScript, where the browser's own
// print command does the same).
for (const button of document.querySelectorAll('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
