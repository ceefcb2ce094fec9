// The demo's own controls; the widgets need none of this.
// ?lang=ru opens the demo in that language (handy for sharing a link).
const requested = new URLSearchParams(location.search).get('lang');
for (const radio of document.querySelectorAll('input[name="lang"]')) {
  if (radio.value === requested) {
    radio.checked = true;
    document.documentElement.lang = requested;
  }
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
