// The demo's own controls; the widgets need none of this.
for (const radio of document.querySelectorAll('input[name="lang"]')) {
  radio.addEventListener('change', () => {
    document.documentElement.lang = radio.value;
  });
}
document.getElementById('copy').addEventListener('click', async () => {
  const status = document.getElementById('copied');
  try {
    await navigator.clipboard.writeText(document.getElementById('snippet').textContent);
    status.textContent = 'Copied.';
  } catch {
    status.textContent = 'Select the text above and copy it.';
  }
});
