import nodeFetch from 'node-fetch';

/**
 * The `fetch` Stopline's GitHub client uses by default: node-fetch, which speaks HTTP and HTTPS
 * (GitHub, GitHub Enterprise Server, the sandbox) over node:http and node:https.
 *
 * Why not Node's built-in fetch: it is undici, which Node loads lazily on first use. For an
 * action that makes a handful of requests, loading it costs ~50 ms of cold start, and on Node 20
 * the process lingers ~80-100 ms after the last response before it exits. node-fetch brings its
 * own Response and Headers, so nothing here touches globalThis.fetch/Response/Headers (touching
 * any of them would load undici anyway).
 *
 * What Octokit needs, and node-fetch gives: `status`, `statusText`, `url`, iterable `headers`
 * with `get()`, `text()`, `arrayBuffer()`, string or binary request bodies and an AbortSignal.
 * One difference: `response.body` is a Node Readable, not a web ReadableStream; Octokit only
 * returns it when asked not to parse bodies (`request.parseSuccessResponseBody: false`), which
 * only release downloads do (src/release/storage), and they accept both kinds. Proxies
 * (HTTPS_PROXY) are not honoured, as with the built-in fetch.
 */
// node-fetch's own types describe the same call shape as the DOM's fetch but with its own
// Request/Response classes; Octokit only reads the members listed above, which both share.
export const httpFetch = nodeFetch as unknown as typeof fetch;
