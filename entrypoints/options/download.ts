// Saves a JSON value as a file the user downloads (no `downloads` permission needed).
export function downloadJson(value: unknown, fileName: string): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Firefox needs the URL alive until the download has started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
