// Exit intent on desktop: the mouse leaves the page through the top edge, towards the tabs and the address
// bar. Touch screens have no such gesture, so there an exit-intent survey keeps waiting.

export function watchExitIntent(run: () => void): () => void {
  if (window.matchMedia?.("(hover: none)").matches) return () => {};
  const onMouseOut = (event: MouseEvent) => {
    if (event.relatedTarget === null && event.clientY <= 0) {
      stop();
      run();
    }
  };
  const stop = () => document.removeEventListener("mouseout", onMouseOut);
  document.addEventListener("mouseout", onMouseOut);
  return stop;
}
