// For the live event tests: an open GET /analytics/events stream over real HTTP, read as text as it arrives.

export async function openEventStream(base: string, key: string, signal: AbortSignal) {
  const response = await fetch(`${base}/api/v1/analytics/events`, {
    headers: { authorization: `Bearer ${key}`, accept: "text/event-stream" },
    signal,
  });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = "";
  return {
    response,
    text: () => text,
    /** Reads until the text holds `needle`. */
    async until(needle: string) {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${needle}: ${text}`);
        text += decoder.decode(value, { stream: true });
      }
      return text;
    },
  };
}
