import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);

// src/report/words.ts
function plural(count, word, grouped = !1) {
  return `${grouped ? count.toLocaleString("en-US") : count} ${word}${count === 1 ? "" : "s"}`;
}

export {
  plural
};
