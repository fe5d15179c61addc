// The popup's first script (popup.html loads it in its head, before the stylesheet and popup.js): asks the page for its article at once,
// so the page reads while the view's larger bundle loads (early-read.ts).
import { startEarlyRead } from './early-read';

startEarlyRead();
