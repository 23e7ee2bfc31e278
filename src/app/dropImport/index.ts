// Opening a show from the user's own files, by dropping them on the window or with
// "Open file…": read and checked in the browser, never uploaded, never saved.
export { DropOverlay, DROP_PROMPT } from './DropOverlay';
export { DroppedBanner } from './DroppedBanner';
export { DropProblems } from './DropProblems';
export { catalogueView, droppedShowGoneNotice, DROPPED_SLUG, pushDroppedView } from './droppedUrl';
export { OpenFileButton } from './OpenFileButton';
export { useDropImport, type DropImport, type DroppedShow } from './useDropImport';
