import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  formatDuration
} from "./chunk-PWAGTHLM.mjs";

// src/report/time.ts
function formatTimestamp(iso) {
  let date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function formatTimestampRelative(iso, now) {
  let delta = Date.parse(iso) - now.getTime();
  if (Number.isNaN(delta)) return iso;
  let age = formatDuration(Math.abs(delta));
  return `${formatTimestamp(iso)} (${delta > 0 ? `in ${age}` : `${age} ago`})`;
}

export {
  formatTimestamp,
  formatTimestampRelative
};
