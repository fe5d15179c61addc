// The popup's first script (popup.html loads it before popup.js): asks the page for its article at once,
// so the page reads while the view's larger bundle loads (early-read.ts).
import { startEarlyRead } from './early-read';

startEarlyRead();
