import { browser } from '../storage/browser';

// Kept thin on purpose (DESIGN §1): install/update work only.
browser.runtime.onInstalled.addListener(() => {
  // Filled in by the storage layer: migrations and the default library.
});
