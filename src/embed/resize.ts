// Entry of dist/embed/resize.js: optional host script that sizes Plotweb iframes to their
// content, from the { type: "plotweb:height" } messages the embed page sends. The embed
// page it knows is the one built beside it: dist/embed.html for dist/embed/resize.js.
import { answerHeights } from './resizeHost';

answerHeights(window, new URL('../embed.html', import.meta.url));
