/**
 * With JavaScript, each drawing's words go back into its own <text> elements, which the page
 * sends empty and bare (the words' image holds their places and classes), and the image that showed them without JavaScript goes (src/lib/charts/drawing-text.ts).
 * The page's CSS then styles them: the theme toggle and forced colours apply.
 */
const DATA_URL_PREFIX = 'data:image/svg+xml,';

for (const image of document.querySelectorAll<SVGImageElement>('image[data-labels]')) {
  // Its <style> is dropped unparsed: a parsed one would be checked against the page's CSP, and refused.
  const svg = decodeURIComponent(image.href.baseVal.slice(DATA_URL_PREFIX.length)).replace(/<style>[\s\S]*?<\/style>/, '');
  const words = new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('text');
  const texts = image.ownerSVGElement?.querySelectorAll('text') ?? [];
  texts.forEach((text, i) => {
    const word = words[i];
    if (!word) return;
    for (const { name, value } of word.attributes) text.setAttribute(name, value);
    text.replaceChildren(...word.childNodes);
  });
  image.remove();
}
