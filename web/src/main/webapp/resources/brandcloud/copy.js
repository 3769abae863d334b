// A button with data-copy="id" copies the text of the element with that id (a one-time password, a
// link shown once, an address) and says so on itself for a moment (aria-live, so a screen reader
// hears it too); where the browser has no clipboard, the text stays selectable by a tap.
document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-copy]');
  const source = button && document.getElementById(button.dataset.copy);
  if (!source || !navigator.clipboard) {
    return;
  }
  navigator.clipboard.writeText(source.textContent.trim()).then(() => {
    button.dataset.label = button.dataset.label || button.textContent;
    button.textContent = button.dataset.copied;
    clearTimeout(button.copiedTimer);
    button.copiedTimer = setTimeout(() => { button.textContent = button.dataset.label; }, 2000);
  });
});
