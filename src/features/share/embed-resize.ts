// "Resize to content": a few lines the host pastes after the frame. They listen for the
// embed's height report (atlas:height/v1, docs/embed-messages.md) from the atlas's origin only,
// and size the frame that sent it.
export function resizeScript(atlasOrigin: string): string {
  return [
    '<script>',
    'addEventListener("message", function (event) {',
    `  if (event.origin !== ${JSON.stringify(atlasOrigin)}) return;`,
    '  if (!event.data || event.data.type !== "atlas:height/v1") return;',
    '  document.querySelectorAll("iframe").forEach(function (frame) {',
    '    if (frame.contentWindow === event.source) frame.style.height = event.data.height + "px";',
    '  });',
    '});',
    '</script>',
  ].join('\n');
}
