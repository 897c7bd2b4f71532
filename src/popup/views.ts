/**
 * Everything the popup shows besides the list, as one chunk that App loads right after the first
 * paint: the editor brings the template syntax and the note policy, import/export the file format.
 */
export { Editor } from './Editor';
export { SettingsView } from './SettingsView';
export { Transfer } from './Transfer';
export { SavedReasons } from './SavedReasons';
