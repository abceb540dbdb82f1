// Runs in the page (passed to page.evaluate): every text node under `selector`, its colour and
// the colour actually under it, from computed styles. Backgrounds are composited from the
// page down through every ancestor, and an ancestor's opacity blends everything inside it
// with what lies beneath, as the browser paints it (so a greyed card's text is measured greyed).

export interface ContrastFinding {
	text: string;
	ratio: number;
	required: number;
	fg: string;
	bg: string;
	where: string;
}

export function auditContrast(selector: string): ContrastFinding[] {
	type Rgba = [number, number, number, number];
	// The harness page has Obsidian's DOM helpers (createEl) from the test mocks.
	const canvas = createEl('canvas');
	canvas.width = 1;
	canvas.height = 1;
	const paint = canvas.getContext('2d', { willReadFrequently: true });
	const parsed = new Map<string, Rgba>();
	/** Any CSS colour the browser computed (rgb(), color(srgb …), oklab…), read back through a canvas. */
	function rgba(css: string): Rgba {
		const known = parsed.get(css);
		if (known) return known;
		let value: Rgba = [0, 0, 0, 0];
		const simple = /^rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:\s*[,/]\s*([\d.]+))?\)$/.exec(css);
		if (simple) value = [Number(simple[1]), Number(simple[2]), Number(simple[3]), simple[4] === undefined ? 1 : Number(simple[4])];
		else if (paint) {
			paint.clearRect(0, 0, 1, 1);
			paint.fillStyle = css;
			paint.fillRect(0, 0, 1, 1);
			const d = paint.getImageData(0, 0, 1, 1).data;
			value = [d[0] ?? 0, d[1] ?? 0, d[2] ?? 0, (d[3] ?? 0) / 255];
		}
		parsed.set(css, value);
		return value;
	}
	const over = (top: Rgba, under: Rgba): Rgba => {
		const a = top[3];
		return [top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1];
	};
	const lerp = (from: Rgba, to: Rgba, t: number): Rgba => [from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t, from[2] + (to[2] - from[2]) * t, 1];
	const luminance = (c: Rgba): number => {
		const channel = (v: number): number => {
			const s = v / 255;
			return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
		};
		return 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
	};
	const hex = (c: Rgba): string =>
		`#${c
			.slice(0, 3)
			.map((v) => Math.round(v).toString(16).padStart(2, '0'))
			.join('')}`;

	/** The text's pixel and the background's pixel inside `chain[i]`, given the opaque colour beneath it. */
	function pixels(chain: Element[], i: number, beneath: Rgba, textColour: Rgba): { text: Rgba; bg: Rgba } {
		const el = chain[i];
		if (!el) return { text: over(textColour, beneath), bg: beneath };
		const style = getComputedStyle(el);
		const inside = over(rgba(style.backgroundColor), beneath);
		const inner = pixels(chain, i + 1, inside, textColour);
		const opacity = Number(style.opacity);
		return opacity >= 1 ? inner : { text: lerp(beneath, inner.text, opacity), bg: lerp(beneath, inner.bg, opacity) };
	}

	const root = document.querySelector(selector);
	if (!root) throw new Error(`nothing matches ${selector}`);
	const findings: ContrastFinding[] = [];
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const text = node.textContent?.trim() ?? '';
		const el = node.parentElement;
		if (text === '' || !el || el.closest('title, style, script')) continue;
		// WCAG 1.4.3 asks nothing of an inactive control (a submit button disabled while the form is invalid).
		if (el.closest('button:disabled, input:disabled')) continue;
		const style = getComputedStyle(el);
		if (style.visibility === 'hidden' || el.getClientRects().length === 0) continue;
		const chain: Element[] = [];
		for (let at: Element | null = el; at; at = at.parentElement) chain.unshift(at);
		const inSvg = el.closest('svg') !== null;
		const { text: fg, bg } = pixels(chain, 0, [255, 255, 255, 1], rgba(inSvg ? style.fill : style.color));
		const [lighter, darker] = [luminance(fg), luminance(bg)].sort((a, b) => b - a) as [number, number];
		const ratio = (lighter + 0.05) / (darker + 0.05);
		const size = parseFloat(style.fontSize);
		const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
		const required = large ? 3 : 4.5;
		if (ratio < required) {
			findings.push({ text: text.slice(0, 40), ratio: Math.round(ratio * 100) / 100, required, fg: hex(fg), bg: hex(bg), where: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}` });
		}
	}
	return findings;
}
