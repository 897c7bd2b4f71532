// Empty on purpose: the benchmark's launcher reads an extension's id from its service worker.
