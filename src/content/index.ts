// Content-script entry. Marks the page so end-to-end tests can prove the script ran.
document.documentElement.setAttribute('data-on-purpose', 'ready');
