// Intentionally empty: the control for what Chromium's extension machinery alone costs the page.
