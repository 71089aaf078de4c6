// The PDF view: Mozilla's pdf.js (served from /lib/pdfjs, copied there by the build) draws the page asked for, lays its text
// over it and marks the searched words. The file is the document's access-checked original; without pdf.js the page still
// has the text and the download link.
const view = document.getElementById('pdf-view');
if (view) {
  const status = document.getElementById('pdf-status');
  const previous = document.getElementById('pdf-previous');
  const next = document.getElementById('pdf-next');
  const canvas = document.getElementById('pdf-canvas');
  const textLayerDiv = document.getElementById('pdf-text');
  const lib = view.dataset.lib;
  const stems = (view.dataset.words || '').split(/\s+/).map(stem).filter((s) => s.length > 1);

  function stem(word) {
    const letters = word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    return letters.length <= 4 ? letters : letters.slice(0, Math.max(4, letters.length - 2));
  }

  // Wraps each word of a text-layer span that starts as a searched word in <mark>, keeping the rest as text.
  function markWords(span) {
    const text = span.textContent;
    const parts = text.split(/([\p{L}\p{N}]+)/u);
    if (!parts.some((p) => p && stems.some((s) => p.toLowerCase().startsWith(s)))) { return 0; }
    span.replaceChildren();
    let count = 0;
    for (const part of parts) {
      if (!part) { continue; }
      if (stems.some((s) => part.toLowerCase().startsWith(s)) && /[\p{L}\p{N}]/u.test(part)) {
        const mark = document.createElement('mark');
        mark.textContent = part;
        span.appendChild(mark);
        count++;
      } else {
        span.appendChild(document.createTextNode(part));
      }
    }
    return count;
  }

  try {
    const pdfjs = await import(lib + 'pdf.min.mjs');
    pdfjs.GlobalWorkerOptions.workerSrc = lib + 'pdf.worker.min.mjs';
    const pdf = await pdfjs.getDocument({
      url: view.dataset.src,
      withCredentials: true,
      isEvalSupported: false,
      standardFontDataUrl: lib + 'standard_fonts/',
      cMapUrl: lib + 'cmaps/',
      cMapPacked: true,
      wasmUrl: lib + 'wasm/',
    }).promise;
    let pageNumber = Math.min(Math.max(parseInt(view.dataset.page, 10) || 1, 1), pdf.numPages);

    const render = async () => {
      previous.disabled = true;
      next.disabled = true;
      const page = await pdf.getPage(pageNumber);
      const width = Math.min(view.clientWidth || 800, 1000);
      const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.style.width = Math.floor(viewport.width) + 'px';
      canvas.style.height = Math.floor(viewport.height) + 'px';
      await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport, transform: ratio === 1 ? null : [ratio, 0, 0, ratio, 0, 0] }).promise;
      textLayerDiv.replaceChildren();
      textLayerDiv.style.setProperty('--total-scale-factor', String(viewport.scale));
      const textLayer = new pdfjs.TextLayer({ textContentSource: page.streamTextContent(), container: textLayerDiv, viewport });
      await textLayer.render();
      // pdf.js measures text on a canvas of its own at the end of the body, outside every landmark: free it once laid out.
      pdfjs.TextLayer.cleanup();
      let marked = 0;
      for (const span of textLayer.textDivs) { marked += markWords(span); }
      status.textContent = `Page ${pageNumber} of ${pdf.numPages}` + (stems.length ? `: ${marked} ${marked === 1 ? 'word' : 'words'} marked.` : '.');
      previous.disabled = pageNumber <= 1;
      next.disabled = pageNumber >= pdf.numPages;
      view.dataset.rendered = String(pageNumber);
    };

    previous.addEventListener('click', () => { if (pageNumber > 1) { pageNumber--; render(); } });
    next.addEventListener('click', () => { if (pageNumber < pdf.numPages) { pageNumber++; render(); } });
    await render();
  } catch (error) {
    status.textContent = 'The PDF could not be shown here: download the original, or read the text of the page below.';
    view.dataset.rendered = 'failed';
    console.error(error);
  }
}
