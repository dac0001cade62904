/**
 * Copy buttons (src/components/chart/CopyText.astro): shown only when the clipboard works; a
 * button copies its block's text, or the page's current address for a share link. The status
 * line says it was copied (announced politely), in the words its data-done and data-failed carry
 * (content/pages/data.yaml).
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  if (!navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const target = document.getElementById(button.dataset['copy'] ?? '');
    const text = button.hasAttribute('data-copy-share') ? location.href : (target?.textContent ?? '');
    const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
    try {
      await navigator.clipboard.writeText(text);
      if (status) status.textContent = status.dataset['done'] ?? '';
    } catch {
      if (status) status.textContent = status.dataset['failed'] ?? '';
    }
  });
}
